import { namesCurrency } from "./currency";
import { sharesCategoryLine } from "./category-links";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";
import { codeOfThing } from "./bracket-codes";
import { sharePlaceParts } from "./place-parts";
import { shareCompassText } from "./compass";
import { twoForms } from "./two-forms";
import { sharesYearLine } from "./trailing-years";
import { sharesLifeDates } from "./life-dates";
import { sharesDashedCode } from "./dashed-codes";

/**
 * Fields that read different values from one text: the two ends of one range ("salary_min" and
 * "salary_max"), counts that each take the number their own word names ("3 bedrooms · 2 baths"),
 * a rating and the count beside it ("★4.3 (1,024)"), and a place and its distance ("Old Town · 0.3 km
 * from centre"), and a course's code, title and credits ("COMP 101. Intro to Computing. 4 Credits."). Two titles by the same word ("name" and
 * "product name") are one: the second does not fall to the record's next text (its tags), which
 * nothing names. A "name" and a "title" are not (a person's name, her job title).
 */
export const sharesText = (a: FieldPlan, b: FieldPlan) =>
  (a.kind === "title" && b.kind === "title" && lastWord(a) === lastWord(b)) ||
  (!!a.rangeEnd && !!b.rangeEnd && a.rangeEnd !== b.rangeEnd) ||
  (a.kind === "number" && b.kind === "number") ||
  (a.kind === "rating" && b.kind === "number") ||
  (a.kind === "number" && b.kind === "rating") ||
  (amount(a) && namesCurrency(b)) ||
  (namesCurrency(a) && amount(b)) ||
  (!!a.place && !!b.distance) ||
  (!!a.distance && !!b.place) ||
  // "Hybrid · London": whether the job is remote, and where it is (work-modes.ts).
  (!!a.place && b.kind === "boolean") ||
  (a.kind === "boolean" && !!b.place) ||
  (!!a.course && !!b.course) ||
  // "#812 opened 3 days ago by lena-k": the number, its date and its author in one line.
  (a.kind === "number" && (b.kind === "date" || !!b.byline)) ||
  ((a.kind === "date" || !!a.byline) && b.kind === "number") ||
  // "€€ · Portuguese, Tapas": the cuisine is the links, the price level the named value beside them.
  sharesCategoryLine(a, b) ||
  // "New York — 12 March 2026": a dateline's place and its date.
  ((!!a.place || !!a.venue) && b.kind === "date") ||
  (a.kind === "date" && (!!b.place || !!b.venue)) ||
  // Bylines and datelines in one slot ("By Ana Gómez — 2 May", "Buenos Aires — 3 May"): the doer's or the place.
  (!!a.byline && !!b.place) ||
  (!!a.place && !!b.byline) ||
  // "Prof. Dr. Anna Müller": her academic titles and her name (academic-titles.ts).
  (!!a.academic && !!b.academic && a.academic !== b.academic) ||
  // "London (LHR)": a destination and its code (bracket-codes.ts).
  codeOfThing(a, b) ||
  codeOfThing(b, a) ||
  // The record's name nobody asked for (noun-column.ts) takes no text from a field asked for: a day's
  // "Today <span class="date">Nov 30</span>" heading is its name, and its date the date's.
  !!a.spec.implied ||
  !!b.spec.implied ||
  // "45000000 – Construction work": a code and its words (dashed-codes.ts).
  sharesDashedCode(a, b) ||
  // "Claude Monet (1840–1926)": a name and the life dates after it (life-dates.ts).
  sharesLifeDates(a, b) ||
  sharePlaceParts(a, b) ||
  shareCompassText(a, b) ||
  // One quantity asked in two forms: "9.1 Superb" as a number and as words (two-forms.ts).
  twoForms(a, b) ||
  sharesYearLine(a, b);

/**
 * Fields that read different values from one text when no text of their own is left: a doer and a
 * date in one byline ("Started by Ana · 3 Mar 2024"). Only then: a thread's last post, in a cell of
 * its own, is the date of a "last post date", not the day the thread was started beside its author.
 */
export const sharesTextAtLast = (a: FieldPlan, b: FieldPlan) => (!!a.byline && b.kind === "date") || (a.kind === "date" && !!b.byline);

/** Money, or a number ("valueMin" of "£1.2m to £1.8m", a project's "raised" of "€12,350 raised"): its currency reads the same text. */
const amount = (plan: FieldPlan) => plan.kind === "money" || plan.kind === "number";

const lastWord = (plan: FieldPlan) => tokens(plan.spec.name).pop();
