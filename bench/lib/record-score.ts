/**
 * Record-detection score in the NEXT-EVAL style, as the corpus README defines it:
 *  - drop script, style, link, comments and non-charset meta;
 *  - a record's text set = XPaths of the elements holding a non-blank text node that are one of the
 *    record's elements or below one (whole-step prefix, so tr[1] does not swallow tr[10]);
 *  - Jaccard overlap, one-to-one pairing maximising the total overlap (Hungarian);
 *  - P = total / |pred|, R = total / |truth|, F1 harmonic mean; both empty = 1, one empty = 0.
 */
import { isElement, isText, parseHtml, type ChildNode, type Document, type Element, type ParentNode } from "../../lib/engine/dom";
import { sparseMaxWeightAssignment } from "./hungarian";

const DROPPED = new Set(["script", "style", "link"]);

/** Removes what the score ignores, in place. */
function stripForScoring(doc: Document): void {
  const stack: ParentNode[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    node.childNodes = node.childNodes.filter((child: ChildNode) => {
      if (child.nodeName === "#comment") return false;
      if (!isElement(child)) return true;
      if (DROPPED.has(child.tagName)) return false;
      if (child.tagName === "meta" && !child.attrs.some((a) => a.name === "charset")) return false;
      return true;
    });
    for (const child of node.childNodes) if (isElement(child)) stack.push(child);
  }
}

/** XPath (corpus convention) of every element, and whether it holds a non-blank text node. */
export class TextIndex {
  readonly byPath = new Map<string, Element>();
  readonly pathOf = new Map<Element, string>();
  private readonly holdsText = new Set<Element>();

  constructor(readonly doc: Document) {
    const html = doc.childNodes.find((n) => isElement(n) && n.tagName === "html");
    if (!html || !isElement(html)) return;
    const visit = (parent: Element, prefix: string) => {
      const counts = new Map<string, number>();
      for (const child of parent.childNodes) {
        if (isText(child) && /\S/.test(child.value)) this.holdsText.add(parent);
        if (!isElement(child)) continue;
        const n = (counts.get(child.tagName) ?? 0) + 1;
        counts.set(child.tagName, n);
        const path = `${prefix}/${child.tagName}[${n}]`;
        this.byPath.set(path, child);
        this.pathOf.set(child, path);
        visit(child, path);
      }
    };
    visit(html, "");
  }

  /** Text set of a record given as element XPaths. */
  textSet(xpaths: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const xp of xpaths) {
      const root = this.byPath.get(xp);
      if (!root) continue;
      const stack: Element[] = [root];
      while (stack.length) {
        const el = stack.pop()!;
        if (this.holdsText.has(el)) out.add(this.pathOf.get(el)!);
        for (const c of el.childNodes) if (isElement(c)) stack.push(c);
      }
    }
    return out;
  }
}

export function indexForScoring(html: string): TextIndex {
  const doc = parseHtml(html);
  stripForScoring(doc);
  return new TextIndex(doc);
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  truth: number;
  /** Summed overlap of the optimal pairing. */
  overlap: number;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size && !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Scores predicted records against truth records (both: lists of element XPaths per record). */
export function scoreRecords(index: TextIndex, truth: readonly string[][], predicted: readonly string[][]): PageScore {
  return scoreTextSets(
    truth.map((r) => index.textSet(r)),
    predicted.map((r) => index.textSet(r)),
  );
}

/** The same score from the records' text sets (lets a trainer expand each candidate once). */
export function scoreTextSets<T>(truthSets: ReadonlyArray<ReadonlySet<T>>, predSets: ReadonlyArray<ReadonlySet<T>>): PageScore {
  const base = { predicted: predSets.length, truth: truthSets.length };
  if (!truthSets.length && !predSets.length) return { precision: 1, recall: 1, f1: 1, overlap: 0, ...base };
  if (!truthSets.length || !predSets.length) return { precision: 0, recall: 0, f1: 0, overlap: 0, ...base };
  // Inverted index so only pairs that share a text element are compared (others overlap 0).
  const truthByPath = new Map<T, number[]>();
  truthSets.forEach((set, t) => {
    for (const p of set) {
      const list = truthByPath.get(p);
      if (list) list.push(t);
      else truthByPath.set(p, [t]);
    }
  });
  const edges: Array<{ row: number; col: number; weight: number }> = [];
  predSets.forEach((set, p) => {
    const candidates = new Set<number>();
    for (const path of set) for (const t of truthByPath.get(path) ?? []) candidates.add(t);
    for (const t of candidates) {
      const w = jaccard(set, truthSets[t]!);
      if (w > 0) edges.push({ row: p, col: t, weight: w });
    }
  });
  const { total } = sparseMaxWeightAssignment(predSets.length, truthSets.length, edges);
  const precision = total / predSets.length;
  const recall = total / truthSets.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, overlap: total, ...base };
}
