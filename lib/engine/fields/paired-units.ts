/**
 * One value in two units: "462 (1,516)" under a header "Height m (ft)", or "462 m (1,516 ft)" in
 * the cell. The parenthesised figure is the second unit's: a field that names that unit ("heightFt")
 * takes it, not the first figure every other number field reads.
 */
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";
import { parseNumber, type NumberStyle } from "./values";

const NUM = String.raw`[-−]?\d[\d.,\u00a0\u202f ]*`;
/** "462 (1,516)", "462 m (1,516 ft)", "7 °C (45 °F)": a figure, maybe a unit, and another in brackets. */
const PAIRED = new RegExp(String.raw`^(${NUM})\s*([^\d\s()][^\d()]{0,11}?)?\s*\((${NUM})\s*([^\d\s()][^\d()]{0,11}?)?\)$`, "u");
/** A header's last two words as "m (ft)" or "m / ft": its values' units. */
const HEADER_UNITS = /([^\s()/]{1,12})\s*(?:\(\s*([^\s()/]{1,12})\s*\)|\/\s*([^\s()/]{1,12}))\s*$/u;

/** Spellings of one unit, so "heightFeet" names a header's "ft". */
const SAME_UNIT: string[][] = [
  ["m", "metre", "metres", "meter", "meters"],
  ["ft", "feet", "foot"],
  ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"],
  ["mi", "mile", "miles"],
  ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
  ["lb", "lbs", "pound", "pounds"],
  ["c", "celsius"],
  ["f", "fahrenheit"],
  ["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
  ["in", "inch", "inches"],
];
const spellings = (unit: string): string[] => {
  const [t = ""] = tokens(unit);
  return SAME_UNIT.find((s) => s.includes(t)) ?? [t];
};

/**
 * The figure a number field takes from a value shown in two units, or null when the value is not
 * so shown or the field names neither unit (it then reads the first figure, as any number field).
 */
export function pairedUnitValue(plan: FieldPlan, piece: Piece, v: string, numbers?: NumberStyle): number | null {
  const m = PAIRED.exec(v.trim());
  if (!m) return null;
  const header = piece.label ? HEADER_UNITS.exec(piece.label) : null;
  const first = m[2]?.trim() || header?.[1];
  const second = m[4]?.trim() || header?.[2] || header?.[3];
  if (!first || !second) return null;
  const own = tokens(plan.spec.name);
  const names = (unit: string) => spellings(unit).some((s) => own.includes(s));
  const [a, b] = [names(first), names(second)];
  if (a === b) return null;
  return parseNumber((a ? m[1]! : m[3]!).replace(/−/g, "-"), false, numbers);
}
