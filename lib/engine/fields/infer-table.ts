/**
 * Rows of a data table without a field list: its header names the columns (see inferRows).
 */
import { elementChildren, normalizeSpace, textContent } from "../dom";
import type { FilledRow } from "./fill";
import { iconValue } from "./icons";
import { originOf, type Origin } from "./match";
import { cellIndex, type RecordPieces } from "./pieces";
import { readRating } from "./ratings";
import { camelCase } from "./spec";
import { put } from "../lookup";
import { mapSteps, type Steps } from "../steps";

/** A data table names its columns: one key per header, the cell text as value, plus the row's main link. */
/** Steps (see steps.ts): a step per row. */
export function* tableRows(all: RecordPieces[], headers: string[]): Steps<FilledRow[]> {
  const keys: (string | null)[] = [];
  const used = new Set<string>();
  for (const h of headers) {
    let key = camelCase(h.replace(/%/g, " pct").replace(/#/g, " num"));
    if (!key) {
      keys.push(null);
      continue;
    }
    for (let i = 2, base = key; used.has(key); i++) key = `${base}${i}`;
    used.add(key);
    keys.push(key);
  }
  const urlKey = used.has("url") ? "link" : "url";
  return yield* mapSteps(all, (rp) => {
    const row: Record<string, unknown> = {};
    const from = new Map<string, Origin>();
    for (const cell of rp.record.flatMap((tr) => elementChildren(tr))) {
      if (cell.tagName !== "td" && cell.tagName !== "th") continue;
      const key = keys[cellIndex(cell, rp.record)];
      const piece = rp.pieces.find((p) => p.el === cell);
      const text = normalizeSpace(textContent(cell));
      if (!key || Object.hasOwn(row, key)) continue;
      const rating = piece && !text ? readRating(piece) : null;
      // A cell that shows only a named icon ("<svg aria-label="Yes">") says its name.
      const icon = !text && !rating ? rp.pieces.find((p) => p.el.parentNode === cell && iconValue(p.el)) : undefined;
      if (text) {
        put(row, key, text);
        from.set(key, { el: cell });
      } else if (rating) {
        put(row, key, rating.value);
        from.set(key, { el: cell, attr: rating.attr });
      } else if (icon?.attrValue) {
        put(row, key, icon.attrValue);
        from.set(key, { el: icon.el, attr: icon.valueAttr });
      }
    }
    const link = rp.pieces.find((p) => p.mainLink && p.href);
    if (link && !used.has(urlKey)) {
      put(row, urlKey, link.href);
      from.set(urlKey, originOf(link, "href"));
    }
    return { row, from };
  });
}
