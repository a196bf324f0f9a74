/**
 * The record's own name as a column when the query asks for other fields only: "every engineer
 * with role" wants to know whose role, "every term with definition" which term. A row of roles
 * alone cannot be told apart, so the column is added (FieldSpec.implied) under the word that
 * names such a thing: a person's or a thing's "name", a work's "title", a word's own noun ("term").
 * It takes only what plainly names the record (its heading, its main link, a piece classed as a
 * name or title: match.ts), so a record without one simply has none.
 */
import { planField } from "./plan";
import { recordNouns } from "./record-noun";
import type { FieldSpec } from "./spec";

/** Records named by a title: works, posts, openings. */
const TITLED = new Set([
  ...["book", "article", "post", "story", "video", "film", "movie", "song", "track", "album", "episode", "paper", "course", "talk", "podcast"],
  ...["job", "position", "vacancy", "opening", "posting", "headline", "thread", "question", "issue", "recipe", "lesson", "chapter", "show", "release", "report"],
]);
/** Records that are words: the column is the noun itself ("term", "word"). */
const WORDS = new Set(["term", "word", "phrase", "acronym", "abbreviation", "keyword", "idiom", "concept", "definition"]);

/** The column's name for records called `noun`. */
export function recordColumnName(noun: string): string {
  if (WORDS.has(noun)) return noun;
  return TITLED.has(noun) ? "title" : "name";
}

/**
 * `fields` with the record's own name first, when the query names its records and no field is
 * their name or title already; else `fields` as they are.
 */
export function withRecordColumn(fields: FieldSpec[], q: string): FieldSpec[] {
  const [noun] = recordNouns(q);
  if (!noun || fields.some((f) => planField(f).kind === "title")) return fields;
  const name = recordColumnName(noun);
  // A field named for the records themselves ("every team with position, team, points") is their name.
  if (fields.some((f) => f.name === name || f.name === noun)) return fields;
  return [{ name, type: "string", required: false, namesRecord: true, implied: true }, ...fields];
}
