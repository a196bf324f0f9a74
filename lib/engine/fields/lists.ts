/**
 * List fields (`tags: { type: "array", items: { type: "string" } }`): every element of the record
 * that something names like the field — a class, itemprop, label or header, in the singular or the
 * plural (`<span class="tag">` for "tags") — read as one item each, in page order; a record's
 * pictures are its images without a name. One named element whose text separates its items
 * ("Skills: Python, SQL · Excel") gives its parts. Nothing named, no list: the items of a list are
 * never guessed from unnamed text, as a text field is not.
 */
import { isElement } from "../dom";
import { stem } from "../records/score";
import { fit, hintScore, planField, type FieldPlan, type Origin } from "./match";
import type { Piece, RecordPieces } from "./pieces";
import type { FieldSpec } from "./spec";

/** A list field whose items are flat values (text, numbers, yes/no, dates, links): the engine fills it. */
export const fillsList = (f: FieldSpec): boolean => f.type === "array" && !!f.items;

/** The plan of one item: the item's type and format, named by the field's words and their singulars. */
export function listPlan(spec: FieldSpec): FieldPlan {
  const item = spec.items!;
  const plan = planField({ ...item, name: spec.name, description: spec.description ?? item.description, required: false });
  for (const [word, weight] of [...plan.words]) {
    const one = stem(word);
    if (one !== word && !plan.words.has(one)) plan.words.set(one, weight);
  }
  return plan;
}

/** Items written in one text: "Python, SQL · Excel". */
const SEPARATORS = /\s*(?:[,;·•|]|\s\/\s)\s*/;
const MAX_PART = 60;

/** The list's items in one record, and where the first was read. */
export function listValues(rp: RecordPieces, plan: FieldPlan, host: string): { values: unknown[]; from?: Origin } {
  const image = plan.kind === "image";
  const named = rp.pieces.filter((p) => !p.labelOnly && (image ? !!p.src : hintScore(plan, p) > 0));
  // The items, not the element around them: a <ul class="tags"> holds the tags.
  const leaves = named.filter((p) => !named.some((q) => q !== p && contains(p, q)));
  const items: { value: unknown; piece: Piece; attr?: string; el?: Origin["el"] }[] = [];
  const seen = new Set<string>();
  for (const piece of leaves) {
    const f = fit(plan, piece, host);
    if (!f || f.score <= 0 || f.value === undefined || f.value === null || f.value === "") continue;
    const key = JSON.stringify(f.value);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ value: f.value, piece, attr: f.attr, el: f.el });
  }
  if (!items.length) return { values: [] };
  const first = items[0]!;
  const from: Origin = { el: first.el ?? first.piece.el, attr: first.attr };
  if (items.length === 1 && typeof first.value === "string" && plan.spec.type === "string") {
    const parts = first.value.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
    if (parts.length > 1 && parts.every((s) => s.length <= MAX_PART)) return { values: [...new Set(parts)], from };
  }
  return { values: items.map((i) => i.value), from };
}

function contains(outer: Piece, inner: Piece): boolean {
  for (let n = inner.el.parentNode; n && isElement(n); n = n.parentNode) if (n === outer.el) return true;
  return false;
}
