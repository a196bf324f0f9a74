/**
 * A direction written as a compass point: a wind's "SW" before its speed ("SW 19 km/h"), a
 * "North-east" alone. A field named for the direction takes the point; the speed in the same text
 * is another field's.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** The sixteen points, and the eight spelled out ("North-east", "northwest"). */
const POINT = String.raw`(?:[NS]|NNE|NE|ENE|E|ESE|SE|SSE|SSW|SW|WSW|W|WNW|NW|NNW|north|south|east|west|(?:north|south)[- ]?(?:east|west))`;
/** The point alone, or before or after a figure ("SW 19 km/h", "19 km/h NW", "from the SW"). */
const ALONE = new RegExp(String.raw`^(?:from (?:the )?)?(${POINT})$`, "i");
const BEFORE = new RegExp(String.raw`^(?:from (?:the )?)?(${POINT})\s*\d`, "i");
const AFTER = new RegExp(String.raw`\d[^\d]*?\s(${POINT})$`, "i");
/** Words of a field holding a direction. */
const DIRECTION_WORDS = /^(?:direction|bearing|dir)$/;

/** Whether the field asks for a direction ("windDirection", "wind_dir"). */
export function namesDirection(plan: FieldPlan): boolean {
  if (plan.kind !== "text") return false;
  let says = NAMES.get(plan);
  if (says === undefined) NAMES.set(plan, (says = tokens(plan.spec.name).some((w) => DIRECTION_WORDS.test(w))));
  return says;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const NAMES = new WeakMap<FieldPlan, boolean>();

/** The compass point a short text writes ("SW", "W 19 km/h" → "W"); null when it writes none. */
export function compassPoint(text: string): string | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 40) return null;
  const point = (ALONE.exec(t) ?? BEFORE.exec(t) ?? AFTER.exec(t))?.[1];
  if (!point) return null;
  // A lone capital is a point only written in capitals: "e 5" is no east.
  return point.length <= 3 && point !== point.toUpperCase() ? null : point;
}

/** A direction and a number (the wind's speed) read the same text, each its own part. */
export const shareCompassText = (a: FieldPlan, b: FieldPlan): boolean => (namesDirection(a) && b.kind === "number") || (a.kind === "number" && namesDirection(b));
