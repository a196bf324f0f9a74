/**
 * Lengths in a number field: a car's mileage, a trail's distance. A page of used cars from several
 * countries writes "52k mi" beside "84 000 km": read bare, the column holds 52000 and 84000 in two
 * units, and no one can sort or compare it. So a number field of lengths gives every value in one
 * unit: the one its name or description names ("mileageKm", "distance in miles"), else the unit
 * most of the page's lengths are written in (the unit the analyst sees most, and the fewest values
 * converted). Only kilometres and miles: the units such pages mix.
 */
import type { FieldPlan } from "./plan";
import type { RecordPieces } from "./pieces";
import { tokens } from "./spec";
import { parseNumber, type NumberStyle } from "./values";
import type { Steps } from "../steps";

export type LengthUnit = "km" | "mi";

const KM_PER_MI = 1.609344;
/** "84 000 km", "52k mi", "31,000 miles", "12.5 km": a number (grouped by spaces too, "k" for thousands) and its unit. */
const LENGTH = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d[\d.,]*)\s*(k)?\s*(km|kms|kilomet(?:er|re)s?|mi|miles?)\.?$/iu;
const KM_WORDS = /^(?:km|kms|kilometers?|kilometres?)$/;
const MI_WORDS = /^(?:mi|miles?)$/;

/** The length a text is, alone, with its unit; null for any other text. */
export function readLength(text: string, numbers?: NumberStyle): { value: number; unit: LengthUnit } | null {
  const m = LENGTH.exec(text.replace(/\s+/g, " ").trim());
  if (!m) return null;
  // (A number grouped by spaces is one number whatever the page's language: "84 000 km".)
  const value = parseNumber(`${m[1]!.replace(/[ \u00a0\u202f]/g, "")}${m[2] ?? ""}`, true, numbers);
  if (value === null) return null;
  return { value, unit: KM_WORDS.test(m[3]!.toLowerCase()) ? "km" : "mi" };
}

/** The unit a field's name or description names ("mileageKm", "odometer (miles)"), or null. */
function namedUnit(plan: FieldPlan): LengthUnit | null {
  const words = [...tokens(plan.spec.name), ...tokens(plan.spec.description ?? "")];
  if (words.some((w) => KM_WORDS.test(w))) return "km";
  if (words.some((w) => MI_WORDS.test(w))) return "mi";
  return null;
}

/** Each number field's unit of lengths on this page (see the header). */
const UNITS = new WeakMap<FieldPlan, LengthUnit>();

/**
 * Sets the unit each number field gives lengths in: the unit it names, else the page's most written
 * one (of the pieces of `all` that are lengths).
 */
export function* setLengthUnitsSteps(plans: FieldPlan[], all: RecordPieces[]): Steps<FieldPlan[]> {
  const numeric = plans.filter((p) => p.kind === "number");
  if (!numeric.length) return plans;
  const counts = { km: 0, mi: 0 };
  // (A step per record: a long table's pieces are read once each.)
  for (const r of all) {
    for (const p of r.pieces) {
      const length = p.value && p.value.length <= 30 ? readLength(p.value, p.numbers) : null;
      if (length) counts[length.unit]++;
    }
    yield;
  }
  // (A page of one unit gets it too: its lengths are read as lengths, "84 000 km" as 84000.)
  const page: LengthUnit | null = counts.km || counts.mi ? (counts.mi > counts.km ? "mi" : "km") : null;
  for (const plan of numeric) {
    const unit = namedUnit(plan) ?? page;
    if (unit) UNITS.set(plan, unit);
  }
  return plans;
}

/**
 * A length's number in the field's unit (setLengthUnits), or null when the text is no length or the
 * field has no unit. A converted value keeps the precision it was written with: 52,000 miles is
 * 83,686 km, not 83,685.888 (a whole number stays whole, a decimal keeps one place).
 */
export function lengthIn(plan: FieldPlan, text: string, numbers?: NumberStyle): number | null {
  const unit = UNITS.get(plan);
  const length = unit ? readLength(text, numbers) : null;
  if (!unit || !length) return null;
  if (length.unit === unit) return length.value;
  const converted = unit === "km" ? length.value * KM_PER_MI : length.value / KM_PER_MI;
  return Number.isInteger(length.value) ? Math.round(converted) : Math.round(converted * 10) / 10;
}
