/**
 * One item's fields laid out as a list: a product page's "UPC / Product type / Price (excl. tax) /
 * Tax / Availability / Number of reviews" as label/value pairs in a <dl> or a two-column table, or
 * its "Price: £26.08", "In stock" and description as sibling paragraphs. They repeat a shape as
 * records do, but each item is a different field of one thing, not one thing among many.
 *
 * What tells them apart is the values: records of one list carry the same field in the same place,
 * so their values are of one kind (all roles, all prices, all dates); one item's fields are of many
 * kinds (a code, a word, prices, a stock status, a count, prose). A region is an item's fields when
 * nearly every record is a single value or a short, distinct label and a value (a dt or th and all
 * that follows it), and the values are of at least MIN_KINDS kinds, none of them the kind of most
 * values.
 */
import { isElement, isText, type ChildNode, type Element } from "../dom";
import { parseDate } from "../fields/dates";
import { EMAIL, MONEY, STOCK, parseNumber } from "../fields/values";
import { SKIP_TAGS } from "./features";

/** Records read (the first ones): a property list is short, a long list is not one. */
const SAMPLE = 40;
/** Share of records that must be exactly a value, or a label and a value. */
const PAIRS = 0.8;
/** Longest label: a field name, not a record's title. */
const LABEL_MAX = 40;
const MIN_KINDS = 3;
/** The commonest kind of value may hold at most this share of the values. */
const MAX_SHARE = 0.6;
/** Text longer than this is prose (a description), not a short value. */
const PROSE = 80;

export function isPropertyList(records: readonly Element[][]): boolean {
  if (records.length < 3) return false;
  const sample = records.slice(0, SAMPLE);
  const labels = new Set<string>();
  const kinds = new Map<string, number>();
  let values = 0;
  let pairs = 0;
  for (const rec of sample) {
    const split = labelAndValue(rec);
    if (!split) continue;
    const [label, value] = split;
    if (label !== null) {
      const name = label.replace(/[:：]\s*$/, "").toLowerCase();
      if (name.length > LABEL_MAX) continue;
      labels.add(name);
      pairs++;
    }
    values++;
    const kind = valueKind(value);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  if (values < sample.length * PAIRS || labels.size < pairs) return false;
  return kinds.size >= MIN_KINDS && Math.max(...kinds.values()) <= values * MAX_SHARE;
}

/**
 * A record as [label, value]: a term (dt, or a header cell) and what follows it, whatever that holds
 * (a list of benefits, a name and a phone number); else one text, or two (a label and a value).
 * Null when the record is neither.
 */
function labelAndValue(rec: readonly Element[]): [string | null, string] | null {
  if (rec.length >= 2 && (rec[0]!.tagName === "dt" || rec[0]!.tagName === "th")) {
    const label = textPieces([rec[0]!], 2);
    const value = textPieces(rec.slice(1), 50);
    return label.length === 1 && value.length ? [label[0]!, value.join(" ")] : null;
  }
  const pieces = textPieces(rec, 3);
  if (pieces.length === 1) return [null, pieces[0]!];
  if (pieces.length === 2) return [pieces[0]!, pieces[1]!];
  return null;
}

/** What kind of value a text is: the kinds a record list would keep in one place. */
export function valueKind(text: string): string {
  const v = text.trim();
  if (/^https?:\/\/\S+$/i.test(v)) return "url";
  if (EMAIL.test(v) && !/\s/.test(v)) return "email";
  if (v.length <= 30 && MONEY.test(v)) return "money";
  if (v.length <= 40 && STOCK.test(v)) return "stock";
  if (/^[+-]?[\d\s.,]+%?$/.test(v) && parseNumber(v) !== null) return "number";
  if (v.length < 40 && parseDate(v) !== null) return "date";
  if (/^[A-Za-z0-9_-]{6,}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v)) return "code";
  // A description or a list of benefits, against a word or a short phrase.
  return v.length > PROSE ? "prose" : "text";
}

/** The record's visible text pieces (trimmed text nodes), at most `limit` of them. */
function textPieces(rec: readonly Element[], limit: number): string[] {
  const out: string[] = [];
  const visit = (node: ChildNode): void => {
    if (out.length >= limit) return;
    if (isText(node)) {
      const t = node.value.replace(/\s+/g, " ").trim();
      if (t) out.push(t);
    } else if (isElement(node) && !SKIP_TAGS.has(node.tagName)) {
      for (const c of node.childNodes) visit(c);
    }
  };
  for (const el of rec) visit(el);
  return out;
}
