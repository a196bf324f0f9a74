/**
 * Lengths of time written as a clock, as players and episode lists show them: a podcast's "1:02:15",
 * a track's "3:45". Only for a field that counts time (durations.ts's unit), and never what reads as a
 * 24-hour time of day ("06:29", "14:05": a train's departure beside its "4h 03m"). Two parts are
 * minutes and seconds, as media write them, unless the field counts hours ("durationHours" of "1:30" is 1.5).
 */
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,3}):([0-5]\d)$/;

/** The length `t` gives, in units of `unit` seconds, or null when `t` is not a clock's length. */
export function readClockDuration(t: string, unit: number): number | null {
  const m = CLOCK.exec(t);
  if (!m) return null;
  const [a, b, c] = [m[1], m[2]!, m[3]!].map((p) => (p === undefined ? undefined : Number(p)));
  // "1:02:15" is h:mm:ss, where its middle part is under 60 as a clock's minutes are.
  if (a !== undefined) return b! < 60 ? (a * 3600 + b! * 60 + c!) / unit : null;
  if (/^\d\d$/.test(m[2]!) && b! < 24) return null;
  return unit === 3600 ? (b! * 3600 + c! * 60) / unit : (b! * 60 + c!) / unit;
}
