/**
 * Every row of a result, held where it was parsed (the rows worker), and the grid's view of them:
 * the grid asks for slices of the view by position, so the main thread only ever holds the rows on
 * screen. The view of the last query is kept and brought up to date as rows arrive: a filter scans
 * only the new rows; a sort is redone when the rows it covers have changed.
 */
import { sortIndices, viewPredicate, type Row, type RowInvalidity, type RowPredicate, type ViewQuery } from "./view";

/** One row as the grid gets it: its position in the result (the key of its source) and its verdict. */
export interface StoredRow {
  index: number;
  row: Row;
  invalid: RowInvalidity;
}

interface View {
  key: string;
  query: ViewQuery;
  predicate: RowPredicate | null;
  /** Positions that pass the predicate, ascending (null: every row). */
  matched: number[] | null;
  /** Rows scanned by the predicate so far. */
  scanned: number;
  /** `matched` (or every row) in sort order; null when there is no sort or it is stale. */
  order: Int32Array | null;
}

export class RowStore {
  readonly rows: Row[] = [];
  readonly invalid: RowInvalidity[] = [];
  private view: View | null = null;

  get size() {
    return this.rows.length;
  }

  add(row: Row, invalid: RowInvalidity) {
    this.rows.push(row);
    this.invalid.push(invalid);
  }

  private current(query: ViewQuery): View {
    const key = JSON.stringify(query);
    let view = this.view;
    if (!view || view.key !== key) {
      const predicate = viewPredicate(query);
      view = this.view = { key, query, predicate, matched: predicate ? [] : null, scanned: 0, order: null };
    }
    const { predicate, matched } = view;
    if (predicate && matched) {
      const { rows, invalid } = this;
      for (let i = view.scanned; i < rows.length; i++) if (predicate(rows[i]!, invalid[i] ?? null)) matched.push(i);
    }
    if (view.scanned !== this.rows.length) {
      view.scanned = this.rows.length;
      view.order = null;
    }
    if (view.query.sort.length && !view.order) {
      const indices = matched ? Int32Array.from(matched) : Int32Array.from({ length: this.rows.length }, (_, i) => i);
      view.order = sortIndices(indices, this.rows, view.query.sort, view.query.kinds);
    }
    return view;
  }

  /** How many rows the query shows. */
  count(query: ViewQuery): number {
    const view = this.current(query);
    return view.order?.length ?? view.matched?.length ?? this.rows.length;
  }

  /** Rows `start` to `end` (exclusive) of the query's view, and the view's size. */
  slice(query: ViewQuery, start: number, end: number): { rows: StoredRow[]; count: number } {
    const view = this.current(query);
    const positions = view.order ?? view.matched;
    const count = positions?.length ?? this.rows.length;
    const rows: StoredRow[] = [];
    for (let at = Math.max(0, start); at < Math.min(end, count); at++) {
      const index = positions ? positions[at]! : at;
      rows.push({ index, row: this.rows[index]!, invalid: this.invalid[index] ?? null });
    }
    return { rows, count };
  }

  /** Every position the query shows, in its order (what "Export rows shown" names). */
  positions(query: ViewQuery): Int32Array {
    const view = this.current(query);
    if (view.order) return Int32Array.from(view.order);
    if (view.matched) return Int32Array.from(view.matched);
    return Int32Array.from({ length: this.rows.length }, (_, i) => i);
  }
}
