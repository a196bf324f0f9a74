/**
 * Record templates: what the seed page's record region looks like, so that the same region can be
 * found again on the listing's other pages without re-detecting it from scratch.
 *
 * Record detection needs evidence of repetition (3+ similar records); a listing's last page often
 * shows 1 or 2 items. On a pagination page the seed already told us the template, so here the same
 * parent is looked up by its tag/class path from <body> (no sibling indexes, so extra or missing
 * blocks before it do not matter) and its children matching the record signature are taken — one
 * record is enough. A "no results" page has no such children (or none shaped like the seed's
 * records) and still yields nothing.
 *
 * `pairRegions` is the seed-page counterpart for a listing of exactly two items: candidates of two
 * similar content records that match the query; the pipeline accepts one only when its rows fill
 * the requested fields (see rowsFromPage).
 */
import { INVISIBLE_TAGS, attr, bodyElement, classList, hasVisibleText, isElement, xpathOf, type Document, type Element } from "./dom";
import type { RecordKind, RecordRegion } from "./records";
import { scoredCandidates } from "./records/index";
import { PageFeatures, STATE_CLASSES } from "./records/features";
import { contentChildren } from "./records/repeated";
import { queryTerms, scoreCandidate, showsValues } from "./records/score";

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

/** Below this share of the template's shape paths a sibling is not a record of the template. */
const MIN_SHAPE = 0.5;
/** A shape path must occur in this share of the seed's records to be part of the template. */
const SHAPE_SUPPORT = 0.6;
const MAX_SHAPE = 40;
const SHAPE_DEPTH = 3;
/** Longest variable-length record (as the detector's leader segmentation). */
const MAX_LEADER_RECORD = 6;

/** Class tokens that name a template, not an instance: no ids (long numbers), no state words. */
const stableClasses = (el: Element) =>
  [...new Set(classList(el).filter((c) => !/\d{3,}/.test(c) && !STATE_CLASSES.has(c.toLowerCase())))].sort();
const stableId = (el: Element) => {
  const id = attr(el, "id")?.trim();
  return id && !/\d{3,}/.test(id) ? id : undefined;
};

const parentOf = (el: Element): Element | null => (el.parentNode && isElement(el.parentNode) ? el.parentNode : null);
const childElements = (el: Element) => el.childNodes.filter(isElement);

function stepOf(el: Element): TemplateStep {
  const step: TemplateStep = { tag: el.tagName, classes: stableClasses(el) };
  const id = stableId(el);
  if (id) step.id = id;
  return step;
}

/** Steps shared by several elements at one template position: same tag, the classes they all have. */
function commonStep(els: Element[]): TemplateStep | null {
  const first = els[0];
  if (!first || els.some((e) => e.tagName !== first.tagName)) return null;
  let classes = stableClasses(first);
  for (const e of els.slice(1)) {
    const own = new Set(stableClasses(e));
    classes = classes.filter((c) => own.has(c));
  }
  const step: TemplateStep = { tag: first.tagName, classes };
  const types = new Set(els.map((e) => attr(e, "itemtype")));
  const [type] = types;
  if (types.size === 1 && type !== undefined && els.every((e) => e.attrs.some((a) => a.name === "itemscope"))) step.itemtype = type;
  return step;
}

/** `own` false: the tag alone; `withId`: the id must match too (ids name the parent, not a path). */
function matchesStep(el: Element, step: TemplateStep, own = true, withId = false): boolean {
  if (el.tagName !== step.tag) return false;
  if (!own) return true;
  if (withId && step.id !== undefined && stableId(el) !== step.id) return false;
  if (step.itemtype !== undefined && attr(el, "itemtype") !== step.itemtype) return false;
  if (!step.classes.length) return true;
  const cls = new Set(stableClasses(el));
  return step.classes.every((c) => cls.has(c));
}

/** Descendant paths of a record ("#0/a.product-link", "#0/div.rating/span.star"), bounded. */
function shapeOf(record: Element[]): Set<string> {
  const out = new Set<string>();
  record.forEach((root, i) => {
    const queue: { el: Element; path: string; depth: number }[] = [{ el: root, path: `#${i}`, depth: 0 }];
    for (let q = 0; q < queue.length && out.size < 200; q++) {
      const item = queue[q]!;
      if (item.depth >= SHAPE_DEPTH) continue;
      for (const c of childElements(item.el)) {
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

/** The template of a detected record region (see RecordTemplate). */
export function recordTemplate(region: RecordRegion): RecordTemplate {
  const parentPath: TemplateStep[] = [];
  for (let n: Element | null = region.parent; n && n.tagName !== "body" && n.tagName !== "html"; n = parentOf(n)) parentPath.unshift(stepOf(n));

  const records = region.records.filter((r) => r.length > 0);
  const lengths = new Set(records.map((r) => r.length));
  const k = lengths.size === 1 ? (records[0]?.length ?? 1) : 0;

  // Path from the parent down to the records' own parent, when it is the same for every record.
  const inner = stepsDown(region.parent, records.map((r) => r[0]!));
  // A split table's records: the path to each of its halves.
  const split = k >= 2 && records.some((r) => r.some((el) => parentOf(el) !== parentOf(r[0]!)));
  const paths = split ? Array.from({ length: k }, (_, i) => stepsDown(region.parent, records.map((r) => r[i]!))) : [];
  const parts = split && paths.every((p): p is TemplateStep[] => p !== null) ? paths : undefined;

  const positions = k === 0 ? 1 : k;
  const record: TemplateStep[] = [];
  for (let i = 0; i < positions; i++) {
    const step = commonStep(records.map((r) => r[i]!));
    record.push(step ?? { tag: records[0]?.[i]?.tagName ?? "div", classes: [] });
  }

  const counts = new Map<string, number>();
  const shaped = records.map((r) => (k === 0 ? r.slice(0, 1) : r));
  for (const r of shaped) for (const p of shapeOf(r)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const shape = [...counts]
    .filter(([, n]) => n >= Math.max(1, SHAPE_SUPPORT * shaped.length))
    .map(([p]) => p)
    .slice(0, MAX_SHAPE);

  const template: RecordTemplate = { kind: region.kind, parentPath, parentXPath: xpathOf(region.parent), inner, record, k, shape };
  if (parts) template.parts = parts;
  if (region.headers) template.headers = region.headers;
  return template;
}

/**
 * The steps from `parent` (excluded) down to each element's own parent (included), when they are
 * alike for every element (same depth, a common step at each level); null otherwise.
 */
function stepsDown(parent: Element, elements: Element[]): TemplateStep[] | null {
  const chains = elements.map((el) => {
    const chain: Element[] = [];
    for (let n = parentOf(el); n && n !== parent; n = parentOf(n)) chain.unshift(n);
    return chain;
  });
  const depth = chains[0]?.length ?? 0;
  if (chains.some((c) => c.length !== depth)) return null;
  const steps: TemplateStep[] = [];
  for (let d = 0; d < depth; d++) {
    const step = commonStep(chains.map((c) => c[d]!));
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}

/** A split template's records below `parent`: the i-th element of each part, when the parts are as long. */
function splitRecordsUnder(parent: Element, t: RecordTemplate, parts: TemplateStep[][], shape: Set<string>): Element[][] {
  const columns = parts.map((steps, i) => {
    let containers = [parent];
    for (const step of steps) containers = containers.flatMap((c) => childElements(c).filter((k) => matchesStep(k, step)));
    return containers.length === 1 ? childElements(containers[0]!).filter((el) => el.tagName === t.record[i]!.tag) : [];
  });
  const n = columns[0]!.length;
  if (!n || columns.some((c) => c.length !== n)) return [];
  const out: Element[][] = [];
  for (let r = 0; r < n; r++) {
    const record = columns.map((c) => c[r]!);
    if (record.some(hasVisibleText) && record.every((el, j) => matchesStep(el, t.record[j]!)) && shapeFits(record, t, shape)) out.push(record);
  }
  return out;
}

/** Children of `container` that form records of the template (consecutive runs for k ≥ 2). */
function recordsIn(container: Element, t: RecordTemplate, shape: Set<string>): Element[][] {
  const kids = childElements(container).filter((c) => !INVISIBLE_TAGS.has(c.tagName) && hasVisibleText(c));
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
  return out.filter((r) => shapeFits(r, t, shape));
}

function shapeFits(record: Element[], t: RecordTemplate, shape: Set<string>): boolean {
  if (!shape.size) return true;
  const own = shapeOf(t.k === 0 ? record.slice(0, 1) : record);
  let hits = 0;
  for (const p of shape) if (own.has(p)) hits++;
  return hits >= MIN_SHAPE * shape.size;
}

/** The records of the template below one candidate parent. */
function recordsUnder(parent: Element, t: RecordTemplate, shape: Set<string>): Element[][] {
  if (t.parts) return splitRecordsUnder(parent, t, t.parts, shape);
  if (t.inner === null) {
    // Records at varying depths (microdata): every element matching the record step, outermost only.
    const out: Element[][] = [];
    const step = t.record[0]!;
    const stack = childElements(parent).reverse();
    while (stack.length) {
      const el = stack.pop()!;
      if (INVISIBLE_TAGS.has(el.tagName)) continue;
      if (matchesStep(el, step) && hasVisibleText(el) && shapeFits([el], t, shape)) {
        out.push([el]);
        continue;
      }
      stack.push(...childElements(el).reverse());
    }
    return out;
  }
  let containers = [parent];
  for (const step of t.inner) containers = containers.flatMap((c) => childElements(c).filter((k) => matchesStep(k, step)));
  return containers.flatMap((c) => recordsIn(c, t, shape));
}

/**
 * Candidate parents, strictest first: (1) the same tag/class path from <body>; (2) the same tag
 * path, with the parent's own classes and id; (3) anywhere, when the parent itself has classes or an
 * id to be recognised by. Sibling indexes are never compared.
 */
function candidateParents(body: Element, t: RecordTemplate): Element[][] {
  const levels: Element[][] = [];
  const walk = (strictAncestors: boolean) => {
    let current = [body];
    t.parentPath.forEach((step, i) => {
      const own = strictAncestors || i === t.parentPath.length - 1;
      current = current.flatMap((c) => childElements(c).filter((k) => matchesStep(k, step, own)));
    });
    return current;
  };
  levels.push(walk(true));
  if (t.parentPath.length > 1) levels.push(walk(false));
  const last = t.parentPath[t.parentPath.length - 1];
  if (last && (last.classes.length || last.id)) {
    const anywhere: Element[] = [];
    const stack = childElements(body);
    while (stack.length) {
      const el = stack.pop()!;
      if (INVISIBLE_TAGS.has(el.tagName)) continue;
      if (matchesStep(el, last, true, true)) anywhere.push(el);
      stack.push(...childElements(el));
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
  const body = bodyElement(doc);
  if (!body || !template.record.length) return null;
  const shape = new Set(template.shape);
  const seen = new Set<Element>();
  for (const level of candidateParents(body, template)) {
    let best: { parent: Element; records: Element[][] } | null = null;
    for (const parent of level) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      const records = recordsUnder(parent, template, shape);
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

type SmallOptions = { q?: string; fieldNames?: string[] };
interface SmallPage {
  body: Element;
  f: PageFeatures;
  query: NonNullable<ReturnType<typeof queryTerms>>;
}

/** What the small-listing readers share: the body, its features and the query (none without one). */
function smallPage(doc: Document, options: SmallOptions): SmallPage | null {
  const body = bodyElement(doc);
  const query = queryTerms(options.q, options.fieldNames);
  return body && query ? { body, f: new PageFeatures(body), query } : null;
}

/**
 * A seed page's listings of two items (pairRegions), then of one (singleRegions), best first in
 * each: the page is measured once for both.
 */
export function smallListings(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  const page = smallPage(doc, options);
  return page ? [...pairsOf(page), ...singlesOf(page)] : [];
}

/** A two-record region must match this much of the query (a quarter of its terms: see records' QUERY_VOUCHES). */
const PAIR_MIN_FIT = 1.2;
const PAIR_MIN_HOMOGENEITY = 0.6;
const PAIR_MIN_CHROME = 0.5;
/** Text-bearing elements per record: a record holds several fields, not one link or one line. */
const PAIR_MIN_LEAVES = 2;

/**
 * Regions of exactly two similar content records that match the query, best first — for a seed page
 * on which findRecords found nothing because the listing has only two items. Menus, footers and
 * one-line items are left out; the caller must still check that the records fill the fields.
 */
export function pairRegions(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  const page = smallPage(doc, options);
  return page ? pairsOf(page) : [];
}

function pairsOf({ body, f, query }: SmallPage): RecordRegion[] {
  return scoredCandidates(body, f, query, 2)
    .filter(
      (r) =>
        r.records.length === 2 &&
        r.chrome >= PAIR_MIN_CHROME &&
        (r.fit >= PAIR_MIN_FIT || showsValues(r.records)) &&
        r.homogeneity >= PAIR_MIN_HOMOGENEITY &&
        r.records.every((rec) => rec.reduce((n, el) => n + f.get(el).leaves, 0) >= PAIR_MIN_LEAVES),
    )
    .map(({ kind, parent, records, score, headers }) => (headers ? { kind, parent, records, score, headers } : { kind, parent, records, score }));
}

/** A one-item listing's item holds several fields: a name, a price, a status… */
const SINGLE_MIN_LEAVES = 3;

/**
 * Lists of exactly one item that match the query, best first — for a seed page on which nothing
 * repeats because the listing holds a single item (a category of one product, one job opening).
 * Only an explicit list of one counts: a <ul>/<ol> in the page's content whose only item holds a
 * link and several fields, and whose classes or text carry the query's terms as a two-record region
 * must. The caller must still check that the item fills the fields.
 */
export function singleRegions(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  const page = smallPage(doc, options);
  return page ? singlesOf(page) : [];
}

function singlesOf({ body, f, query }: SmallPage): RecordRegion[] {
  const out: RecordRegion[] = [];
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = contentChildren(el, f);
    if ((el.tagName === "ul" || el.tagName === "ol") && kids.length === 1 && kids[0]!.tagName === "li") {
      const item = kids[0]!;
      const stats = f.get(item);
      if (stats.links >= 1 && stats.leaves >= SINGLE_MIN_LEAVES) {
        const scored = scoreCandidate({ kind: "repeated", parent: el, records: [[item]] }, f, query, 1);
        if (scored && scored.chrome >= PAIR_MIN_CHROME && (scored.fit >= PAIR_MIN_FIT || showsValues(scored.records))) out.push({ kind: "repeated", parent: el, records: [[item]], score: scored.score });
      }
    }
    for (const k of kids) stack.push(k);
  }
  return out.sort((a, b) => b.score - a.score);
}
