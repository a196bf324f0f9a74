/**
 * Data tables: a header row names the fields and each body row is a record. Layout tables (the
 * page grid of old sites) are told apart by general signs: role=presentation, nested tables, a
 * single column, or cells holding whole blocks of content. Tables with frozen columns, laid out as
 * two or three tables side by side, are read as one (see split-tables.ts).
 */
import { attr, colSpan, walkElementsSteps, type Element } from "../dom";
import { mostFrequent, type PageFeatures } from "./features";
import { transposedCandidate } from "./transposed";
import type { Candidate } from "./repeated";
import { close, commonAncestor, halvesOfOne } from "./split-tables";
import { tableBodies, type TableBody } from "./table-bodies";
import { cellsOf, widthOf } from "./table-cells";
import { rowLayout } from "./row-spans";
import { filterSteps, mapSteps, type Steps } from "../steps";

/** Tables of one split table: frozen columns left, scrolling ones, frozen columns right. */
const MAX_PARTS = 3;

/** Steps (see steps.ts): a table of 30,000 rows is read row by row. */
export function* tableCandidates(body: Element, f: PageFeatures): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const single: TableBody[] = [];
  const tables: Element[] = [];
  yield* walkElementsSteps(body, (el) => void (el.tagName === "table" && tables.push(el)));
  for (const el of tables) {
    // A comparison table's records are its columns, not its rows (transposed.ts).
    const columns = transposedCandidate(el);
    if (columns) out.push(columns);
    const bodies = columns ? [] : yield* tableBodies(el);
    for (const b of bodies) {
      const c = yield* candidateOf([b], f);
      if (c) out.push(c);
    }
    if (bodies.length === 1) single.push(bodies[0]!);
    yield;
  }
  // Runs of halves: frozen columns on the left, on the right, or both (three tables). A longer run
  // is a page of small tables, not one table.
  for (let i = 0; i + 1 < single.length; ) {
    let j = i;
    while (j + 1 < single.length && j - i < MAX_PARTS && halvesOfOne(single[j]!, single[j + 1]!) && close(single[i]!.table, single[j + 1]!.table)) j++;
    if (j > i && j - i < MAX_PARTS) {
      const c = yield* candidateOf(single.slice(i, j + 1), f);
      if (c) out.push(c);
    }
    // (Past a long run altogether: none of its tables pairs.)
    while (j + 1 < single.length && j - i >= MAX_PARTS && halvesOfOne(single[j]!, single[j + 1]!)) j++;
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A heading class on a body row: "heading", "group-header", "Table__sub-header", "subgroup-headers",
 * "division-header", "date-header" — a header of the rows below it; the word before it, if any, is
 * what they are grouped by. Not "sticky-header", "row-header" or "fixed-header": a data row pinned,
 * or headed by its first cell.
 */
const HEADING_CLASS = /(?:^|[^a-z])(?:([a-z]+)[-_]*)?head(?:er|ing)s?(?:$|[^a-z])/gi;
const NOT_GROUP = new Set(["sticky", "row", "fixed", "pinned", "top", "page", "site", "main", "table", "col", "column", "card", "panel", "modal", "nav", "mobile", "desktop"]);

/**
 * A body row whose class says it heads the rows after it ("AL West" over a division's teams) is
 * not a record. (Rows of <th> or one spanning cell often head groups too, but as often carry a
 * table's notes or totals the page lists with its rows: NEXT-EVAL's truth keeps them, so only
 * the class is read.)
 */
function groupHeading(row: Element): boolean {
  for (const m of (attr(row, "class") ?? "").matchAll(HEADING_CLASS)) if (!NOT_GROUP.has((m[1] ?? "").toLowerCase())) return true;
  return false;
}

/** A row that is one cell spanning two columns or more. */
function spansRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length === 1 && colSpan(cells[0]!) >= 2;
}

/**
 * The records of one table, or of a split table's parts side by side (row i of each part is one
 * record), when the rows read as data.
 */
function* candidateOf(parts: TableBody[], f: PageFeatures): Steps<Candidate | null> {
  const n = parts[0]!.rows.length;
  const records: Element[][] = [];
  for (let i = 0; i < n; i++) {
    const record = parts.map((p) => p.rows[i]!);
    if (record.some((r) => f.get(r).text > 0)) records.push(record);
    yield;
  }
  // Group headings inside the body (classed as such, see groupHeading) name the rows below them.
  const kept = records.length > 2 ? yield* filterSteps(records, (r) => !r.some(groupHeading)) : records;
  if (kept.length >= records.length / 2) records.splice(0, records.length, ...kept);
  if (records.length < 2) return null;
  // A row below cells that span rows holds them too ("Moscow" written once for three rows).
  // A row of one cell spanning the others ("Performance" over the rows that compare it) heads or
  // notes a stretch of the table: it is kept with the rows but does not count against their shape.
  const counts = (yield* mapSteps(records, (r) => (r.length === 1 && spansRow(r[0]!) ? -1 : r.reduce((sum, row) => sum + cellsOf(row).length + (rowLayout(row)?.carried.length ?? 0), 0)))).filter((c) => c >= 0);
  const modal = mostFrequent(counts) ?? 0;
  const consistent = counts.length >= 2 ? counts.filter((c) => c === modal).length / counts.length : 0;
  // Cells holding blocks (many fields each) are page layout, not data.
  const cellLeaves = (yield* mapSteps(records, (r) => r.flatMap((row) => cellsOf(row).map((c) => f.get(c).leaves)))).flat();
  const meanLeaves = cellLeaves.reduce((a, b) => a + b, 0) / Math.max(1, cellLeaves.length);
  if (!(modal >= 2 && consistent >= 0.7 && meanLeaves <= 6)) return null;

  let headers: string[] | undefined;
  if (parts.length === 1) headers = parts[0]!.headers;
  else if (parts.some((p) => p.headers?.some(Boolean))) {
    // Each part's names, or blanks as wide as its rows when it has none.
    headers = parts.flatMap((p) => p.headers ?? Array<string>(mostFrequent(p.rows.map(widthOf)) ?? 0).fill(""));
  }
  const hasHeader = !!headers && headers.some(Boolean);
  const parent = parts.length === 1 ? parts[0]!.tbody : commonAncestor(parts[0]!.table, parts[parts.length - 1]!.table)!;
  return { kind: "table", parent, records, headers: hasHeader ? headers : undefined, bonus: hasHeader ? 2 : 1.3 };
}
