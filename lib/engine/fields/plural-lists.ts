/**
 * A field the query names in the plural without saying what it holds ("formats", "codeshares"):
 * a list when the records show it as several small elements of their own (a dataset's
 * <span class="badge" data-format="csv">CSV</span> <span … data-format="json">JSON</span>), read as
 * lists.ts reads a list field; else the text it was (a "notes" paragraph stays one string). The
 * query's words cannot tell a list from a text, the page's records can. A schema says which it is.
 */
import { singular } from "../words";
import { listPlan, listValues } from "./lists";
import type { RecordPieces } from "./pieces";
import type { FieldSpec } from "./spec";

/** Items longer than this are no badge or code but sentences: a list of them is a text's parts. */
const MAX_ITEM = 40;

/** Whether a query's field phrase ends in a plural noun ("formats", "file formats", "codeshares"). */
export function namesPlural(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? "";
  return last.length >= 4 && /^\p{Ll}+s$/u.test(last) && singular(last) !== last;
}

/** The field as a list of strings: its items named as the field is, in the singular too. */
const asList = (f: FieldSpec): FieldSpec => {
  const { plural: _, format: __, ...rest } = f;
  return { ...rest, type: "array", items: { name: f.name, type: "string", required: false } };
};

/**
 * `fields` with each plural query field (FieldSpec.plural) made a list of strings where a record
 * shows it as two or more separate small elements; `fields` itself when none does.
 */
export function pluralListFields(fields: FieldSpec[], all: RecordPieces[], host: string): FieldSpec[] {
  if (!fields.some((f) => f.plural)) return fields;
  return fields.map((f) => (f.plural && f.type === "string" && showsSeveral(asList(f), all, host) ? asList(f) : f));
}

/** Whether some record holds two or more of the list's items, each the whole text of an element. */
function showsSeveral(list: FieldSpec, all: RecordPieces[], host: string): boolean {
  const plan = listPlan(list);
  return all.some((rp) => {
    const { values } = listValues(rp, plan, host);
    if (values.length < 2) return false;
    // Items one text parts ("Python, SQL") are that text's, which the field reads whole.
    const texts = new Set(rp.pieces.map((p) => p.value));
    return values.every((v) => typeof v === "string" && v.length <= MAX_ITEM && texts.has(v));
  });
}
