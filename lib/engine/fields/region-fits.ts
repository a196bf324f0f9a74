/**
 * What a piece's fit owes to the rest of its list, not to the piece alone: stars beside a review
 * score (star-class.ts), a clock length read by its column (clock-columns.ts).
 */
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import type { RecordPieces } from "./pieces";
import { clockColumnFit } from "./clock-columns";
import { withoutClassStars } from "./star-class";

/** The fit `f` of record `r`'s piece `i`, as the list around it reads it. */
export const regionFit = (plan: FieldPlan, all: RecordPieces[], r: number, i: number, f: Fit | null): Fit | null =>
  clockColumnFit(plan, all, r, i, withoutClassStars(plan, all, r, i, f));
