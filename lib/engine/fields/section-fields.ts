/**
 * Fields that name the section a record sits in: a "month" of events listed under month headings, a
 * "version" of a changelog's entries under version headings, a "section", "group" or "category" of
 * any listing split by headings. The record's own text is read first (a date badge's
 * <span class="month">); a field it leaves empty takes its section's heading
 * (template/record-sections.ts), when the heading is of the field's kind: a "month" takes "March
 * 2026", never "Sponsored".
 */
import { normalizeSpace, textContent, type Element } from "../dom";
import { lookup, own, put } from "../lookup";
import { seriesKinds, VERSION, type SeriesKind } from "../template/section-headings";
import { singular } from "../words";
import { readsAsJobTitle } from "./job-titles";
import { recordNouns } from "./record-noun";
import { tokens, type FieldSpec } from "./spec";
import type { Origin } from "./origin";

type Wants = SeriesKind | "any";

/** Words that name a section, and the kind of heading each takes ("any": whatever it says). */
const WORDS = lookup<Wants>({
  section: "any",
  group: "any",
  category: "any",
  topic: "any",
  genre: "any",
  division: "any",
  department: "any",
  dept: "any",
  team: "any",
  month: "date",
  year: "date",
  week: "date",
  weekday: "date",
  day: "date",
  version: "version",
  release: "version",
  letter: "letter",
  initial: "letter",
  chapter: "part",
  part: "part",
  season: "part",
  volume: "part",
  lesson: "part",
  module: "part",
  unit: "part",
  phase: "part",
  stage: "part",
  round: "part",
});

/** Last words that say which aspect of the section word before them is meant: "section name", "version number". */
const ASPECT = new Set(["name", "title", "heading", "header", "label", "text", "number", "no", "num"]);
/** A description that says the field is the heading a record is listed under. */
const DESCRIBES_SECTION = /\b(?:section|group|heading|listed under|grouped under|filed under)\b/i;

export interface SectionField {
  spec: FieldSpec;
  wants: Wants;
  /** "year": the year in a heading such as "March 2026". */
  year: boolean;
}

/** The fields of a row that name the record's section. */
export function sectionFields(specs: FieldSpec[]): SectionField[] {
  const out: SectionField[] = [];
  for (const spec of specs) {
    if (spec.type !== "string" && spec.type !== "number" && spec.type !== "integer") continue;
    if (spec.format || spec.parent) continue;
    const own = tokens(spec.name);
    const last = own[own.length - 1] ?? "";
    const word = WORDS[last] ? last : ASPECT.has(last) ? own.slice(0, -1).reverse().find((w) => WORDS[w]) : undefined;
    const wants = word ? WORDS[word] : undefined;
    // "the month heading it is listed under": a description may say so of any name but a title's.
    const described = !wants && spec.description && DESCRIBES_SECTION.test(spec.description) && !["name", "title", "heading", "headline"].includes(last);
    if (wants || described) out.push({ spec, wants: wants ?? "any", year: word === "year" });
  }
  return out;
}

/**
 * Whether the query calls its records by a word that names a section ("every month with its
 * events", "each release with its changes"): then the sections are the records, not a grouping of
 * them (template/grouped-sections.ts).
 */
export function asksForSections(q: string | undefined): boolean {
  if (!q) return false;
  const nouns = recordNouns(q);
  // "every team member": the team names whose members are meant.
  return nouns.some((noun) => WORDS[noun] !== undefined) && !nouns.some(namesPerson) && !personAfter(q);
}

/** Nouns for people that are no job title (those, "every engineer", are read by readsAsJobTitle). */
const PEOPLE = new Set(["person", "people", "member", "employee", "staff", "staffer", "colleague", "teammate", "worker", "speaker", "contributor", "expert", "leader", "faculty", "profile"]);
const namesPerson = (noun: string) => PEOPLE.has(noun) || readsAsJobTitle(noun);
/** "every team member", "each department head": the word after the determiner's only says whose. */
const SECOND_NOUN = /\b(?:every|each|all(?:\s+of)?(?:\s+the)?|any)\s+\p{L}+\s+(\p{L}+)/giu;
const personAfter = (q: string) => [...q.matchAll(SECOND_NOUN)].some((m) => namesPerson(singular(m[1]!.toLowerCase())));
/** A field of a person's role: "role", "position", "jobTitle"; "title" only beside a "name". */
const ROLE_WORDS = new Set(["role", "position", "job", "designation", "occupation"]);

/**
 * Whether the query asks for people, where a page groups them by department (template/named-groups.ts):
 * it calls its records people ("every person", "each engineer"), or its fields are a person's, a
 * name and a role ("name, role and profile page"); a department has a heading and a list, no role.
 * Not when it calls its records by a section's word ("every department with its head count").
 */
export function asksForMembers(q: string | undefined, fields: FieldSpec[] | null): boolean {
  const nouns = q ? recordNouns(q) : [];
  if (nouns.some(namesPerson) || (q && personAfter(q))) return true;
  if (nouns.some((noun) => WORDS[noun] !== undefined)) return false;
  const names = (fields ?? []).filter((f) => !f.parent).map((f) => tokens(f.name));
  const named = names.some((t) => t[t.length - 1] === "name");
  return names.some((t) => t.some((w) => ROLE_WORDS.has(w)) || (named && t.length === 1 && t[0] === "title"));
}

/** The field's value from a section heading, or undefined when the heading is not of its kind. */
export function sectionValue(field: SectionField, heading: Element): string | number | undefined {
  const text = normalizeSpace(textContent(heading));
  if (!text || text.length > 120) return undefined;
  let value: string | undefined = text;
  if (field.wants !== "any") {
    if (!seriesKinds(text).has(field.wants)) return undefined;
    if (field.wants === "version") value = VERSION.exec(text)?.[0].replace(/^(?:version|release)\s*/i, "");
    else if (field.year) value = /\b(?:1[5-9]|2\d)\d\d\b/.exec(text)?.[0];
  }
  if (!value) return undefined;
  if (field.spec.type === "string") return value;
  const n = Number(value.replace(/^v\s*/i, ""));
  return Number.isFinite(n) && (field.spec.type === "number" || Number.isInteger(n)) ? n : undefined;
}

/** Fills each row's section fields that its record left empty from its section's heading. */
export function fillSectionFields(rows: { row: Record<string, unknown>; from: Map<string, Origin> }[], fields: SectionField[], headings: (Element | undefined)[]): void {
  rows.forEach(({ row, from }, i) => {
    const heading = headings[i];
    if (!heading) return;
    for (const field of fields) {
      const name = field.spec.name;
      const had = own(row, name);
      if (had !== undefined && had !== null && had !== "") continue;
      const value = sectionValue(field, heading);
      if (value === undefined) continue;
      put(row, name, value);
      from.set(name, { el: heading });
    }
  });
}
