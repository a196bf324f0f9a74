/**
 * A running profile of the result, per column: how often it is filled, how many distinct values it
 * has, how many values fail the schema. Updated batch by batch, so it costs one pass over the rows.
 */
export const DISTINCT_CAP = 10_000;

export interface ColumnProfile {
  filled: number;
  invalid: number;
  /** Distinct non-empty values, counted up to DISTINCT_CAP. */
  distinct: number;
  distinctCapped: boolean;
}

export interface ResultProfile {
  rows: number;
  invalidRows: number;
  columns: Record<string, ColumnProfile>;
}

const isFilled = (v: unknown) => v !== null && v !== undefined && v !== "";

export class ProfileBuilder {
  private rows = 0;
  private invalidRows = 0;
  private readonly columns = new Map<string, { filled: number; invalid: number; values: Set<string>; capped: boolean }>();

  private column(key: string) {
    let c = this.columns.get(key);
    if (!c) this.columns.set(key, (c = { filled: 0, invalid: 0, values: new Set(), capped: false }));
    return c;
  }

  add(rows: readonly Record<string, unknown>[], invalid: readonly (readonly string[] | null)[] | undefined, keys: readonly string[]) {
    for (const key of keys) this.column(key);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      this.rows++;
      for (const key of Object.keys(row)) {
        const value = row[key];
        if (!isFilled(value)) continue;
        const c = this.column(key);
        c.filled++;
        if (!c.capped) {
          c.values.add(typeof value === "object" ? JSON.stringify(value) : String(value));
          if (c.values.size >= DISTINCT_CAP) c.capped = true;
        }
      }
      const bad = invalid?.[i];
      if (bad && bad.length) {
        this.invalidRows++;
        for (const key of new Set(bad)) this.column(key || "(row)").invalid++;
      }
    }
  }

  snapshot(): ResultProfile {
    // fromEntries, not assignment: `columns["__proto__"] = …` would set the prototype, not a column.
    const columns = Object.fromEntries(
      [...this.columns].map(([key, c]) => [key, { filled: c.filled, invalid: c.invalid, distinct: c.values.size, distinctCapped: c.capped }]),
    );
    return { rows: this.rows, invalidRows: this.invalidRows, columns };
  }
}

const UNSEEN: ColumnProfile = { filled: 0, invalid: 0, distinct: 0, distinctCapped: false };

/**
 * A column's profile, or zeros before its first value. Own keys only: the profile crosses from the
 * worker as a plain object, where a column named "constructor" or "toString" that has no entry yet
 * would find Object's built-in instead.
 */
export function columnProfile(profile: ResultProfile, key: string): ColumnProfile {
  return Object.hasOwn(profile.columns, key) ? profile.columns[key]! : UNSEEN;
}
