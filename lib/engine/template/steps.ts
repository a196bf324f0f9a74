/**
 * Template steps: how one element of a record template is described (tag, stable classes, stable
 * id, microdata itemtype), how an element is matched against such a step, and a record's shape (its
 * descendant tag/class paths). Shared by building a template (build.ts) and matching it (match.ts).
 */
import { INVISIBLE_TAGS, attr, classList, elementChildren, type Element } from "../dom";
import type { RecordKind } from "../records";
import { STATE_CLASSES } from "../records/features";
import { runSteps, STRIDE, type Steps } from "../steps";

/** One element in a template: its tag, its stable classes (sorted) and its id when stable. */
export interface TemplateStep {
  tag: string;
  classes: string[];
  id?: string;
  /** Microdata records: the itemtype they declare. */
  itemtype?: string;
}

export interface RecordTemplate {
  kind: RecordKind;
  /** From <body> (excluded) down to the region's parent (included); empty when the parent is <body>. */
  parentPath: TemplateStep[];
  /** The parent's XPath on the seed page: preferred among parents that match the path equally well. */
  parentXPath: string;
  /**
   * From the parent (excluded) down to the records' own parent (included): empty when the records are
   * the parent's children; a grid's rows (div.row) when the cards are its grandchildren. Null when the
   * records sit at varying depths (microdata): then they are looked for anywhere below the parent.
   */
  inner: TemplateStep[] | null;
  /** The signature of each element of a record; for variable-length records, only the leader. */
  record: TemplateStep[];
  /**
   * Records whose elements are not siblings (a split table: row i of each of two tables): per record
   * position, the path from the parent down to that element's own parent. Row i of each is record i.
   */
  parts?: TemplateStep[][];
  /** Elements per record; 0 = variable (a leader heading and what follows it, up to the next one). */
  k: number;
  /** Descendant tag/class paths present in most of the seed's records (checked on each new record). */
  shape: string[];
  headers?: string[];
}

const SHAPE_DEPTH = 3;

/** Class tokens that name a template, not an instance: no ids (long numbers), no state words. */
const stableClasses = (el: Element) =>
  [...new Set(classList(el).filter((c) => !/\d{3,}/.test(c) && !STATE_CLASSES.has(c.toLowerCase())))].sort();
const stableId = (el: Element) => {
  const id = attr(el, "id")?.trim();
  return id && !/\d{3,}/.test(id) ? id : undefined;
};

export function stepOf(el: Element): TemplateStep {
  const step: TemplateStep = { tag: el.tagName, classes: stableClasses(el) };
  const id = stableId(el);
  if (id) step.id = id;
  return step;
}

/** Steps shared by several elements at one template position: same tag, the classes they all have. */
export function commonStep(els: Element[]): TemplateStep | null {
  return runSteps(commonStepSteps(els));
}

/** commonStep as steps (see steps.ts), a step every STRIDE elements: a long table's rows are 30,000. */
export function* commonStepSteps(els: Element[]): Steps<TemplateStep | null> {
  const first = els[0];
  if (!first || els.some((e) => e.tagName !== first.tagName)) return null;
  let classes = stableClasses(first);
  for (let i = 1; i < els.length; i++) {
    if (i % STRIDE === 0) yield;
    const own = new Set(stableClasses(els[i]!));
    classes = classes.filter((c) => own.has(c));
  }
  const step: TemplateStep = { tag: first.tagName, classes };
  const types = new Set(els.map((e) => attr(e, "itemtype")));
  const [type] = types;
  if (types.size === 1 && type !== undefined && els.every((e) => e.attrs.some((a) => a.name === "itemscope"))) step.itemtype = type;
  return step;
}

/** `own` false: the tag alone; `withId`: the id must match too (ids name the parent, not a path). */
export function matchesStep(el: Element, step: TemplateStep, own = true, withId = false): boolean {
  if (el.tagName !== step.tag) return false;
  if (!own) return true;
  if (withId && step.id !== undefined && stableId(el) !== step.id) return false;
  if (step.itemtype !== undefined && attr(el, "itemtype") !== step.itemtype) return false;
  if (!step.classes.length) return true;
  const cls = new Set(stableClasses(el));
  return step.classes.every((c) => cls.has(c));
}

/** Descendant paths of a record ("#0/a.product-link", "#0/div.rating/span.star"), bounded. */
export function shapeOf(record: Element[]): Set<string> {
  const out = new Set<string>();
  record.forEach((root, i) => {
    const queue: { el: Element; path: string; depth: number }[] = [{ el: root, path: `#${i}`, depth: 0 }];
    for (let q = 0; q < queue.length && out.size < 200; q++) {
      const item = queue[q]!;
      if (item.depth >= SHAPE_DEPTH) continue;
      for (const c of elementChildren(item.el)) {
        if (INVISIBLE_TAGS.has(c.tagName)) continue;
        const cls = stableClasses(c);
        const path = `${item.path}/${c.tagName}${cls.length ? `.${cls.join(".")}` : ""}`;
        out.add(path);
        queue.push({ el: c, path, depth: item.depth + 1 });
      }
    }
  });
  return out;
}
