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
import { recordNouns } from "./record-noun";
import { tokens, type FieldSpec } from "./spec";
import type { Origin } from "./match";

type Wants = SeriesKind | "any";

/** Words that name a section, and the kind of heading each takes ("any": whatever it says). */
const WORDS = lookup<Wants>({
  section: "any",
  group: "any",
  category: "any",
  topic: "any",
  genre: "any",
  division: "any",
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
  return !!q && recordNouns(q).some((noun) => WORDS[noun] !== undefined);
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
