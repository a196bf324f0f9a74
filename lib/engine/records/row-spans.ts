/**
 * A table row as a browser lays it out when cells above it span rows: a list article's "Moscow"
 * with rowspan="3" stands in the City column of the two rows below too, whose own cells start one
 * column further right. Without this their Height cell would be read as their City.
 */
import { colSpan, elementChildren, rowSpan, type Element } from "../dom";
import { parentElement } from "./features";

export interface RowLayout {
  /** The column of each of the row's own cells (spans counted). */
  columns: Map<Element, number>;
  /** Cells of rows above that span down into this row, with the first column each covers, in column order. */
  carried: { cell: Element; column: number }[];
}

const isCell = (el: Element) => el.tagName === "td" || el.tagName === "th";

/** Layouts of each row of a section (<tbody>, <thead>, a bare <table>), or null when no cell in it spans rows. */
const SECTIONS = new WeakMap<Element, Map<Element, RowLayout> | null>();

/** The layout of a table row, or undefined when nothing in its section spans rows (a cell's place is then its index). */
export function rowLayout(tr: Element): RowLayout | undefined {
  const section = parentElement(tr);
  if (tr.tagName !== "tr" || !section) return undefined;
  let layouts = SECTIONS.get(section);
  if (layouts === undefined) SECTIONS.set(section, (layouts = layOut(section)));
  return layouts?.get(tr);
}

function layOut(section: Element): Map<Element, RowLayout> | null {
  const rows = elementChildren(section).filter((r) => r.tagName === "tr");
  if (!rows.some((r) => elementChildren(r).some((c) => isCell(c) && rowSpan(c) > 1))) return null;
  // For each column, the cell of an earlier row that reaches down to row `until` (inclusive).
  const above: ({ cell: Element; until: number } | undefined)[] = [];
  const out = new Map<Element, RowLayout>();
  rows.forEach((row, r) => {
    const columns = new Map<Element, number>();
    const carried: RowLayout["carried"] = [];
    const covered = (c: number) => {
      const a = above[c];
      return a && a.until >= r ? a.cell : undefined;
    };
    const carry = (c: number) => {
      const cell = covered(c)!;
      if (!carried.some((x) => x.cell === cell)) carried.push({ cell, column: c });
    };
    let col = 0;
    for (const cell of elementChildren(row).filter(isCell)) {
      for (; covered(col); col++) carry(col);
      columns.set(cell, col);
      const until = r + rowSpan(cell) - 1;
      for (let k = colSpan(cell); k > 0; k--, col++) above[col] = { cell, until };
    }
    for (; col < above.length; col++) if (covered(col)) carry(col);
    out.set(row, { columns, carried });
  });
  return out;
}

/**
 * The children of a row in the order a reader meets them, with the cells that span down into it
 * from above in their columns: each with the column it stands in (undefined for a non-cell).
 */
export function laidOutChildren(tr: Element, layout: RowLayout): { el: Element; column?: number }[] {
  const own = elementChildren(tr).map((el) => ({ el, column: layout.columns.get(el) }));
  const cells = [...own.filter((c) => c.column !== undefined), ...layout.carried.map((c) => ({ el: c.cell, column: c.column }))];
  cells.sort((a, b) => a.column! - b.column!);
  return [...cells, ...own.filter((c) => c.column === undefined)];
}
