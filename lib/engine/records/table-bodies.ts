/** A table's bodies as read for records: each tbody's rows under the column names of its header. */
import { attr, elementChildren, textContent, walkElementsSteps, type Element } from "../dom";
import { cellsOf, headerGridNames, headerNames } from "./table-cells";
import type { Steps } from "../steps";

/** A table's body (one tbody) as read for records: its column names and its rows. */
export interface TableBody {
  table: Element;
  tbody: Element;
  headers?: string[];
  /** Every row of the tbody but a leading header row. */
  rows: Element[];
}

/** Steps (see steps.ts): the whole table is walked for tables nested in it. */
export function* tableBodies(table: Element): Steps<TableBody[]> {
  const role = attr(table, "role");
  if (role === "presentation" || role === "none") return [];
  const sections = elementChildren(table);
  const thead = sections.find((s) => s.tagName === "thead");
  const bodies = sections.filter((s) => s.tagName === "tbody");
  if (!bodies.length) return [];
  let headers: string[] | undefined;
  const headRows = thead ? elementChildren(thead).filter((r) => r.tagName === "tr" && textContent(r).trim()) : [];
  if (headRows.length) headers = headerGridNames(headRows);

  let nested = false;
  yield* walkElementsSteps(table, (el) => {
    if (el !== table && el.tagName === "table") nested = true;
    return !nested;
  });
  if (nested) return [];

  return bodies.map((tbody) => {
    let rows = elementChildren(tbody).filter((r) => r.tagName === "tr");
    // A first row made only of <th> is the header when there is no <thead> (and names the
    // columns of the tbodies after it too).
    const first = rows[0];
    if (first) {
      const cells = cellsOf(first);
      if (cells.length >= 2 && cells.every((c) => c.tagName === "th") && rows.length > 2) {
        headers ??= headerNames(first);
        rows = rows.slice(1);
      }
    }
    return headers ? { table, tbody, headers, rows } : { table, tbody, rows };
  });
}
