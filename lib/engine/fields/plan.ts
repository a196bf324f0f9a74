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
import { lookup } from "../lookup";
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

/** Words too common in record markup to tell fields apart ("product-name" names by "name"). */
export const GENERIC = new Set(["product", "item", "job", "listing", "entry", "record", "card", "row", "post", "article", "result", "the", "of", "a", "an", "main", "primary", "its", "their", "value", "info", "data", "field"]);

const TITLE_LAST = new Set(["name", "title", "heading", "headline"]);
/**
 * "Name" and "title" in the languages whose header words are read (French, German, Spanish, Italian,
 * Dutch): a field so named is an item's heading, as "name" is. Only as the field's whole name (with
 * qualifiers, "nom du produit"): inside other words "nombre" is French for a number ("nombre
 * d'avis"), so it lends no synonyms there.
 */
const NAME_WORDS = lookup<"name" | "title">({
  nom: "name",
  nombre: "name",
  nome: "name",
  naam: "name",
  titre: "title",
  titel: "title",
  titulo: "title",
  titolo: "title",
  名前: "name",
  名称: "name",
  商品名: "name",
  タイトル: "title",
  标题: "title",
});
/**
 * Field words in Japanese and Chinese, which no English rule reads: such a field is what its English
 * word names ("価格" a price, named by class="price" as by a "価格" label).
 */
const CJK_WORDS = lookup<string>({ 価格: "price", 値段: "price", 料金: "price", 价格: "price", 評価: "rating", 评分: "rating", 在庫: "availability", 库存: "availability", 画像: "image", 图片: "image", 日付: "date", 日期: "date", 説明: "description", 描述: "description" });
/** Words between a name word and what it names: "nom du produit", "nombre del producto". */
const OF = new Set(["du", "de", "des", "d", "del", "della", "dello", "di", "des", "der", "van"]);
const TITLE_QUALIFIERS = new Set([...GENERIC, "full", "display", "book", "person", "people", "employee", "member", "headline", "page", "short", "produit", "producto", "prodotto", "produkt"]);
/**
 * Last words that say which aspect of the words before them a field is: those words name it as
 * much as the last ("review count", "price min", "company name").
 */
const ASPECT = /^(?:count|counts|total|totals|number|num|no|min|minimum|max|maximum|low|lowest|high|highest|average|avg|sum|amount|qty|quantity|name|names|title|titles)$/;
/** The weight of a word that qualifies the field's last one: below a synonym of the last (2.5). */
const QUALIFIER = 2;

/**
 * "name" or "title" when the field's words are that word and qualifiers only (see NAME_WORDS), or
 * the name of what the record is ("plan name" in "every plan with plan name": spec.namesRecord, see
 * record-noun.ts). Any other word before it names another thing ("reviewer name", "journal name").
 */
function titleWord(own: string[], namesRecord: boolean): string | null {
  const last = own[own.length - 1] ?? "";
  const before = own.slice(0, -1);
  const english = TITLE_LAST.has(last) && before.every((t) => TITLE_QUALIFIERS.has(t));
  if (english) return last;
  if ((last === "name" || last === "title") && namesRecord) return last;
  const [first = "", ...rest] = own;
  const word = NAME_WORDS[last] ?? NAME_WORDS[first];
  const others = NAME_WORDS[last] ? own.slice(0, -1) : rest;
  return word && others.every((t) => TITLE_QUALIFIERS.has(t) || OF.has(t)) ? word : null;
}

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
