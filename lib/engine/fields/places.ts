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
  ...["studio", "studios", "lounge", "bar", "pub", "café", "cafe", "house", "court", "plaza", "field", "grounds", "dome", "forum", "town"],
]);
const wordsOf = (name: string) => name.split(" ").map((w) => w.toLowerCase().replace(/[,;]$/, ""));

/** A dateline's place in capitals ("NEW YORK", "WASHINGTON"), or a name with a place's word in it. */
export const namesPlace = (name: string): boolean =>
  (/\p{Lu}{2}/u.test(name) && name === name.toUpperCase()) || PLACE_FIRST.has(wordsOf(name)[0]!) || wordsOf(name).some((w) => PLACE_WORDS.has(w));

/** Small words inside a place's name: "Palace of Westminster", "Rue de la Paix". */
const SMALL = /^(?:of|the|on|upon|de|del|la|le|les|du|der|am|an|im|and|&|at|y|e)$/i;
/** What ends a firm's name, not a place's: "Acme, Inc.". */
const FIRM = /^(?:inc|ltd|llc|gmbh|co|corp|plc|sa|ag|bv|srl|pty)\.?$/i;

/**
 * Whether a short text reads as a place and nothing else: capitalised words, as names are written,
 * and either a name and the town after a comma ("Royal Albert Hall, London", "Ronnie Scott's, Soho")
 * or a place's word ("Wigmore Hall"). No date, price or sentence: those are other fields' values.
 */
export function readsAsPlace(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length < 3 || t.length > 60 || /[.!?:]$/.test(t) || MONEY.test(t) || parseDate(t) !== null) return false;
  const words = t.split(" ");
  if (words.length > 8 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.test(w))) return false;
  const parts = t.split(/\s*,\s*/);
  const town = parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^[\p{Lu}\d]/u.test(p) && /\p{L}/u.test(p)) && !FIRM.test(parts[parts.length - 1]!);
  return town || namesPlace(t) || wordsOf(t).some((w) => VENUE_WORDS_TOO.has(w));
}

/** Words of a field that holds where a record takes place: a venue, not a city or a region. */
export const VENUE_WORDS = /^(?:venue|location|place|where)$/;
