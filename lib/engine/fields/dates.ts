/**
 * Dates and times as the page writes them → ISO 8601: ISO itself, month names in English, French,
 * German, Spanish and Italian, numeric dates, times of day with their zone (date-clock.ts), and
 * "3 days ago".
 */
import { clean } from "./values";
import { lookup } from "../lookup";
import { ZONE_AFTER, clockNear, offsetText, pad, zoneNameOffset } from "./date-clock";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * Month names in French, German, Spanish, Italian and Dutch (full and usual abbreviations) whose
 * first three letters are not the English ones: "12 mars 2024", "3. März 2024", "5 de mayo de 2024".
 */
const FOREIGN_MONTHS = lookup<number>({
  janvier: 1, janv: 1, januar: 1, jänner: 1, januari: 1, enero: 1, ene: 1, gennaio: 1, genn: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, februar: 2, februari: 2, febrero: 2, febbraio: 2,
  mars: 3, märz: 3, maerz: 3, mrz: 3, maart: 3, marzo: 3,
  avril: 4, avr: 4, abril: 4, abr: 4, aprile: 4,
  mai: 5, mei: 5, mayo: 5, maggio: 5, magg: 5,
  juin: 6, juni: 6, junio: 6, giugno: 6, giu: 6,
  juillet: 7, juil: 7, juli: 7, julio: 7, luglio: 7, lug: 7,
  août: 8, aout: 8, augustus: 8, agosto: 8, ago: 8,
  septembre: 9, septiembre: 9, setiembre: 9, settembre: 9, sett: 9,
  octobre: 10, oktober: 10, okt: 10, octubre: 10, ottobre: 10, ott: 10,
  novembre: 11, noviembre: 11,
  décembre: 12, decembre: 12, déc: 12, dezember: 12, dez: 12, diciembre: 12, dic: 12, dicembre: 12,
});
const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?(?![\\p{L}])`;
/** "June 14, 2023", "Sept. 3rd 2024". */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "u");
/** "14 Jun 2023", "the 3rd of March, 2024", "12 mars 2024", "1er mai 2024", "3. März 2024", "5 de mayo de 2024". */
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})\\b`, "u");

/**
 * A date in the text as ISO 8601 (YYYY-MM-DD, or a full timestamp for `date-time`). Understands
 * ISO, "June 14, 2023", "14 Jun 2023", numeric dates (day first when the first part is > 12 or the
 * parts are separated by dots or `dayFirst` says so, else month first as in US English), and "3 days ago" / "yesterday"
 * relative to `now`. For `date-time`, a time of day written next to the date ("June 14, 2024 at
 * 3:45 PM", "14.06.2024 15:45") is kept; see `clockNear` for how its time zone is read.
 */
export function parseDate(text: string, format: "date" | "date-time" = "date", now = new Date(), dayFirst?: boolean): string | null {
  const shown = clean(text);
  // Lower case letter by letter, so that positions in `t` are positions in `shown` ("İ" stays).
  const t = shown.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
  // A time written "15h45" is French or European: an "ET" or "EST" after it is the word ("and",
  // "is"), never a US zone, even in capitals ("LE 12 MARS À 15H45 ET 17H00").
  const european = /\b\d{1,2}h\d{2}\b/i.test(shown);
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  // An ISO timestamp whose time Date cannot read ("T25:00") leaves the date at midnight.
  let isoTime = false;
  let m: RegExpExecArray | null;
  // The zone may follow the time after a space, as "utc"/"gmt" or an offset of hours ("+02:00", "-05").
  if ((m = /\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(?:\s?(z|utc|gmt)\b)?(?:\s?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:]))?)?/.exec(t))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!realDay(y, mo, d)) return null;
    if (m[4] && format === "date-time") {
      // No zone written the ISO way: a zone name may follow ("2024-01-15 10:00 EST").
      const end = m.index + m[0].length;
      const name = m[6] || m[7] ? null : ZONE_AFTER.exec(t.slice(end));
      const named = name ? zoneNameOffset(name, shown.slice(end), { y, mo, d }, 1, european) : undefined;
      const zone = m[7] ? `${m[7]}${m[8]!.padStart(2, "0")}:${m[9] ?? "00"}` : named !== undefined ? offsetText(named) : "Z";
      const iso = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4].length === 5 ? `${m[4]}:00` : m[4]}${m[5] ?? ""}${zone}`);
      if (!Number.isNaN(iso.getTime())) return iso.toISOString();
    }
    isoTime = Boolean(m[4]);
  } else if ((m = MONTH_DAY_YEAR.exec(t))) {
    [y, mo, d] = [Number(m[3]), monthOf(m[1]!), Number(m[2])];
  } else if ((m = DAY_MONTH_YEAR.exec(t))) {
    [y, mo, d] = [Number(m[3]), monthOf(m[2]!), Number(m[1])];
  } else if ((m = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(t))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    y = m[4]!.length === 2 ? fullYear(Number(m[4]), now) : Number(m[4]);
    // Day first when it cannot be a month, or when the date itself is written with dots (European
    // "03.04.2024"); a dot elsewhere in the text ("by J. Smith") says nothing about the date.
    // A page that writes the day first (date-order.ts: its other dates, its language) reads "04/01" so.
    [d, mo] = a > 12 || m[2] === "." || (dayFirst === true && b <= 12) ? [a, b] : [b, a];
  } else if ((m = DAY_WORD.exec(t))) {
    // "Today 09:15", "Hier, 19:30": the day by the calendar, at the time written beside it.
    const day = new Date(now.getTime() - (YESTERDAY.test(m[1]!) ? 86_400_000 : 0));
    [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (format === "date-time" && !clockNear(t, shown, m.index, m.index + m[0].length, { y, mo, d }, european)) return day.toISOString();
  } else {
    const rel = relative(t, now);
    if (rel) return format === "date" ? rel.toISOString().slice(0, 10) : rel.toISOString();
    return null;
  }
  if (!realDay(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (format === "date") return date;
  const clock = isoTime ? null : clockNear(t, shown, m.index, m.index + m[0].length, { y, mo, d }, european);
  if (!clock) return `${date}T00:00:00Z`;
  const at = new Date(Date.UTC(y, mo - 1, d, clock.h, clock.mi, clock.s) - clock.offset * 60_000);
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * A two-digit year: in this century up to ten years ahead of `now` ("12/25/30" in 2026 is 2030),
 * else in the last ("12/25/99" is 1999, a birth or founding year, not 2099).
 */
function fullYear(yy: number, now: Date): number {
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  return century + yy > now.getUTCFullYear() + 10 ? century - 100 + yy : century + yy;
}

const monthOf = (name: string) => FOREIGN_MONTHS[name] ?? MONTHS.indexOf(name.slice(0, 3)) + 1;

/** A weekday before a date: "Sat 28 Nov", "Friday, March 3". */
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[\\p{L}]*\\.?,?\\s+)?";
/** "Nov 28", "mar. 3", "November 28th" as the whole text. */
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "u");
/** "28 nov.", "28. November", "the 3rd of March" as the whole text. */
const DAY_MONTH = new RegExp(`^${WEEKDAY}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH}$`, "u");

/**
 * The month and day of a text that is a date without its year and nothing else ("28 nov.", "Nov 28",
 * "28. November"); null for any other text. parseDate reads no such date: the year is not written,
 * and only the page around it can tell it (year-less.ts).
 */
export function parseDayMonth(text: string): { mo: number; d: number } | null {
  const t = clean(text).toLowerCase();
  const m = MONTH_DAY.exec(t);
  const n = m ? null : DAY_MONTH.exec(t);
  const [mo, d] = m ? [monthOf(m[1]!), Number(m[2])] : n ? [monthOf(n[2]!), Number(n[1])] : [0, 0];
  // 29 February is a day of leap years only: any other day is one of every year.
  return mo && realDay(2024, mo, d) ? { mo, d } : null;
}

/**
 * Whether the year, month and day name a day of the calendar. `new Date("2023-02-31T00:00:00Z")`
 * rolls over to 3 March instead of failing, so "Feb 31, 2023" would pass as a date and Ajv's
 * `format: date` would then drop the whole row; the day must come back out of Date.UTC unchanged.
 */
function realDay(y: number, mo: number, d: number): boolean {
  if (!y || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/**
 * Today and yesterday in the languages whose months are read: in those only as the text's start and
 * before a time or alone ("Hier, 19:30", "heute um 10:24"), as they are words of sentences too
 * ("Heute bestellen", German "hier" is "here"), and a line that holds more ("Lyon 69003 ·
 * Aujourd'hui, 10:24") is not the date's own element.
 */
const DAY_WORD = /(?<![\p{L}])(today|yesterday|(?<=^\s*)(?:aujourd['’]hui|heute|gestern|hoy|ayer|oggi|ieri|hier)(?=\s*(?:,|à\s|um\s|a las\s|alle\s|\d|$)))(?![\p{L}])/u;
const YESTERDAY = /^(?:yesterday|hier|gestern|ayer|ieri)$/;

const SHORT_UNITS = lookup<string>({ s: "second", m: "minute", h: "hour", d: "day", w: "week", mo: "month", y: "year" });
/** "3 hours ago", "2 days ago", "2d ago", "a month ago" (by the calendar), "yesterday", "just now". */
function relative(t: string, now: Date): Date | null {
  const day = 86_400_000;
  if (/\btoday\b|\bjust now\b|\bmoments? ago\b/.test(t)) return now;
  if (/\byesterday\b/.test(t)) return new Date(now.getTime() - day);
  // Job boards and feeds abbreviate: "2d ago", "3h ago", "1w ago", "5mo ago" ("m" is minutes there).
  const m = /\b(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/.exec(t) ?? /\b(\d+)\s?(mo|[smhdwy])\s+ago\b/.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = SHORT_UNITS[m[2]!] ?? m[2]!;
  if (unit === "month" || unit === "year") {
    const at = new Date(now);
    if (unit === "month") at.setUTCMonth(at.getUTCMonth() - n);
    else at.setUTCFullYear(at.getUTCFullYear() - n);
    return at;
  }
  const ms = { second: 1e3, sec: 1e3, minute: 6e4, min: 6e4, hour: 36e5, hr: 36e5, day, week: 7 * day }[unit]!;
  return new Date(now.getTime() - n * ms);
}

/** Words a date's text may hold besides the date: months, weekdays, "ago", "posted on"… */
const DATE_WORDS =
  /(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|now|just|ago|an?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|st|nd|rd|th|am|pm|utc|gmt|posted|published|updated|added|listed|created|modified|date|dated|on|at|since|of|the|in)(?![\p{L}])/giu;

/** Whether the text is a date and nothing else (no name, no title beside it). */
export const onlyDate = (text: string) => !/\p{L}/u.test(text.replace(DATE_WORDS, ""));
