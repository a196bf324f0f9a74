/** Reading a table's rows: their cells, their width, and the column names of its header rows. */
import { colSpan, elementChildren, rowSpan, type Element } from "../dom";
import { headerText } from "./header-text";

export const cellsOf = (tr: Element) => elementChildren(tr).filter((c) => c.tagName === "td" || c.tagName === "th");

/** Column names of a header row, one per column: a header spanning columns names each of them. */
export function headerNames(row: Element): string[] {
  return cellsOf(row).flatMap((c) => Array<string>(colSpan(c)).fill(headerText(c)));
}

/**
 * Column names of a header of several rows, laid out as a browser lays them out: a cell spanning
 * rows ("Pos", "Team" beside a grouped "Home W D L") fills that column in the rows below, so the
 * lower row's cells go to the columns left free. A column is named by its lowest text; when that
 * name is not the column's alone ("W" under "Home" and under "Away") the groups above it come
 * first ("Home W", "Away W"), as a reader tells them apart.
 */
export function headerGridNames(rows: Element[]): string[] {
  const stacks: string[][] = [];
  const covered: number[] = [];
  for (const row of rows) {
    let col = 0;
    for (const cell of cellsOf(row)) {
      while ((covered[col] ?? 0) > 0) col++;
      const text = headerText(cell).replace(/\s+/g, " ").trim();
      const rs = rowSpan(cell);
      for (let k = colSpan(cell); k > 0; k--, col++) {
        (stacks[col] ??= []).push(text);
        covered[col] = rs;
      }
    }
    for (let c = 0; c < covered.length; c++) if ((covered[c] ?? 0) > 0) covered[c]!--;
  }
  const texts = Array.from(stacks, (s) => (s ?? []).filter((t, i, all) => t && t !== all[i - 1]));
  const leaves = texts.map((t) => t[t.length - 1] ?? "");
  return texts.map((t, c) => (leaves.filter((l) => l === leaves[c]).length > 1 ? t.join(" ") : leaves[c]!));
}

/** Columns of a row (spans counted). */
export function widthOf(row: Element): number {
  return cellsOf(row).reduce((n, c) => n + colSpan(c), 0);
}
