/**
 * Kinds of the columns the schema does not name, inferred in the rows worker as rows arrive
 * (inferKind, lib/results/columns). Each column's kind is decided once and never changes: the
 * kind sets the cell renderer and the filter the grid offers, so a column that turned from number
 * to text while rows stream in would drop the user's filter, and would show its first rows one way
 * and the rest another.
 *
 * When: at the first progress report after the column appears (the worker's first batch that holds
 * the key, usually hundreds of rows), on at most KIND_SAMPLE of its non-blank values. A column whose
 * values so far are all blank (null, missing, "") has told nothing: it stays undecided (shown as
 * text, with only blank cells) and is decided at the first report after a non-blank value — the one
 * time a column's kind follows the text it was shown as.
 */
import { inferKind, type ColumnKind } from "./columns";

/** Non-blank values per column that the kind is decided on. */
export const KIND_SAMPLE = 200;

const isBlank = (v: unknown) => v === null || v === undefined || v === "";

export class ColumnKinds {
  /** Undecided columns: the non-blank values seen so far (at most KIND_SAMPLE). */
  private readonly pending = new Map<string, unknown[]>();

  /** A new column the schema does not name: its kind is to be inferred. */
  watch(key: string) {
    this.pending.set(key, []);
  }

  /**
   * Samples a row's values of the undecided columns (call after `watch` for the keys the row
   * brings). Costs nothing once every column is decided, which is soon after the first rows.
   */
  see(row: Record<string, unknown>) {
    if (this.pending.size === 0) return;
    for (const [key, sample] of this.pending) {
      if (sample.length >= KIND_SAMPLE || !Object.hasOwn(row, key)) continue;
      const value = row[key];
      if (!isBlank(value)) sample.push(value);
    }
  }

  /** Decides every undecided column that has a non-blank value; returns those kinds (once each). */
  decide(): Record<string, ColumnKind> {
    const decided: [string, ColumnKind][] = [];
    for (const [key, sample] of this.pending) {
      if (!sample.length) continue;
      decided.push([key, inferKind(sample)]);
      this.pending.delete(key);
    }
    // fromEntries, not assignment: a column may be called "__proto__".
    return Object.fromEntries(decided);
  }
}
