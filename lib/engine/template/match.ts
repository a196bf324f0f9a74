/**
 * Matching a record template on another page of the listing: candidate parents found by the
 * template's path (never by sibling indexes), then the records below them that have the template's
 * signature and shape — one record is enough.
 */
import { INVISIBLE_TAGS, bodyElement, elementChildren, hasVisibleText, type Document, type Element } from "../dom";
import { xpathFactory } from "../xpath";
import type { RecordRegion } from "../records";
import { matchesStep, shapeOf, type RecordTemplate, type TemplateStep } from "./steps";
import { filterSteps, runSteps, STRIDE, type Steps } from "../steps";
import { appendAll, appendReversed } from "../append";

/** Below this share of the template's shape paths a sibling is not a record of the template. */
const MIN_SHAPE = 0.5;
/** Longest variable-length record (as the detector's leader segmentation). */
const MAX_LEADER_RECORD = 6;

/** A split template's records below `parent`: the i-th element of each part, when the parts are as long. */
function* splitRecordsUnder(parent: Element, t: RecordTemplate, parts: TemplateStep[][], shape: Set<string>): Steps<Element[][]> {
  const columns = parts.map((steps, i) => {
    let containers = [parent];
    for (const step of steps) containers = containers.flatMap((c) => elementChildren(c).filter((k) => matchesStep(k, step)));
    return containers.length === 1 ? elementChildren(containers[0]!).filter((el) => el.tagName === t.record[i]!.tag) : [];
  });
  const n = columns[0]!.length;
  if (!n || columns.some((c) => c.length !== n)) return [];
  const out: Element[][] = [];
  for (let r = 0; r < n; r++) {
    const record = columns.map((c) => c[r]!);
    if (record.some(hasVisibleText) && record.every((el, j) => matchesStep(el, t.record[j]!)) && shapeFits(record, t, shape)) out.push(record);
    yield;
  }
  return out;
}

/** Children of `container` that form records of the template (consecutive runs for k ≥ 2). */
/** Steps (see steps.ts): a step per child read, and per record's shape checked. */
function* recordsIn(container: Element, t: RecordTemplate, shape: Set<string>): Steps<Element[][]> {
  const kids = yield* filterSteps(elementChildren(container), (c) => !INVISIBLE_TAGS.has(c.tagName) && hasVisibleText(c));
  const out: Element[][] = [];
  const leader = t.record[0];
  if (!leader) return out;
  if (t.k === 0) {
    let current: Element[] | null = null;
    for (const kid of kids) {
      if (matchesStep(kid, leader)) out.push((current = [kid]));
      else if (current && current.length < MAX_LEADER_RECORD) current.push(kid);
      else current = null;
    }
  } else {
    for (let i = 0; i + t.k <= kids.length; ) {
      const run = kids.slice(i, i + t.k);
      if (run.every((el, j) => matchesStep(el, t.record[j]!))) {
        out.push(run);
        i += t.k;
      } else i++;
    }
  }
  return yield* filterSteps(out, (r) => shapeFits(r, t, shape));
}

function shapeFits(record: Element[], t: RecordTemplate, shape: Set<string>): boolean {
  if (!shape.size) return true;
  const own = shapeOf(t.k === 0 ? record.slice(0, 1) : record);
  let hits = 0;
  for (const p of shape) if (own.has(p)) hits++;
  return hits >= MIN_SHAPE * shape.size;
}

/** The records of the template below `parent` (taken as the template's parent), shape checked. */
export const templateRecordsUnder = (parent: Element, template: RecordTemplate): Element[][] => runSteps(templateRecordsUnderSteps(parent, template));

/** templateRecordsUnder as steps (see steps.ts): a department of a 30,000-person team page holds thousands. */
export const templateRecordsUnderSteps = (parent: Element, template: RecordTemplate): Steps<Element[][]> => recordsUnder(parent, template, new Set(template.shape));

/** The records of the template below one candidate parent, as steps (see steps.ts). */
function* recordsUnder(parent: Element, t: RecordTemplate, shape: Set<string>): Steps<Element[][]> {
  if (t.parts) return yield* splitRecordsUnder(parent, t, t.parts, shape);
  if (t.inner === null) {
    // Records at varying depths (microdata): every element matching the record step, outermost only.
    const out: Element[][] = [];
    const step = t.record[0]!;
    const stack = elementChildren(parent).reverse();
    let seen = 0;
    while (stack.length) {
      if (++seen % STRIDE === 0) yield;
      const el = stack.pop()!;
      if (INVISIBLE_TAGS.has(el.tagName)) continue;
      if (matchesStep(el, step) && hasVisibleText(el) && shapeFits([el], t, shape)) {
        out.push([el]);
        continue;
      }
      appendReversed(stack, elementChildren(el));
    }
    return out;
  }
  let containers = [parent];
  for (const step of t.inner) containers = containers.flatMap((c) => elementChildren(c).filter((k) => matchesStep(k, step)));
  const out: Element[][] = [];
  for (const c of containers) for (const r of yield* recordsIn(c, t, shape)) out.push(r);
  return out;
}

/**
 * Candidate parents, strictest first: (1) the same tag/class path from <body>; (2) the same tag
 * path, with the parent's own classes and id; (3) anywhere, when the parent itself has classes or an
 * id to be recognised by. Sibling indexes are never compared.
 */
function* candidateParents(body: Element, t: RecordTemplate): Steps<Element[][]> {
  const levels: Element[][] = [];
  const walk = (strictAncestors: boolean) => {
    let current = [body];
    t.parentPath.forEach((step, i) => {
      const own = strictAncestors || i === t.parentPath.length - 1;
      current = current.flatMap((c) => elementChildren(c).filter((k) => matchesStep(k, step, own)));
    });
    return current;
  };
  levels.push(walk(true));
  if (t.parentPath.length > 1) levels.push(walk(false));
  const last = t.parentPath[t.parentPath.length - 1];
  if (last && (last.classes.length || last.id)) {
    const anywhere: Element[] = [];
    const stack = elementChildren(body);
    let seen = 0;
    while (stack.length) {
      if (++seen % STRIDE === 0) yield;
      const el = stack.pop()!;
      if (INVISIBLE_TAGS.has(el.tagName)) continue;
      if (matchesStep(el, last, true, true)) anywhere.push(el);
      appendAll(stack, elementChildren(el));
    }
    levels.push(anywhere);
  }
  return levels;
}

/**
 * The region of `doc` built like the template's (same parent, records of the same signature and
 * shape), with as few as one record; null when the page has none. Of several matching parents, the
 * one at the seed parent's XPath wins if it holds records, else the one with the most records (the
 * first in document order on a tie).
 */
export function matchTemplate(doc: Document, template: RecordTemplate): RecordRegion | null {
  return runSteps(matchTemplateSteps(doc, template));
}

/** matchTemplate as steps (see steps.ts): a later page of a long listing has as many records to check. */
export function* matchTemplateSteps(doc: Document, template: RecordTemplate): Steps<RecordRegion | null> {
  const body = bodyElement(doc);
  if (!body || !template.record.length) return null;
  const shape = new Set(template.shape);
  const seen = new Set<Element>();
  // Candidate parents can be many siblings (every row of a long table): number them once.
  const xpathOf = xpathFactory();
  for (const level of yield* candidateParents(body, template)) {
    let best: { parent: Element; records: Element[][] } | null = null;
    for (const parent of level) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      const records = yield* recordsUnder(parent, template, shape);
      if (!records.length) continue;
      if (xpathOf(parent) === template.parentXPath) {
        best = { parent, records };
        break;
      }
      if (!best || records.length > best.records.length) best = { parent, records };
    }
    if (best) {
      const region: RecordRegion = { kind: template.kind, parent: best.parent, records: best.records, score: best.records.length };
      if (template.headers) region.headers = template.headers;
      return region;
    }
  }
  return null;
}
