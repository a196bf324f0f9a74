/**
 * Fields that ask for one quantity in two forms, so one element fills both: a rating's number and
 * its words ("9.1 Superb" → 9.1 and "Superb"), a price as text and as a number ("£359 per night"
 * → "£359 per night" and 359), a length of time as written and counted ("1:02:15" → "1:02:15" and
 * 3735 seconds).
 */
import { durationUnitOf } from "./durations";
import type { FieldPlan } from "./plan";
import { wantsRatingWords } from "./rating-words";
import { tokens } from "./spec";

const numeric = (plan: FieldPlan) => plan.spec.type === "number" || plan.spec.type === "integer";

/** A text field named for a length of time ("duration", "runtime", "length"). */
const durationText = (plan: FieldPlan) => plan.spec.type === "string" && plan.kind === "text" && durationUnitOf(tokens(plan.spec.name).map((t) => t.toLowerCase())) !== undefined;

const oneWay = (a: FieldPlan, b: FieldPlan) =>
  (a.kind === "rating" && b.kind === "rating" && wantsRatingWords(a) && !wantsRatingWords(b)) ||
  (a.kind === "money" && b.kind === "money" && a.spec.type === "string" && numeric(b) && !a.struck === !b.struck && a.rangeEnd === b.rangeEnd) ||
  (durationText(a) && b.kind === "number" && b.durationUnit !== undefined);

export const twoForms = (a: FieldPlan, b: FieldPlan): boolean => oneWay(a, b) || oneWay(b, a);
