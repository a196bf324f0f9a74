/**
 * A field's plan: the kind of value it holds (title, link, price, rating…), from its name,
 * description, type and format, and the words that name it, with which the pieces of a record
 * are told apart (hintScore).
 */
import { classWordWeight } from "./modifier-classes";
import { abbreviatedWeight } from "./abbreviated-hints";
import { personNameWords } from "./person-fields";
import { singular } from "../words";
import type { Piece } from "./pieces";
import { tokens, type FieldSpec } from "./spec";
import { CJK_WORDS, GENERIC, titleWord } from "./title-words";
import { SYNONYMS } from "./synonyms";
import { bylinePlan, type BylinePlan } from "./byline-doers";
import { DISTANCE_WORDS, PLACE_WORDS } from "./distances";
import { durationUnitOf } from "./durations";
import { coursePart } from "./course-codes";
import { planAcademicTitles } from "./academic-titles";
import { planBracketCodes } from "./bracket-codes";
import { planLifeDates } from "./life-dates";
import { planDashedCodes } from "./dashed-codes";
import { VENUE_WORDS } from "./places";
import { parseBoolean } from "./values";
import { has, kindOf } from "./field-kinds";
import { dropOtherDates } from "./which-date";

/** Re-exported: match-text.ts and spelled-values.ts read it with the plans. */
export { GENERIC };

export type Kind = "title" | "link" | "image" | "email" | "phone" | "money" | "stock" | "rating" | "date" | "number" | "boolean" | "long" | "text";

export interface FieldPlan {
  spec: FieldSpec;
  kind: Kind;
  /** Words that name the field → weight (its own name 3, synonyms 2.5, description 1). */
  words: Map<string, number>;
  channel: "text" | "href" | "src";
  /**
   * A price or date field named as one end of a range ("salary_min", "maxPrice", "endDate"): it
   * reads that end of a range shown as one text ("$57K-$102K", "4–8 June 2026"), and shares that
   * text with the other end.
   */
  rangeEnd?: "low" | "high";
  /**
   * A price named for the one struck out beside a sale price: "old price", "was price" read only a
   * struck-out price ("only"); "original price", "RRP" rather one ("prefer"), the price itself when
   * nothing is on sale.
   */
  struck?: "only" | "prefer";
  /** Words (with their synonyms) one of which must name the piece (FieldSpec.context). */
  context?: Set<string>;
  /**
   * A rating on no fixed scale: a "score" (a game's 12, a test's 87, a credit score's 700), not
   * stars out of 5 or 10. A named plain number above 10 is its value, not a count beside it.
   */
  openScale?: boolean;
  /**
   * Stars that are counted, not a score: a field named "stars" alone (a repository's "12.4k", a
   * bookmark's "2,310"). A named plain count is its value, not only a rating of 0 to 10 is.
   */
  counted?: boolean;
  /** A title field's word: "name" or "title" (the heading's other words, "heading", "headline", as is). */
  titleWord?: string;
  /**
   * The row asks for a "name" and a "title" apart (planFields): two values, a person's name and her
   * job title, not one heading twice; neither falls to a text nothing names.
   */
  apart?: boolean;
  /** A field named after a doer ("reviewer", "author", "postedBy"): the name a byline gives ("By Jordan P."). */
  byline?: BylinePlan;
  /** A place (location, district): "Old Town · 0.3 km from centre" gives it "Old Town" (distances.ts). */
  place?: boolean;
  /** A number field that counts time, in units of this many seconds: "runtimeMinutes" reads "2h 46m" as 166 (durations.ts). */
  durationUnit?: number;
  /** How far away: the same text gives it "0.3 km from centre", or 0.3 in a number field. */
  distance?: boolean;
  /** Where a record takes place (venue, location): a place written plainly is its (places.ts). */
  venue?: boolean;
  /** Its part of a course's heading ("COMP 101. Intro to Computing. 4 Credits.", course-codes.ts). */
  course?: "code" | "credits" | "title";
  /** A row asks for academic titles apart: this field holds them, or a name that leaves them out (academic-titles.ts). */
  academic?: "titles" | "name";
  /** The row asks for this field's code apart ("destinationCode"): "London (LHR)" gives it "London" (bracket-codes.ts). */
  codeBeside?: boolean;
  /** The row asks for a person's life dates apart: "Claude Monet (1840–1926)" gives it "Claude Monet" (life-dates.ts). */
  lifeDatesBeside?: boolean;
  /** A yes/no field named for the "no" state ("soldOut", "outOfStock"): "Sold out" makes it true. */
  negated?: boolean;
}

const STRUCK_NAME = /^(?:old|was|before|previous|former|original|regular|rrp|msrp|compare|strike|struck|crossed)$/;
const WAS_ONLY = /^(?:old|was|before|previous|former|strike|struck|crossed)$/;
const LOW_END = /^(?:min|minimum|low|lowest|lower|from|start|starting)$/;
const HIGH_END = /^(?:max|maximum|high|highest|upper|to|end|up)$/;

/**
 * Last words that say which aspect of the words before them a field is: those words name it as
 * much as the last ("review count", "price min", "company name").
 */
const ASPECT = /^(?:count|counts|total|totals|number|num|no|min|minimum|max|maximum|low|lowest|high|highest|average|avg|sum|amount|qty|quantity|name|names|title|titles)$/;
/** The weight of a word that qualifies the field's last one: below a synonym of the last (2.5). */
const QUALIFIER = 2;

/**
 * A singular word's plural: "comment" → "comments". Not a plural's singular: a text field named
 * "trains" would take one of a record's several <span class="train"> and miss the others.
 */
function pluralOf(word: string): string | null {
  if (word.length < 4 || !/^\p{Ll}+$/u.test(word) || singular(word) !== word || word.endsWith("s")) return null;
  return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(?:x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

export function planField(spec: FieldSpec): FieldPlan {
  const written = tokens(spec.name);
  const own = written.map((t) => CJK_WORDS[t] ?? t);
  const title = titleWord(own, spec.namesRecord === true);
  const desc = tokens(spec.description ?? "").filter((t) => !GENERIC.has(t) && t.length > 2);
  const words = new Map<string, number>();
  for (const t of desc) words.set(t, 1);
  // The words written as one are a word too: "square feet" is named as "squarefeet" is (sqft).
  const compound = own.length > 1 ? [own.join("")] : [];
  for (const t of [...own, ...compound]) for (const s of SYNONYMS[t] ?? SYNONYMS[singular(t)] ?? []) words.set(s, Math.max(words.get(s) ?? 0, 2.5));
  // The last word names the field, the others qualify it: "property type" is a type, so a piece
  // named "property-card-addr" is the address, not the field. Unless the last word says which
  // aspect of them it is ("review count", "salary max", "company name": the company's name).
  const head = own.length - 1;
  const aspect = ASPECT.test(own[head] ?? "") && !title;
  own.forEach((t, i) => {
    // (A word in Japanese or Chinese names it as its English word does.)
    for (const w of new Set([t, written[i]!])) if (!GENERIC.has(w) || own.length === 1) words.set(w, i === head || aspect ? 3 : QUALIFIER);
  });
  // "magSafe" is named by a "Magsafe" header written as one word, as "MagSafe" names "magsafe" (label-words.ts).
  for (const c of compound) if (!words.has(c)) words.set(c, 3);
  // Classes name a field in the plural too: "comments" a "comment count", "reviews" a "review".
  for (const t of own) {
    const n = words.get(t);
    const other = pluralOf(t);
    if (n !== undefined && other && !words.has(other)) words.set(other, n);
  }
  // A foreign name word is named by what names its English one ("nom" by class="name", "title").
  if (title && !own.includes(title)) {
    for (const s of SYNONYMS[title] ?? []) words.set(s, Math.max(words.get(s) ?? 0, 2.5));
    words.set(title, Math.max(words.get(title) ?? 0, 2.5));
  }
  const all = [...own, ...desc];
  const kind = kindOf(spec, own, all, title !== null);
  if (kind === "date") dropOtherDates(words, own);
  const plan: FieldPlan = { spec, kind, words, channel: kind === "link" ? "href" : kind === "image" ? "src" : "text" };
  if (kind === "title" && title) plan.titleWord = title;
  if (spec.context?.length) plan.context = new Set(spec.context.flatMap((t) => [t, ...(SYNONYMS[t] ?? [])]));
  const byline = kind === "text" ? bylinePlan(own) : null;
  if (byline) {
    plan.byline = byline;
    // A "By" the page shows apart ("<span>By</span> <span>Jordan P.</span>") labels the name.
    words.set("by", Math.max(words.get("by") ?? 0, 2.5));
  }
  if (kind === "text") for (const w of personNameWords(own)) if (!words.has(w)) words.set(w, QUALIFIER);
  if (spec.type === "boolean" && parseBoolean(written.join(" ")) === false) plan.negated = true;
  if (kind === "text" && has(own, PLACE_WORDS) && !has(own, DISTANCE_WORDS)) plan.place = true;
  if ((kind === "text" || kind === "number") && has(own, DISTANCE_WORDS)) plan.distance = true;
  const unit = kind === "number" ? durationUnitOf(own) : undefined;
  if (unit) plan.durationUnit = unit;
  if (kind === "text" && has(own, VENUE_WORDS)) plan.venue = true;
  const part = kind === "text" || kind === "number" ? coursePart(own) : null;
  if (part) plan.course = part;
  if (kind === "rating" && has(own, /^(?:score|scores|points?|pts)$/) && !has(own, /^(?:rating|ratings|stars?)$/)) plan.openScale = true;
  if (kind === "rating" && has(own, /^stars?$/) && !has(own, /^(?:rating|ratings|score|scores|average|avg)$/)) plan.counted = true;
  if (kind === "money" && has(own, STRUCK_NAME)) plan.struck = has(own, WAS_ONLY) ? "only" : "prefer";
  // A number named for a range's end ("valueMin") reads that end of an amount's range, as a salary's does.
  if (kind === "money" || kind === "date" || kind === "number") {
    if (has(own, LOW_END) && !has(own, HIGH_END)) plan.rangeEnd = "low";
    else if (has(own, HIGH_END) && !has(own, LOW_END)) plan.rangeEnd = "high";
  }
  return plan;
}

/**
 * The plans of a row's fields. A "name" and a "title" asked for together are told apart: each loses
 * the other as a synonym, and a job title ("Chief Engineer") is the title's (match.ts).
 */
export function planFields(specs: FieldSpec[]): FieldPlan[] {
  const plans = specs.map(planField);
  // A title asked beside a code is the heading without the code (and the credits after it).
  if (plans.some((p) => p.course === "code")) for (const p of plans) if (p.kind === "title") p.course = "title";
  planAcademicTitles(plans);
  planBracketCodes(plans);
  planLifeDates(plans);
  planDashedCodes(plans);
  const named = (word: string) => plans.filter((p) => p.kind === "title" && p.titleWord === word);
  const [names, titles] = [named("name"), named("title")];
  if (!names.length || !titles.length) return plans;
  for (const p of [...names, ...titles]) {
    p.apart = true;
    p.words.delete(p.titleWord === "name" ? "title" : "name");
  }
  return plans;
}

/** How strongly the words naming the piece match the field's words (0 when they do not). */
export function hintScore(plan: FieldPlan, piece: Piece): number {
  let best = 0;
  let matches = 0;
  for (const [t, w] of plan.words) {
    // Or its own word shortened: class="dest" for "destination" (abbreviated-hints.ts).
    const p = classWordWeight(piece, t, piece.hints.get(t)) ?? (w >= 3 ? abbreviatedWeight(piece, t) : undefined);
    if (!p) continue;
    matches++;
    best = Math.max(best, (w * p) / 3);
  }
  return best + Math.min(0.6, 0.3 * Math.max(0, matches - 1));
}
