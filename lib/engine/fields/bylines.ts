/**
 * Bylines: "By Jordan P. · 3 days ago", "Reviewed by Jordan P.", "– Jordan P.". The text names a
 * person (or a firm) by what it did, and a field named after that doer ("reviewer", "author",
 * "reviewerName", "postedBy") takes the name alone, without the "By" before it or the date after.
 *
 * Which doer a "<verb> by" names is read from the words themselves (byline-doers.ts), not from a list of pairs: the
 * verb and the field's noun share their stem ("reviewed" / "reviewer", "hosted" / "host",
 * "organized" / "organizer"); a few verbs are irregular ("written" / "writer", "sold" / "seller").
 * A bare "By" or a dash names whoever the record is by: any doer field takes it. A date may come
 * first, as a forum's last post writes it ("3 Jan 2019 by admin"): a doer takes the name, a date
 * field the date alone.
 */

import { onlyDate, parseDate, parseDayMonth } from "./dates";
import { namesPlace } from "./places";
import { verbStem, type BylinePlan } from "./byline-doers";

export interface Byline {
  /** The participle's stem ("review"), or null for a bare "By" or a dash. */
  verb: string | null;
  name: string;
}

/**
 * "By", "Reviewed by", "Medically reviewed by:" at the start of the text; the rest after it. Also
 * the "by" of news sites in French, German, Spanish, Dutch and Swedish ("Par Claire Dubois", "Von
 * Anna Schmidt", "Por María García", "Door Jan de Vries", "Av Erik Berg"); not the Italian "di" or
 * "da", which start surnames ("Di Caprio", "Da Silva").
 */
const BY = /^(?:(?:\p{L}+\s+)?(\p{L}+)\s+)?(?:by|par|von|por|door|av)\b\s*:?\s*(\S.*)$/isu;
/**
 * "– Jordan P.", "— Ann Lee, Berlin": an attribution after a dash; "© Nima Sarikhani / Agency",
 * "© 2026 Ann Lee": a picture's credit after the copyright sign.
 */
const DASH = /^(?:[–—~-]|©(?:\s*\d{4})?)\s*(\p{Lu}.*)$/su;
/** "Photo: Ana Pereira", "Credit: Jonas Berg", "Foto: Lena Weiß": a picture's credit line. */
const CREDIT = /^(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Cc]r[eé]dit|[Ff]oto|[Bb]ild|PHOTO|CREDIT)\s*:\s*(\p{Lu}.*)$/su;
/**
 * Where the name stops: a separator, a date after it, a place or a venue ("on", "in", "at"). Not
 * "and": "by Ann Lee and Bob Stone" is by both.
 */
const NAME_END = /\s*[·•|,;()[\]]\s*|\s+\/\s+|\s+[-–—]\s+|\s+(?:on|at|in|from|for|via|with)\s+|\s+\d|\s+(?:yesterday|today|just|ago|about)\b/iu;
/**
 * A name written surname first, as library catalogues and reference lists do: "Wallace-Wells, David",
 * "Robinson, Kim Stanley" ("Gates, Bill, 1955-" without the years). The comma is inside the name,
 * not after it; a one-word surname tells it from "Ann Lee, Reuters", and a forename is no job.
 */
const INVERTED = /^\p{Lu}[\p{L}'’-]+, (?!(?:Staff|Senior|Special|Chief|Contributing|Associated|Editor|Writer|Reporter|Correspondent|Jr|Sr)\b)\p{Lu}[\p{Ll}'’-]*\.?(?: \p{Lu}[\p{Ll}'’-]*\.?)?(?=$|[,;·•|()]|\s+[-–—(\d])/u;
/** Words after "by" that are no one's name: "by hand", "by appointment", "by the sea". */
const NOT_NAMES = /^(?:the|a|an|this|that|these|those|my|our|your|its|his|her|their|hand|far|way|default|design|appointment|request|email|phone|post|mail|category|date|price|name|popularity|relevance|rating)$/i;

/** Small words inside a name or between two: "Ludwig van Beethoven", "Ann Lee and Bob Stone". */
const PARTICLES = new Set(["and", "&", "van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "al", "y"]);

/**
 * What was done, when, then by whom: "#812 opened 3 days ago by lena-k", "submitted 5 hours ago by
 * spez" (issue trackers, link aggregators). The words between the verb and "by" must say when.
 */
const DONE_WHEN_BY = /^(?:#\d+\s+)?(\p{L}+)\s+((?:\S+\s+){0,3}?\S+)\s+by\s+(\S.*)$/u;
const WHEN = /\d|\b(?:ago|yesterday|today|last|this|week|month|year|hour|minute|now|on)\b/i;

function doneWhenBy(t: string): Byline | null {
  const m = DONE_WHEN_BY.exec(t);
  return m && verbStem(m[1]!) && WHEN.test(m[2]!) ? readByline(`${m[1]} by ${m[3]}`) : null;
}

/** "3 Jan 2019 by admin", "Today 09:15, by Ann Lee": a date, then who did it (a forum's last post). */
const DATE_THEN_BY = /^(.{1,40}?)[\s,;·•|–—-]+by\s+(\S.*)$/isu;

/**
 * The date and the byline of a text that writes the date first ("3 Jan 2019 by admin"); null for
 * any other text. The part before "by" must be a date and nothing else, so "Made in 2019 by Acme"
 * or "Sort by date" are not read.
 */
export function splitDateByline(text: string): { date: string; byline: Byline } | null {
  const m = DATE_THEN_BY.exec(text.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const date = m[1]!.trim();
  if (!/\d/.test(date) && !/\b(?:today|yesterday)\b/i.test(date)) return null;
  if (!onlyDate(date) || !parseDate(date)) return null;
  const byline = readByline(`by ${m[2]}`);
  return byline ? { date, byline } : null;
}

/** The name a byline gives and the verb before it, or null when the text is no byline. */
export function readByline(text: string): Byline | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t || t.length > 120) return null;
  const by = BY.exec(t);
  const dash = by ? null : (DASH.exec(t) ?? CREDIT.exec(t));
  if (!by && !dash) return splitDateByline(t)?.byline ?? doneWhenBy(t);
  const word = by?.[1];
  // A noun before "by" ("Photo by", "A talk by") is a bare byline; a participle says what was done.
  const verb = word ? verbStem(word) : null;
  // Two words before "by" only when the second is the participle ("Medically reviewed by").
  if (by && /^\S+\s+\S+\s+by\b/i.test(t) && !verb) return null;
  const rest = (by ? by[2] : dash![1])!;
  // A full stop stays after an initial ("Jordan P."), not after a whole word ("By Ann Lee.").
  const inverted = INVERTED.exec(rest);
  const cut = inverted ? inverted[0] : rest.split(NAME_END)[0]!.trim().replace(/[:,;]+$/, "");
  const name = /(?:^|\s)\p{Lu}\.$/u.test(cut) ? cut : cut.replace(/\.+$/, "");
  if (!name || name.length > 60 || !/\p{L}/u.test(name)) return null;
  const words = name.split(" ");
  if (words.length > (dash ? 4 : 6) || NOT_NAMES.test(words[0]!)) return null;
  // A name is written with capitals ("Jordan P.", "Ludwig van Beethoven", "Ann Lee and Bob Stone"), or
  // is a user's handle ("pg", "@ann", "u/spez"): "By Christmas it had broken" is a sentence.
  const handle = words.length === 1 && /^(?:@|u\/)?[\p{Ll}\d_.-]{2,24}$/u.test(name);
  const capitals = words.every((w) => /^[@\p{Lu}]/u.test(w) || PARTICLES.has(w));
  if (!/^[@\p{Lu}]/u.test(name) ? !handle : !capitals) return null;
  if (dash && !/^\p{Lu}/u.test(name)) return null;
  return { verb, name };
}

/** Whether a field planned so takes this byline: its verb names the field, or it is bare. */
export function takesByline(plan: BylinePlan, byline: Byline): boolean {
  if (plan.any || byline.verb === null) return true;
  return plan.verbs.has(byline.verb);
}

export interface BylineDate {
  name: string;
  /** The date as the line shows it ("3 days ago", "12 March 2026"). */
  date: string;
}

/** A name, an attribution dash, a date: "Jordan P. — 12 March 2026". */
const NAME_DASH_DATE = /^(.+?)\s+[–—]\s+(.+)$/u;
/** What joins the name to the date: a separator, "on", "at". */
const JOIN = /^(?:[·•|,;:–—-]\s*|(?:on|at)\s+)+/iu;
/** A person's name without a "By": two to four capitalised words ("Ann Lee", "Jordan P."), no digits. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The name and the date a line gives, when it gives nothing else; null otherwise. A name before a
 * dash with no "By" ("Jordan P. — 12 March 2026") counts only when the element is known to be a
 * byline (`bare`, from its class): otherwise "Royal Albert Hall — 3 May" (a venue, as event lists
 * write it) would read as an author. Even there, a place's name before the dash is a dateline, not
 * an author ("New York — 12 March", namesPlace).
 */
export function splitBylineDate(text: string, bare = false): BylineDate | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t || t.length > 100) return null;
  // "3 Jan 2019 by admin": the date first, as a forum's last post writes it.
  const first = splitDateByline(t);
  if (first) return { name: first.byline.name, date: first.date };
  let name: string | null = null;
  let rest = "";
  const by = readByline(t);
  const at = by ? t.indexOf(by.name) : -1;
  if (by && at >= 0) {
    name = by.name;
    rest = t.slice(at + by.name.length);
  } else if (bare) {
    // Without a "By", only a dash attributes: "Main Hall · 12 March" is a venue and a date.
    const m = NAME_DASH_DATE.exec(t);
    const bare = m && PERSON.test(m[1]!) && !namesPlace(m[1]!) ? readByline(`By ${m[1]}`) : null;
    if (bare && bare.name === m![1]) {
      name = bare.name;
      rest = m![2]!;
    }
  }
  if (!name) return null;
  const date = rest.trim().replace(JOIN, "").trim();
  // ("By Ana — 3 May": this year's day, without its year; year-less.ts gives it one.)
  return date && onlyDate(date) && (parseDate(date) || parseDayMonth(date)) ? { name, date } : null;
}
