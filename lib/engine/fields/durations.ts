/**
 * Lengths of time as listings write them: a film's "2h 46m", a train's "4h 03m", a talk's "45 min",
 * a track's "3 min 20 s". A number field takes them in the unit its name says (minutes unless it
 * says hours or seconds): the first number of "2h 46m" is not a runtime of 2.
 */
import { readClockDuration } from "./clock-durations";

const DURATION =
  /^(?:(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|std\.?|stunden?)\.?\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:m|mins?|minutes?|minuten?)\.?\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:s|secs?|seconds?|sek\.?|sekunden?)\.?)?$/iu;

/** Words of a number field that counts time, with the seconds in its unit. */
const UNITS: [RegExp, number][] = [
  [/^(?:seconds?|secs?)$/, 1],
  [/^(?:hours?|hrs?)$/, 3600],
  [/^(?:minutes?|mins?|runtime|duration|length|playtime)$/, 60],
];

/** The seconds in the unit a field's own words count time in ("runtimeMinutes": 60), or undefined. */
export function durationUnitOf(words: readonly string[]): number | undefined {
  for (const [re, unit] of UNITS) if (words.some((w) => re.test(w))) return unit;
  return undefined;
}

/**
 * The length of time the whole text gives, in units of `unit` seconds (60, minutes, when the field
 * names no unit), or null when the text is not a length of time. "5 m" is as likely metres: a text
 * with one part is a length of time only for a field that counts time.
 */
export function readDuration(text: string, unit: number | undefined): number | null {
  const t = text.replace(/\s+/g, " ").trim();
  const clock = unit !== undefined ? readClockDuration(t, unit) : null;
  if (clock !== null) return clock;
  const m = t.length <= 30 ? DURATION.exec(t) : null;
  if (!m || !t) return null;
  const parts = [m[1], m[2], m[3]].map((p) => (p === undefined ? undefined : Number(p.replace(",", "."))));
  if (parts.filter((p) => p !== undefined).length < (unit === undefined ? 2 : 1)) return null;
  const [h = 0, min = 0, s = 0] = parts;
  return (h * 3600 + min * 60 + s) / (unit ?? 60);
}
