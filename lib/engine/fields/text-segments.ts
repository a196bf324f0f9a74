/**
 * One line of several facts joined by dots, some labelled in the text itself: "CVE-2026-48211 · CVSS
 * 9.8 · Affected: < 4.2.7 · Patched: <code>4.2.7</code>, <code>3.9.30</code>". The labels are no
 * elements of their own, so no piece carries them: the line's text is read apart, and a field named
 * like a part's label takes that part's value.
 */
import { isText } from "../dom";
import type { Origin } from "./origin";
import type { FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { tokens } from "./spec";
import { singular } from "../words";

export interface TextSegment {
  label: string;
  value: string;
}

/** What joins the facts: a middle dot, a bullet, a bar, with space around it. */
const JOINER = /\s+[·•|]\s+/u;
/** "Label: value", the label a few words. */
const LABELLED = /^(\p{L}[\p{L} ]{0,30}?)\s*[:：]\s*(\S.*)$/u;

/** The labelled parts of a line of two facts at least; null when it is no such line. */
export function labelledSegments(text: string): TextSegment[] | null {
  if (text.length > 300) return null;
  const parts = text.split(JOINER);
  if (parts.length < 2) return null;
  const out: TextSegment[] = [];
  for (const part of parts) {
    const m = LABELLED.exec(part.trim());
    if (m) out.push({ label: m[1]!, value: m[2]!.trim() });
  }
  return out.length ? out : null;
}

/** How well a label names the field: the weight of the field's word it holds (its own name 3, a qualifier 2), 0 for none. */
function labelWeight(plan: FieldPlan, label: string): number {
  let best = 0;
  for (const t of tokens(label)) best = Math.max(best, plan.words.get(t) ?? plan.words.get(singular(t)) ?? 0);
  return best;
}

/**
 * A list's items written after a label that names it ("Patched: 4.2.7, 3.9.30" for
 * "patchedVersions", a part of a line or a <dt>'s <dd>), where nothing names the items themselves:
 * the label need hold only the list's qualifier, as "Patched" does. Null when no label names it.
 */
export function labelledItems(rp: RecordPieces, item: FieldPlan): { values: string[]; from?: Origin } | null {
  for (const p of rp.pieces) {
    if (!p.label || p.labelOnly || p.hidden || labelWeight(item, p.label) < 2) continue;
    const values = p.value.split(/\s*[,;]\s*/).filter(Boolean);
    if (values.length) return { values, from: { el: p.el } };
  }
  return null;
}

/**
 * A piece for each labelled part of such a line, labelled as a "Label:" element labels its value
 * (pieces.ts gives it its label's words and slot): "Affected" names the part "< 4.2.7" as it would
 * name a <dd>. Only where the line writes text of its own beside its elements: a line of labelled
 * elements is read by inline-labels.ts.
 */
export function addSegmentPieces(rp: RecordPieces): void {
  const out: Piece[] = [];
  for (const p of rp.pieces) {
    out.push(p);
    if (p.label || p.labelOnly || p.hidden || p.heading || p.mainLink || !p.el.childNodes.some((c) => isText(c) && /[·•|]/u.test(c.value))) continue;
    for (const s of labelledSegments(p.value) ?? []) {
      out.push({ ...p, text: `${s.label}: ${s.value}`, value: s.value, label: s.label, hints: new Map(p.hints), href: undefined, hrefEl: undefined, src: undefined, attrValue: undefined, inline: false });
    }
  }
  if (out.length > rp.pieces.length) rp.pieces = out;
}
