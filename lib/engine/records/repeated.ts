/**
 * Repeated sibling structures (MDR/DEPTA-style data regions without the costly tree alignment):
 *  - k = 1: children of one parent with the same tag (optionally the same class signature) whose
 *    subtrees have the same shape;
 *  - k ≥ 2 (generalized nodes): a period of 2–4 differently-shaped siblings that repeats (dt/dd,
 *    h3+p…), or a heading/dt "leader" followed by its content up to the next leader;
 *  - grids: rows whose children are all cards of one kind are flattened into the cards.
 */
import { isElement, textContent, type Element } from "../dom";
import { mostFrequent, PageFeatures, signature, SKIP_TAGS } from "./features";
import { groupSignatures, groupSignaturesSteps } from "./instance-classes";
import { filterSteps, runSteps, STRIDE, type Steps } from "../steps";
import { dropOutliers } from "./outliers";
import { drawsSkeletonsSteps, isPlaceholderRecord } from "./placeholders";

export interface Candidate {
  kind: "table" | "microdata" | "repeated";
  parent: Element;
  records: Element[][];
  headers?: string[];
  /** Multiplier for the kind (structured data and data tables are preferred). */
  bonus?: number;
}

/** Element children that can be (part of) a record: visible and with some text. */
export function contentChildren(parent: Element, f: PageFeatures): Element[] {
  return runSteps(contentChildrenSteps(parent, f));
}

/** contentChildren as steps (see steps.ts), a step every STRIDE children: a long table's body has 30,000. */
function* contentChildrenSteps(parent: Element, f: PageFeatures): Steps<Element[]> {
  const out: Element[] = [];
  const kids = parent.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (isElement(c) && !SKIP_TAGS.has(c.tagName) && f.get(c).text > 0 && !isSeparator(c, f)) out.push(c);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  return out;
}

/**
 * "•", "|", "/" between the items of an inline list: punctuation only, never a record or part of
 * one (else the list is read as item + separator pairs). Only tiny texts are read.
 */
function isSeparator(el: Element, f: PageFeatures): boolean {
  return f.get(el).text <= 3 && !/[\p{L}\p{N}]/u.test(textContent(el));
}

/** Steps (see steps.ts), one per parent: a long table's rows are 30,000 parents of cells. */
export function* repeatedCandidates(body: Element, f: PageFeatures): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const stack: Element[] = [body];
  while (stack.length) {
    yield;
    const parent = stack.pop()!;
    const kids = yield* contentChildrenSteps(parent, f);
    for (const k of kids) stack.push(k);
    if (kids.length < 2) continue;
    // Signatures among these siblings: numbers that tell one item from the next read as their stem.
    const sigs = yield* groupSignaturesSteps(kids);
    yield* siblingGroups(parent, kids, sigs, f, out);
    yield;
    periodic(parent, kids, sigs, out);
    const inner = innerSignatures(kids, sigs, f);
    if (inner) periodic(parent, kids, inner, out);
  }
  // Grids: add the flattened alternative next to the row-level candidate.
  const grids: Candidate[] = [];
  for (const c of out) {
    const g = flattenGrid(c, f);
    if (g) grids.push(g);
    yield;
  }
  return yield* withoutSkeletons(body, out.concat(grids));
}

/**
 * Skeleton cards share the records' template but hold no item (see placeholders.ts): they are left
 * out of each list, and a list of nothing else is no list.
 */
function* withoutSkeletons(body: Element, candidates: Candidate[]): Steps<Candidate[]> {
  if (!(yield* drawsSkeletonsSteps(body))) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    // (A step per record: an app shell draws thousands of skeleton rows.)
    const records = yield* filterSteps(c.records, (r) => !isPlaceholderRecord(r));
    if (records.length === c.records.length) out.push(c);
    else if (records.length >= 2) out.push({ ...c, records });
  }
  return out;
}

/**
 * k = 1 groups: same tag; also split by class signature when the tag hosts several kinds. `sigs`
 * are the kids' signatures among each other (groupSignatures).
 */
function* siblingGroups(parent: Element, kids: Element[], sigs: string[], f: PageFeatures, out: Candidate[]): Steps<void> {
  const byTag = new Map<string, number[]>();
  kids.forEach((k, i) => {
    const list = byTag.get(k.tagName);
    if (list) list.push(i);
    else byTag.set(k.tagName, [i]);
  });
  // In a description list a term and its description(s) make one record (see periodic): terms
  // alone, or descriptions alone, are half records.
  const halves = parent.tagName === "dl" && byTag.has("dt") && byTag.has("dd");
  for (const [tag, group] of byTag) {
    if (group.length < 2 || (halves && (tag === "dt" || tag === "dd"))) continue;
    out.push({ kind: "repeated", parent, records: yield* dropOutliers(group.map((i) => [kids[i]!]), f) });
    const bySig = new Map<string, Element[]>();
    for (const i of group) {
      const list = bySig.get(sigs[i]!);
      if (list) list.push(kids[i]!);
      else bySig.set(sigs[i]!, [kids[i]!]);
    }
    if (bySig.size < 2) continue;
    for (const sub of bySig.values()) {
      if (sub.length >= 2 && sub.length < group.length) out.push({ kind: "repeated", parent, records: sub.map((e) => [e]) });
    }
  }
}

/**
 * Siblings that all wear one wrapper (div.block × 20) can still alternate inside it: a question
 * then its answer, a name then its details. Each sibling's signature is extended by its first
 * content child's, so that periodic sees the pairs; null when that tells no sibling apart.
 */
function innerSignatures(kids: Element[], sigs: string[], f: PageFeatures): string[] | null {
  // (A row's first cell is a field: rows that start differently are not pairs of a record.)
  if (new Set(sigs).size !== 1 || kids[0]!.tagName === "tr") return null;
  const inner = kids.map((k, i) => {
    for (const c of k.childNodes) if (isElement(c) && !SKIP_TAGS.has(c.tagName) && f.get(c).text > 0) return `${sigs[i]}>${signature(c)}`;
    return `${sigs[i]}>`;
  });
  return new Set(inner).size > 1 ? inner : null;
}

const LEADER_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "dt"]);

/** Generalized nodes: records made of k consecutive siblings. */
function periodic(parent: Element, kids: Element[], sigs: string[], out: Candidate[]) {
  if (new Set(sigs).size < 2) return;
  // Fixed period k: the longest run where sig[i] === sig[i + k], with ≥ 2 distinct sigs per period.
  for (let k = 2; k <= 4; k++) {
    let bestStart = -1;
    let bestLen = 0;
    let start = 0;
    for (let i = 0; i + k <= sigs.length; i++) {
      const ok = i + k < sigs.length && sigs[i] === sigs[i + k];
      if (!ok) {
        const len = i + k - start; // run covers start .. i + k - 1
        if (len > bestLen) {
          bestLen = len;
          bestStart = start;
        }
        start = i + 1;
      }
    }
    const count = Math.floor(bestLen / k);
    if (count < 2) continue;
    const period = sigs.slice(bestStart, bestStart + k);
    if (new Set(period).size < 2) continue;
    // Smaller periods win: a run with period 2 also has period 4.
    if (k === 4 && period[0] === period[2] && period[1] === period[3]) continue;
    const records: Element[][] = [];
    for (let r = 0; r < count; r++) records.push(kids.slice(bestStart + r * k, bestStart + (r + 1) * k));
    out.push({ kind: "repeated", parent, records });
  }
  // Leader segmentation: each heading/dt starts a record that runs to the next one.
  const leaderSig = mostFrequent(sigs.filter((_, i) => LEADER_TAGS.has(kids[i]!.tagName)), 2) ?? null;
  if (!leaderSig) return;
  const records: Element[][] = [];
  let current: Element[] | null = null;
  for (let i = 0; i < kids.length; i++) {
    if (sigs[i] === leaderSig) {
      current = [kids[i]!];
      records.push(current);
    } else if (current && current.length < 6) current.push(kids[i]!);
    else current = null;
  }
  const multi = records.filter((r) => r.length > 1);
  if (records.length >= 2 && multi.length >= records.length / 2) out.push({ kind: "repeated", parent, records });
}

/**
 * Rows of cards (div.row > div.col × 3): when every record is one element whose content children
 * are all alike and each of them is itself structured (≥ 2 fields), the cards are the records.
 * Table rows are never flattened (their children are cells, i.e. fields).
 */
function flattenGrid(c: Candidate, f: PageFeatures): Candidate | null {
  if (c.kind !== "repeated" || c.records.some((r) => r.length !== 1)) return null;
  const cards: Element[] = [];
  for (const [row] of c.records) {
    if (!row || row.tagName === "tr") return null;
    const kids = contentChildren(row, f);
    if (!kids.length) return null;
    for (const k of kids) {
      if (f.get(k).leaves < 2 || k.tagName === "td" || k.tagName !== (cards[0] ?? k).tagName) return null;
      cards.push(k);
    }
  }
  if (cards.length <= c.records.length) return null;
  // The cards of all rows are compared: card-1 … card-9 across three rows are one kind of card.
  const sigs = groupSignatures(cards);
  if (sigs.some((s) => s !== sigs[0])) return null;
  return { kind: "repeated", parent: c.parent, records: cards.map((k) => [k]) };
}
