/**
 * Data tables: a header row names the fields and each body row is a record. Layout tables (the
 * page grid of old sites) are told apart by general signs: role=presentation, nested tables, a
 * single column, or cells holding whole blocks of content.
 *
 * Split tables: a table with frozen columns (standings, price lists) is often two tables side by
 * side, the frozen columns in one and the scrolling ones in the next (three when columns are frozen
 * on both sides), row i of each being the same entity. Tables that follow each other closely (a
 * common ancestor at most SPLIT_DEPTH levels up, no text between them), with as many rows but a
 * different number of columns than their neighbour (two lists of one kind side by side, "gainers"
 * and "losers", have the same columns and stay two lists) form one table whose records are row i
 * of each.
 */
import { attr, colSpan, elementChildren, rowSpan, hasVisibleText, isElement, textContent, walkElementsSteps, type ChildNode, type Element } from "../dom";
import { mostFrequent, parentElement, type PageFeatures } from "./features";
import { headerText } from "./header-text";
import { transposedCandidate } from "./transposed";
import type { Candidate } from "./repeated";
import { filterSteps, mapSteps, type Steps } from "../steps";

const cellsOf = (tr: Element) => elementChildren(tr).filter((c) => c.tagName === "td" || c.tagName === "th");

/** How far up two tables may have to go to meet and still be one split table. */
const SPLIT_DEPTH = 4;
/** Tables of one split table: frozen columns left, scrolling ones, frozen columns right. */
const MAX_PARTS = 3;

/** A table's body (one tbody) as read for records: its column names and its rows. */
interface TableBody {
  table: Element;
  tbody: Element;
  headers?: string[];
  /** Every row of the tbody but a leading header row. */
  rows: Element[];
}

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

/** Steps (see steps.ts): the whole table is walked for tables nested in it. */
function* tableBodies(table: Element): Steps<TableBody[]> {
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

/** Column names of a header row, one per column: a header spanning columns names each of them. */
function headerNames(row: Element): string[] {
  return cellsOf(row).flatMap((c) => Array<string>(colSpan(c)).fill(headerText(c)));
}

/**
 * Column names of a header of several rows, laid out as a browser lays them out: a cell spanning
 * rows ("Pos", "Team" beside a grouped "Home W D L") fills that column in the rows below, so the
 * lower row's cells go to the columns left free. A column is named by its lowest text; when that
 * name is not the column's alone ("W" under "Home" and under "Away") the groups above it come
 * first ("Home W", "Away W"), as a reader tells them apart.
 */
function headerGridNames(rows: Element[]): string[] {
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
function widthOf(row: Element): number {
  return cellsOf(row).reduce((n, c) => n + colSpan(c), 0);
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
  const counts = yield* mapSteps(records, (r) => r.reduce((sum, row) => sum + cellsOf(row).length, 0));
  const modal = mostFrequent(counts) ?? 0;
  const consistent = counts.filter((c) => c === modal).length / counts.length;
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

/** Whether two consecutive tables are parts of one table with frozen columns (see the header). */
function halvesOfOne(a: TableBody, b: TableBody): boolean {
  if (a.rows.length !== b.rows.length || a.rows.length < 3) return false;
  const meet = close(a.table, b.table);
  if (!meet) return false;
  // Two lists of one kind side by side have the same columns: only differently wide tables pair up.
  if ((mostFrequent(a.rows.map(widthOf)) ?? 0) === (mostFrequent(b.rows.map(widthOf)) ?? 0)) return false;
  // Halves of one table touch: no heading or text of their own between them.
  return !textBetween(a.table, b.table, meet);
}

/**
 * Whether any visible text sits after `a` and before `b` (document order) below `meet`: only what
 * lies between the two is read.
 */
function textBetween(a: Element, b: Element, meet: Element): boolean {
  // Up from `a`: the siblings after each ancestor, until the one that holds `b`.
  for (let n: Element = a; n !== meet; n = parentElement(n)!) {
    const parent = parentElement(n)!;
    const siblings = parent.childNodes;
    for (let i = siblings.indexOf(n) + 1; i < siblings.length; i++) {
      const s = siblings[i]!;
      if (s === b || (isElement(s) && holds(s, b))) return textBefore(s, b);
      if (hasVisibleText(s)) return true;
    }
  }
  return false;
}

/** Whether `node` (down to, not including, `stop`) has visible text before `stop`. */
function textBefore(node: ChildNode, stop: Element): boolean {
  if (node === stop) return false;
  if (!isElement(node)) return false;
  for (const c of node.childNodes) {
    if (c === stop || (isElement(c) && holds(c, stop))) return textBefore(c, stop);
    if (hasVisibleText(c)) return true;
  }
  return false;
}

function holds(ancestor: Element, el: Element): boolean {
  for (let n = parentElement(el); n; n = parentElement(n)) if (n === ancestor) return true;
  return false;
}

/** The common ancestor of two tables when both are at most SPLIT_DEPTH levels below it. */
function close(a: Element, b: Element): Element | null {
  const meet = commonAncestor(a, b);
  return meet && depthBelow(a, meet) <= SPLIT_DEPTH && depthBelow(b, meet) <= SPLIT_DEPTH ? meet : null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let n = parentElement(a); n; n = parentElement(n)) above.add(n);
  for (let n = parentElement(b); n; n = parentElement(n)) if (above.has(n)) return n;
  return null;
}

function depthBelow(el: Element, ancestor: Element): number {
  let d = 0;
  for (let n: Element | null = el; n && n !== ancestor; n = parentElement(n)) d++;
  return d;
}
