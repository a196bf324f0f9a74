/**
 * People written as one text in structured data ("author": "Ann Lee, Bob Stone"). A list field
 * (`authors: string[]`, `authors: [{ name, url }]`) wants one item per person; a single text field
 * keeps the text whole, so only the list readers (jsonld-read.ts) split it.
 */
import { readsAsJobTitle } from "./job-titles";

/**
 * schema.org properties whose value is a person, or several: a text there may name more than one.
 * Others, such as "keywords", are split at every comma as before ("red, blue, green").
 */
const PERSON_PROPERTIES = new Set(["author", "creator", "contributor", "editor", "actor", "director", "performer", "illustrator", "translator", "composer", "lyricist", "producer", "founder", "employee", "member", "attendee", "instructor", "artist", "byArtist"]);

/** Whether a JSON-LD path reads a person-valued property ("author", "author.name", "creator"). */
export const namesPeople = (path: string): boolean => path.split(".").some((key) => PERSON_PROPERTIES.has(key));

/**
 * What a list of people is called on a page, in the singular ("authors", "speakers", "cast"): its
 * one text is parted as people are (splitNames), not at every comma only.
 */
const PERSON_LIST_WORDS = new Set([
  ...[...PERSON_PROPERTIES].map((p) => p.toLowerCase()),
  ...["coauthor", "speaker", "presenter", "panelist", "panellist", "host", "guest", "organizer", "organiser", "teacher", "writer", "cast", "person", "people"],
  ...["participant", "investigator", "inventor", "player", "coach", "judge", "staff", "moderator", "reviewer", "maintainer", "owner"],
]);

/** Whether a list named by these words (its last word, singular and plural) lists people. */
export const listsPeople = (names: Iterable<string>): boolean => [...names].some((n) => PERSON_LIST_WORDS.has(n.toLowerCase()));

/** " and ", " & " and ";" always part two people: no one's name holds them. */
const ALWAYS = /\s*;\s*|,?\s+(?:and|&)\s+/i;

/**
 * The people a text names, in order. The rule: split at ";", " and " and " & " (with an Oxford
 * comma too: "Ann Lee, Bob Stone, and Cy Twombly"); then split a piece at its commas only when
 * every part has two words or more, so that each looks like a whole name ("Ann Lee, Bob Stone"),
 * or when three parts or more are one word each and none an initial or a suffix ("Kumar, Chen,
 * Rossi"). A comma with a one-word part beside it is a name written surname first ("Smith, John") or
 * with a suffix ("Ann Lee, Jr."), one person. Firms named with "&" ("Procter & Gamble") are read
 * as two: the text alone cannot tell them from "Ann & Bob".
 */
export function splitNames(text: string): string[] {
  return withRoles(text.split(ALWAYS_KEPT), (part) => part.trim().replace(/^,+|,+$/g, "").trim())
    .filter(Boolean)
    .flatMap((part) => {
      const pieces = withRoles(part.split(/(\s*,\s*)/), (p) => p).filter(Boolean);
      if (pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length >= 2)) return pieces;
      // Surnames alone ("Kumar, Chen, Rossi"): three or more one-word pieces are that many people,
      // since "Smith, John" has two; unless one is an initial or a suffix ("Smith, J., Doe, K.",
      // "Lee, Ann, Jr."), where a comma parts a person's own name.
      if (pieces.length >= 3 && pieces.every((p) => !/\s/.test(p) && !INITIALS.test(p) && !SUFFIX.test(p))) return pieces;
      return [part];
    });
}

const ALWAYS_KEPT = new RegExp(`(${ALWAYS.source})`, "i");

/**
 * Parts split at their separators (`split` with the separators kept, every other item), each
 * cleaned; a part that reads as a job title joined back to the one before, separator and all: it
 * is her role, no one else ("Dr. Angela Yu, Developer and Lead Instructor" is one instructor).
 */
function withRoles(split: string[], clean: (part: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < split.length; i += 2) {
    const part = split[i]!;
    if (out.length && readsAsJobTitle(part)) out[out.length - 1] = clean(`${out[out.length - 1]}${split[i - 1] ?? " "}${part}`);
    else out.push(clean(part));
  }
  return out;
}

/** An initial or a few: "J.", "A.B.", "J", "A. B.". */
const INITIALS = /^(?:\p{Lu}\.?\s?){1,3}$/u;
/** What follows a name after a comma: "Jr.", "Sr", "II", "III", "PhD", "MD". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|m\.d|dds|esq|mba)\.?$/i;
