/**
 * Rows of a data table without a field list: its headers name the columns (infer.ts hands a table
 * over here when its headers name two columns at least).
 */
import { elementChildren, normalizeSpace, textContent } from "../dom";
import type { FilledRow } from "./fill";
import { iconValue } from "./icons";
import { originOf, type Origin } from "./origin";
import { cellIndex, type RecordPieces } from "./pieces";
import { readRating } from "./ratings";
import { placeholderDash } from "./yes-no-dashes";
import { camelCase } from "./spec";
import { put } from "../lookup";
import { mapSteps, type Steps } from "../steps";

/**
 * A data table names its columns: one key per header, the cell text as value, plus the row's main
 * link. A header spanning columns (a "Thread" over an icon and the subject) names the ones that
 * hold values: the icon's empty column takes no "thread" that the subject's would be "thread2" for.
 */
export function* tableRows(all: RecordPieces[], headers: string[]): Steps<FilledRow[]> {
  // Steps (see steps.ts): a step per row, reading the cells and then building the rows.
  const cells = yield* mapSteps(all, (rp) => {
    const out = new Map<number, { value: unknown; origin: Origin }>();
    // (A comparison table's record is its column's cells themselves: records/transposed.ts.)
    for (const cell of rp.record.flatMap((el) => (el.tagName === "tr" ? elementChildren(el) : [el]))) {
      if (cell.tagName !== "td" && cell.tagName !== "th") continue;
      const at = cellIndex(cell, rp.record);
      const piece = rp.pieces.find((p) => p.el === cell);
      const text = normalizeSpace(textContent(cell));
      if (!headers[at] || out.has(at)) continue;
      const rating = piece && !text ? readRating(piece) : null;
      // A cell that shows only a named icon ("<svg aria-label="Yes">") says its name.
      const icon = !text && !rating ? rp.pieces.find((p) => p.el.parentNode === cell && iconValue(p.el)) : undefined;
      if (text && !placeholderDash(text, piece)) out.set(at, { value: text, origin: { el: cell } });
      else if (rating) out.set(at, { value: rating.value, origin: { el: cell, attr: rating.attr } });
      else if (icon?.attrValue) out.set(at, { value: icon.attrValue, origin: { el: icon.el, attr: icon.valueAttr } });
    }
    return out;
  });
  const filled = new Set(cells.flatMap((c) => [...c.keys()]));
  const keys: (string | null)[] = [];
  const used = new Set<string>();
  for (const [i, h] of headers.entries()) {
    let key = filled.has(i) ? camelCase(h.replace(/%/g, " pct").replace(/#/g, " num")) : "";
    if (!key) {
      keys.push(null);
      continue;
    }
    for (let n = 2, base = key; used.has(key); n++) key = `${base}${n}`;
    used.add(key);
    keys.push(key);
  }
  const urlKey = used.has("url") ? "link" : "url";
  return yield* mapSteps(all, (rp, r) => {
    const row: Record<string, unknown> = {};
    const from = new Map<string, Origin>();
    for (const [at, { value, origin }] of cells[r]!) {
      const key = keys[at];
      if (!key || Object.hasOwn(row, key)) continue;
      put(row, key, value);
      from.set(key, origin);
    }
    const link = rp.pieces.find((p) => p.mainLink && p.href);
    if (link && !used.has(urlKey)) {
      put(row, urlKey, link.href);
      from.set(urlKey, originOf(link, "href"));
    }
    return { row, from };
  });
}
