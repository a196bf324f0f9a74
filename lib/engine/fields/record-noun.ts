/**
 * What the query calls its records ("every plan with …" → plan), and the fields named after them:
 * "plan name" in "every plan with plan name" is the plan's own name, its heading. "Reviewer name" in
 * "every review with reviewer name" is not: a word that only differs from the record's noun names
 * something else (a person, a journal, a company), so no list of such words is needed.
 */
import { singular } from "../words";
import { tokens, type FieldSpec } from "./spec";

/** "every plan", "each listing", "all (of) the repositories", "any job". */
const AFTER_DETERMINER = /\b(?:every|each|all(?:\s+of)?(?:\s+the)?|any)\s+(\p{L}+)/giu;
/** "repositories with …", "plans: name, price": the word that the field list follows. */
const BEFORE_LIST = /(\p{L}+)\s*(?:\s(?:with|including|containing|having|showing)\b|:)/giu;
/** Words that are no record's noun, though they sit where one does ("all of these with …"). */
const NOT_NOUNS = new Set(["the", "these", "those", "this", "that", "them", "it", "its", "their", "of", "me", "us", "one", "ones", "items", "item", "entries", "entry", "records", "record", "rows", "row"]);
const LINK_LAST = new Set(["link", "url", "href", "page"]);
/** An abbreviation is the noun's start, this long at least: "repo" of "repository", "app" of "application". */
const MIN_ABBREVIATION = 3;

/** The nouns the query calls its records by, singular ("every plan with plan name" → ["plan"]). */
export function recordNouns(q: string): string[] {
  const out = new Set<string>();
  for (const re of [AFTER_DETERMINER, BEFORE_LIST]) {
    for (const m of q.matchAll(re)) {
      const word = m[1]!.toLowerCase();
      if (!NOT_NOUNS.has(word)) out.add(singular(word));
    }
  }
  return [...out];
}

/** The word is the record's noun, its plural, or its abbreviation ("repo" for "repository"). */
export function namesRecord(word: string, nouns: string[]): boolean {
  const one = singular(word.toLowerCase());
  return nouns.some((n) => n === one || (one.length >= MIN_ABBREVIATION && one.length < n.length && n.startsWith(one)));
}

/**
 * Marks the fields named "<record noun> name" or "<record noun> title" (FieldSpec.namesRecord):
 * the record's heading. A field already so named by the query or the schema is kept as it is.
 */
export function markRecordNames(fields: FieldSpec[], q: string): FieldSpec[] {
  const nouns = recordNouns(q);
  if (!nouns.length) return fields;
  return fields.map((f) => {
    const own = tokens(f.name);
    const last = own[own.length - 1];
    const before = own.slice(0, -1);
    // (An object's part, "company.name", is that object's name, never the record's.)
    // "video link" in "every video with video link" is the video's own link, its main link.
    const named = !f.parent && (last === "name" || last === "title" || LINK_LAST.has(last ?? "")) && before.length > 0 && before.every((t) => namesRecord(t, nouns));
    return named ? { ...f, namesRecord: true } : f;
  });
}
