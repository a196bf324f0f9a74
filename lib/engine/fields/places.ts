/**
 * Places written as plain text: a news dateline ("New York — 12 March"), an event's venue
 * (`<span>Royal Albert Hall, London</span>`). Nothing labels them; their words and their shape say
 * what they are.
 */
import { parseDate } from "./dates";
import { MONEY } from "./numbers";

/** First words of a place's name, never of a person's: "New York", "San Francisco", "Lake Placid". */
const PLACE_FIRST = new Set(["new", "san", "santa", "santo", "são", "los", "las", "st", "st.", "saint", "sainte", "fort", "port", "mount", "mt", "mt.", "lake", "north", "south", "east", "west", "upper", "lower"]);
/** Words of a place's name that are no one's surname: "Salt Lake City", "Madison Square Garden". */
const PLACE_WORDS = new Set([
  ...["city", "village", "county", "beach", "bay", "island", "islands", "centre", "center", "avenue", "square", "valley", "heights", "springs", "falls", "harbor", "harbour"],
  ...["stadium", "arena", "theatre", "theater", "gardens", "palace", "museum", "cathedral", "abbey", "station", "airport", "campus", "university", "college"],
]);
/** Words of a venue's name that are surnames too ("Wigmore Hall", but Ann Hall): a venue field reads them, a byline does not. */
const VENUE_WORDS_TOO = new Set([
  ...["hall", "park", "church", "castle", "bridge", "street", "road", "club", "venue", "pavilion", "auditorium", "ballroom", "library", "gallery", "opera"],
  ...["lounge", "pub", "café", "cafe", "plaza", "grounds", "dome"],
]);
const wordsOf = (name: string) => name.split(" ").map((w) => w.toLowerCase().replace(/[,;]$/, ""));

/** A dateline's place in capitals ("NEW YORK", "WASHINGTON"), or a name with a place's word in it. */
export const namesPlace = (name: string): boolean =>
  (/\p{Lu}{2}/u.test(name) && name === name.toUpperCase()) || PLACE_FIRST.has(wordsOf(name)[0]!) || wordsOf(name).some((w) => PLACE_WORDS.has(w));

/** Small words inside a place's name: "Palace of Westminster", "Rue de la Paix". */
const SMALL = /^(?:of|the|on|upon|de|del|la|le|les|du|der|am|an|im|and|&|at|y|e)$/i;
/** What ends a firm's name, not a place's: "Acme, Inc.". */
const FIRM = /^(?:inc|ltd|llc|gmbh|co|corp|plc|sa|ag|bv|srl|pty)\.?$/i;

/** A word of a place's name: a capital, then small letters ("Soho", "Scott's"), not an acronym or a number. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]*\p{Ll}[\p{Ll}'’.-]*$/u;
/** The town after the comma: one word ("London"), two after a place's first word ("New York"), or a code ("MA", "USA"). */
const town = (part: string) => {
  const ws = part.split(" ");
  return ws.length === 1 ? NAME_WORD.test(ws[0]!) || /^\p{Lu}{2,3}$/u.test(ws[0]!) : ws.length === 2 && PLACE_FIRST.has(ws[0]!.toLowerCase()) && ws.every((w) => NAME_WORD.test(w));
};

/**
 * Whether a short text reads as a place and nothing else: names' words (a capital, then small
 * letters) and either a name and its town after a comma ("Royal Albert Hall, London", "Ronnie
 * Scott's, Soho", "Boston, MA") or a place's word ("Wigmore Hall"). No digits, acronyms, labels or
 * sentences: "APPLY NOW", "15% OFF", "CD, VCD, DVD" are other things.
 */
export function readsAsPlace(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length < 3 || t.length > 60 || /[\d%:!?]|\.$/.test(t) || MONEY.test(t) || parseDate(t) !== null) return false;
  const parts = t.split(/\s*,\s*/);
  if (parts.length > 3 || parts.some((p) => !p)) return false;
  const name = parts.slice(0, parts.length > 1 ? -1 : undefined).flatMap((p) => p.split(" "));
  if (name.length > 6 || !name.every((w) => NAME_WORD.test(w) || SMALL.test(w)) || FIRM.test(parts[parts.length - 1]!)) return false;
  if (parts.length > 1) return parts.slice(1).every(town);
  return PLACE_FIRST.has(wordsOf(t)[0]!) || wordsOf(t).some((w) => PLACE_WORDS.has(w) || VENUE_WORDS_TOO.has(w));
}

/** Words of a field that holds where a record takes place: a venue, not a city or a region. */
export const VENUE_WORDS = /^(?:venue|location|place|where)$/;
