/**
 * Times of day written beside a date ("June 14, 2024 at 3:45 PM EST", "14.06.2024 15h45") and
 * their zones, for parseDate (dates.ts).
 */
import { lookup } from "../lookup";

export const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Zone names whose offset is not in doubt, in minutes from UTC. Left out: names that stand for
 * several zones (CST: US Central or China; IST: India, Israel or Ireland; BST: British Summer or
 * Bangladesh; AST) and names that are also words ("west", "wet", "eat", "met").
 */
const ZONE_OFFSETS = lookup<number>({
  est: -300, edt: -240, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600,
  cet: 60, cest: 120, mez: 60, mesz: 120, eet: 120, eest: 180, msk: 180,
  jst: 540, kst: 540, hkt: 480, sgt: 480, awst: 480, acst: 570, acdt: 630, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
});
/** US zones named without standard or daylight ("7 PM ET"): their standard offset, daylight time adds an hour. */
const US_ZONES = lookup<number>({ et: -300, ct: -360, mt: -420, pt: -480 });
/** Zones of the Americas: never after a time written the European way ("15h45"). */
const AMERICAN = new Set(["est", "edt", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "et", "ct", "mt", "pt"]);
const ZONE_NAME = `(${[...Object.keys(ZONE_OFFSETS), ...Object.keys(US_ZONES)].sort((a, b) => b.length - a.length).join("|")})`;

/** A zone name right after an ISO time ("2024-01-15 10:00 EST"), as the clock reads one. */
export const ZONE_AFTER = new RegExp(`^\\s?\\(?${ZONE_NAME}\\b\\)?`, "d");
export const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** A time of day, "3:45 pm", "15:45:10", "3 p.m.", then a zone: "utc", "gmt+2", " -05:00", "EST", "CEST", "ET". */
const CLOCK =
  "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)(?:\\s*([ap])\\.?m\\b\\.?)?|(\\d{1,2})\\s*([ap])\\.?m\\b\\.?)" +
  "(?:\\s*(?:z|utc|gmt)\\b(?:\\s?([+−-]\\d{1,2}(?::?\\d{2})?)(?![\\d:]))?|\\s([+−-]\\d{2}:?\\d{2})(?![\\d:])|\\s?\\(?" +
  ZONE_NAME +
  "\\b\\)?)?";
const CLOCK_AFTER = new RegExp(`^,?\\s*(?:(?:at|@|um|à|[-–—|·])\\s*)?${CLOCK}`, "d");
/** Other ways to write a time: "15h45" (French), "7.30pm" (British). */
const clockSpellings = (t: string) => t.replace(/\b(\d{1,2})h(\d{2})\b/g, "$1:$2").replace(/\b(\d{1,2})\.(\d{2})(\s*[ap]\.?m\b)/g, "$1:$2$3");
const CLOCK_BEFORE = new RegExp(`(?<![\\d:.])${CLOCK}\\s*,?\\s*(?:on\\s+|[-–—|·]\\s*)?$`, "d");

/**
 * The time of day written right after the date (or right before it), in hours, minutes, seconds
 * and the zone's offset from UTC in minutes. A time without a zone is read as UTC, as the date
 * alone already is (midnight "Z"): pages seldom say their zone, and the server's or the reader's
 * zone would make the value depend on where the engine runs. An explicit "Z", "UTC" or "GMT"
 * (also "UTC+2", "GMT-05:00"), a numeric offset set apart from the time ("3:45 PM -05:00") or a
 * zone name of one meaning (ZONE_OFFSETS; "7 PM ET" by the US daylight-saving calendar) is
 * honoured. A name counts only in capitals, as zones are written: "15h45 et" is French for "and".
 * A bare offset must follow a space so that "9:00-12:00" stays a range of hours.
 * `t` is the lowercased text and `original` the same text before lowercasing (for the capitals).
 */
export function clockNear(
  t: string,
  original: string,
  start: number,
  end: number,
  day: { y: number; mo: number; d: number },
  european = false,
): { h: number; mi: number; s: number; offset: number } | null {
  let g = CLOCK_AFTER.exec(clockSpellings(t.slice(end)));
  let shown = original.slice(end);
  if (!g) {
    g = CLOCK_BEFORE.exec(clockSpellings(t.slice(0, start)));
    shown = original.slice(0, start);
  }
  if (!g) return null;
  let h = Number(g[1] ?? g[5]);
  const [mi, s] = [Number(g[2] ?? 0), Number(g[3] ?? 0)];
  const half = g[4] ?? g[6];
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === "p" ? 12 : 0);
  } else if (h > 23) return null;
  if (mi > 59 || s > 59) return null;
  const named = g[9] ? zoneNameOffset(g, shown, day, 9, european) : undefined;
  if (named !== undefined) return { h, mi, s, offset: named };
  const zone = /^([+−-])(\d{1,2})(?::?(\d{2}))?$/.exec(g[7] ?? g[8] ?? "+0");
  const offset = Number(zone?.[2]) * 60 + Number(zone?.[3] ?? 0);
  if (!zone || Number(zone[3] ?? 0) > 59 || offset > 14 * 60) return null;
  return { h, mi, s, offset: zone[1] === "+" ? offset : -offset };
}

/** The offset of the zone name the clock matched (group 9), when the text writes it in capitals. */
export function zoneNameOffset(g: RegExpExecArray, shown: string, day: { y: number; mo: number; d: number }, group = 1, european = false): number | undefined {
  const [from, to] = g.indices![group]!;
  const name = g[group]!;
  if (shown.slice(from, to) !== name.toUpperCase()) return undefined;
  if (european && AMERICAN.has(name)) return undefined;
  if (name in ZONE_OFFSETS) return ZONE_OFFSETS[name];
  return US_ZONES[name]! + (usDaylightTime(day.y, day.mo, day.d) ? 60 : 0);
}

/**
 * Whether US daylight-saving time is in force on the day: from the second Sunday of March to the
 * first Sunday of November (the rule since 2007). The changeover days themselves count as the
 * later state, as most of their hours are.
 */
export function usDaylightTime(y: number, mo: number, d: number): boolean {
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const key = mo * 100 + d;
  return key >= 300 + nthSunday(3, 2) && key < 1100 + nthSunday(11, 1);
}
