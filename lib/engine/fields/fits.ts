import { fit, type Fit } from "./match";
import { spelledFit } from "./spelled-values";
import type { FieldPlan } from "./plan";
import type { RecordPieces } from "./pieces";
import { regionFit } from "./region-fits";

/** A field's fit of record `r`'s `i`-th piece. */
export type FitOf = (r: number, i: number) => Fit | null;

/**
 * Each field's fit of each piece of the records, computed once: the slots are chosen by them over
 * all records, then each record reads its values by them (fitting the pieces again there cost a
 * third more fits). A fit includes the values the field's definition spells (spelled-values.ts).
 * Kept by record and piece index: a map keyed by piece cost more than it saved.
 */
export class Fits {
  private readonly tables = new Map<FieldPlan, (Fit | null)[][]>();
  constructor(
    private readonly all: RecordPieces[],
    private readonly host: string,
  ) {}

  of(plan: FieldPlan): FitOf {
    let table = this.tables.get(plan);
    if (!table) this.tables.set(plan, (table = this.all.map(() => [])));
    const rows = table;
    return (r, i) => {
      const row = rows[r]!;
      let f = row[i];
      if (f === undefined) {
        const piece = this.all[r]!.pieces[i]!;
        row[i] = f = regionFit(plan, this.all, r, i, spelledFit(plan, piece, fit(plan, piece, this.host)));
      }
      return f;
    };
  }
}
