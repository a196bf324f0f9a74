/**
 * A schedule grid: a table whose first column is the time slot, whose header row names the rooms
 * (stages, tracks, days), and whose cells are the talks. Its rows are time slots; asked for "every
 * talk with time, room, title and speaker", each filled cell is a record instead, read with its
 * row's header cell beside it (the time is the row's), and the room is its column's header. Only
 * when the fields ask for the column's name and the query's records are not the rows themselves
 * ("every time slot with …" keeps a row per slot).
 */
import { colSpan, elementChildren, normalizeSpace, textContent, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { parentElement } from "../records/features";
import { rowLayout } from "../records/row-spans";
import { singular } from "../words";
import { cellIndex } from "./dom-text";
import type { Origin } from "./origin";
import { recordNouns } from "./record-noun";
import { tokens, type FieldSpec } from "./spec";
import { put } from "../lookup";

const words = (s: string) => tokens(s).map(singular);

/**
 * What a grid's columns can stand for, as a field would name it; places first: a schema with both a
 * track and a room, under column headers that name neither, has its rooms there.
 */
const COLUMN_NOUN_ORDER = ["room", "stage", "hall", "venue", "location", "place", "court", "pitch", "studio", "screen", "auditorium", "theatre", "theater", "space", "channel", "track", "day", "weekday", "date"];
const COLUMN_NOUNS = new Set(COLUMN_NOUN_ORDER);
const columnRank = (f: FieldSpec) => Math.min(...words(f.name).map((w) => (COLUMN_NOUNS.has(w) ? COLUMN_NOUN_ORDER.indexOf(w) : Infinity)));
/** What a grid's rows stand for: a query for these wants the rows. */
const ROW_NOUNS = new Set(["slot", "time", "timeslot", "period", "hour", "row", "session"]);
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i;
/** A cell that holds nothing: empty, or a dash standing for nothing. */
const NOTHING = /^[\s\-–—·.x/]*$/i;

export interface GridCell {
  cell: Element;
  rowHeader: Element;
  /** The header of each column the cell covers. */
  columns: { text: string; el?: Element }[];
}

export interface ScheduleGrid {
  /** A record per filled cell: the cell and its row's header cell. */
  region: RecordRegion;
  cells: Map<Element, GridCell>;
  /** The field the column headers fill, and the other fields (read from each cell and its row's header). */
  column: FieldSpec;
  rest: FieldSpec[];
}

const text = (el: Element) => normalizeSpace(textContent(el));
const isCell = (el: Element) => el.tagName === "td" || el.tagName === "th";

/** The header row's cells by column (spans counted), when the table has a header row. */
function headerCells(region: RecordRegion): (Element | undefined)[] {
  let table: Element | null = region.parent;
  while (table && table.tagName !== "table") table = parentElement(table);
  if (!table) return [];
  const sections = elementChildren(table);
  const head = sections.find((s) => s.tagName === "thead");
  const rows = (s: Element) => elementChildren(s).filter((r) => r.tagName === "tr");
  const row = head ? rows(head)[0] : [table, ...sections.filter((s) => s.tagName === "tbody")].flatMap(rows).find((r) => elementChildren(r).filter(isCell).every((c) => c.tagName === "th"));
  const out: (Element | undefined)[] = [];
  for (const c of row ? elementChildren(row).filter(isCell) : []) for (let k = colSpan(c); k > 0; k--) out.push(c);
  return out;
}

/** The header cell of a row: its own first-column cell, or the one spanning down into it. */
function rowHeaderOf(tr: Element): Element | undefined {
  const own = elementChildren(tr).filter(isCell);
  return own.find((c) => cellIndex(c) === 0) ?? rowLayout(tr)?.carried.find((c) => c.column === 0)?.cell;
}

/** The schedule grid the region is, read a cell per record, or null when its rows are its records. */
export function scheduleGrid(region: RecordRegion, fields: FieldSpec[], q: string): ScheduleGrid | null {
  const headers = region.headers;
  if (region.kind !== "table" || !headers || headers.length < 3 || fields.length < 2) return null;
  if (region.records.some((r) => r.length !== 1 || r[0]!.tagName !== "tr")) return null;
  const fieldWords = fields.map((f) => new Set(words(f.name)));
  const named = (header: string, f: number) => words(header).some((w) => fieldWords[f]!.has(w));
  // The column field: a place or a day, or the word most column headers hold ("Room A", "Room B").
  const columnHeaders = headers.slice(1);
  const byHeaders = fields.findIndex((_, i) => columnHeaders.filter((h) => named(h, i)).length * 2 > columnHeaders.length);
  const ranks = fields.map(columnRank);
  const best = Math.min(...ranks);
  const column = byHeaders >= 0 ? byHeaders : best < Infinity ? ranks.indexOf(best) : -1;
  if (column < 0) return null;
  // Columns that other fields name are the rows' own values (a standings table's "Won", "Lost").
  if (columnHeaders.some((h) => fields.some((_, i) => i !== column && named(h, i)))) return null;
  if (named(headers[0]!, column)) return null;
  const nouns = recordNouns(q).map(singular);
  if (nouns.some((n) => ROW_NOUNS.has(n) || COLUMN_NOUNS.has(n) || words(headers[0]!).includes(n))) return null;
  const heads = headerCells(region);
  const cells = new Map<Element, GridCell>();
  let rowHeaders = 0;
  let clocks = 0;
  let numeric = 0;
  for (const [tr] of region.records) {
    const rowHeader = rowHeaderOf(tr!);
    if (!rowHeader) continue;
    rowHeaders++;
    if (CLOCK.test(text(rowHeader))) clocks++;
    for (const cell of elementChildren(tr!).filter(isCell)) {
      const at = cellIndex(cell);
      const t = text(cell);
      if (at === 0 || NOTHING.test(t)) continue;
      // One plain text across the rooms is a break ("Lunch"), no one's talk.
      if (colSpan(cell) >= 2 && !elementChildren(cell).length) continue;
      if (!/\p{L}/u.test(t)) numeric++;
      const columns = Array.from({ length: colSpan(cell) }, (_, k) => at + k)
        .filter((c) => c < headers.length)
        .map((c) => ({ text: headers[c]!, el: heads[c] }));
      cells.set(cell, { cell, rowHeader, columns });
    }
  }
  // The rows are times (their header says so, or most of them read as clock times), the cells words.
  const timed = fieldWords.some((w, i) => i !== column && named(headers[0]!, i)) || clocks * 2 > rowHeaders;
  if (!timed || cells.size < 2 || numeric * 2 > cells.size) return null;
  return {
    // The row's header cell keeps its column's name ("Time"), which names the time field there; the
    // talk's cell has none (its column's name is the column field's value).
    region: { kind: "repeated", parent: region.parent, records: [...cells.values()].map((c) => [c.cell, c.rowHeader]), score: region.score, headers: ["", headers[0]!] },
    cells,
    column: fields[column]!,
    rest: fields.filter((_, i) => i !== column),
  };
}

/** The column field's value for a cell's row (its columns' headers) and where it was read. */
export function columnValue(cell: GridCell): { value: string; from?: Origin } {
  const names = [...new Set(cell.columns.map((c) => c.text).filter(Boolean))];
  const el = cell.columns[0]?.el;
  return { value: names.join(", "), ...(el && names.length === 1 ? { from: { el } } : {}) };
}

/** A row of the grid's region, as extract.ts gives them. */
interface CellRow {
  row: Record<string, unknown>;
  record: Element[];
  from: Map<string, Origin>;
}

/**
 * The grid's rows: each cell's, read by `read` with the other fields (the time from its row's
 * header cell, the talk from the cell), and the column field from the cell's column header, in
 * the fields' order.
 */
export function* gridRowsSteps<T extends { rows: CellRow[] }>(grid: ScheduleGrid, fields: FieldSpec[], read: (region: RecordRegion, fields: FieldSpec[]) => Generator<void, T, undefined>): Generator<void, T, undefined> {
  const out = yield* read(grid.region, grid.rest);
  for (const r of out.rows) {
    const cell = grid.cells.get(r.record[0]!);
    if (!cell) continue;
    const { value, from } = columnValue(cell);
    const row: Record<string, unknown> = {};
    for (const f of fields) {
      if (f === grid.column) {
        if (value) put(row, f.name, value);
        else if (f.nullable) put(row, f.name, null);
      } else if (Object.hasOwn(r.row, f.name)) put(row, f.name, r.row[f.name]);
    }
    for (const key of Object.keys(r.row)) if (!Object.hasOwn(row, key)) put(row, key, r.row[key]);
    r.row = row;
    if (from && value) r.from.set(grid.column.name, from);
  }
  return out;
}
