/**
 * The fit of a plain text field, which has no look of its own (match.ts reads the typed kinds): a
 * name tells which piece holds it, or what the text says of itself (a byline, a job title, a place
 * with its distance, a currency).
 */
import { currencyOf, namesCurrency } from "./currency";
import { MONEY } from "./values";
import { splitDistance } from "./distances";
import { readsAsJobTitle } from "./job-titles";
import type { Fit } from "./match";
import { elementWithText, mentionedNumber, namesOwnKind, namesState, withoutOwnLabel } from "./match-text";
import { textAttr } from "./origin";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { readByline, takesByline } from "./bylines";
import { tokens } from "./spec";
import { splitCourseHeading } from "./course-codes";
import { namesLicense, readsAsLicense } from "./licenses";
import { readsAsPlace } from "./places";
import { placeBesideWorkMode } from "./work-modes";
import { selfDescribingFit } from "./self-describing";
import { iconState } from "./icon-states";
import { categoryLinks } from "./category-links";
import { splitDateline } from "./datelines";
import { severalFiguresCost } from "./several-figures";
import { firstOfSeveralCodes } from "./several-codes";
import { bracketedCode } from "./bracket-codes";
import { lifeDatesFit } from "./life-dates";
import { yearSpanFit } from "./year-spans";
import { dashedCodePart } from "./dashed-codes";
import { withoutTextBadges } from "./text-badges";

/** `v` is the piece's text (or attribute value), `h` how well its names match the field's (hintScore). */
export function plainFit(plan: FieldPlan, piece: Piece, v: string, h: number): Fit | null {
  const { spec } = plan;
  // A plain text field has no look of its own, so only a name tells which piece holds it (a
  // class, itemprop, label or header sharing a word with the field's name or description).
  // Taking the record's next unclaimed text instead would invent values: "isbn" would get the
  // author, "favoriteColor" the role.
  // The field's own name written before the value ("Atmosphere 9.0") names the piece too.
  // A place with its distance ("Old Town · 0.3 km from centre"): each field its own part.
  const far = (plan.place || plan.distance) && v ? splitDistance(withoutOwnLabel(v, spec.name, piece.el)) : null;
  // A course's code or credits, written in its heading (course-codes.ts).
  const course = (plan.course === "code" || plan.course === "credits") && v ? splitCourseHeading(v) : null;
  const part = course ? (plan.course === "code" ? course.code : course.credits === null ? null : String(course.credits)) : null;
  if (part) return { score: 1.5 + h, value: part, attr: textAttr(piece) };
  // A value that says what it is: "Kenya · Turkana County", "SW 19 km/h", "Couple" (self-describing.ts).
  const described = selfDescribingFit(plan, piece, v, h);
  if (described) return described;
  // Life dates in brackets: "(1840–1926)" (life-dates.ts).
  const life = lifeDatesFit(plan, piece, v, h);
  if (life) return life;
  // A span of years alone ("2026–2027") for a field named for years (year-spans.ts).
  const years = yearSpanFit(plan, piece, v, h);
  if (years) return years;
  // A place with how the job is worked ("Hybrid · London"): the place alone.
  const mode = plan.place && !far && v ? placeBesideWorkMode(v) : null;
  const unlabelled = far ? (plan.place ? far.place : far.distance) : (mode ?? (v ? withoutOwnLabel(v, spec.name, piece.el) : v));
  // A currency is written as its price's symbol ("€ 385.000" is in EUR).
  const currency = spec.type === "string" && namesCurrency(plan) ? currencyOf(v) : null;
  if (currency) return { score: 0.5 + h, value: currency, attr: textAttr(piece) };
  // A price whose symbol names no one currency ("$45/hr": dollars of which country?) leaves the
  // currency empty: the price's text is no currency.
  if (spec.type === "string" && namesCurrency(plan) && MONEY.test(v)) return null;
  // A byline names its doer by what it did ("Reviewed by Jordan P." for a reviewer), as a label
  // would; the field takes the name alone. A record's heading is its own title, never one.
  // A dateline's place is no one's name, though a byline's element holds it (dateline-slots.ts).
  if (plan.byline && piece.dateline) return null;
  const read = plan.byline && v && !piece.heading ? readByline(v) : null;
  const byline = read && takesByline(plan.byline!, read) ? read : null;
  // A job title says what it is, as a byline says who: a "role" takes "Staff Engineer" that nothing
  // names (a team page's plain <span>), never the record's heading or main link (her name).
  const role = h === 0 && v && !piece.heading && !piece.mainLink && nameSays(plan).role && readsAsJobTitle(v) ? 1 : 0;
  // A licence is named by its own name ("Apache-2.0", "BSD 3-Clause"), the word "License" left out.
  const license = h === 0 && v && !piece.heading && !piece.mainLink && nameSays(plan).license && readsAsLicense(v) ? 1 : 0;
  // A venue says what it is too ("Royal Albert Hall, London"), when nothing labels one.
  const venue = h === 0 && v && !piece.heading && !piece.mainLink && plan.venue && readsAsPlace(v) ? 1 : 0;
  // A dateline's place ("New York — 12 March 2026"): the date is the date field's.
  const dateline = (plan.place || plan.venue) && v && !piece.heading && !piece.mainLink ? (piece.dateline ?? splitDateline(v)) : null;
  if (dateline) return { score: 1.2 + h, value: dateline.place, attr: textAttr(piece) };
  const named = Math.max(h, byline ? (byline.verb ? 2 : 1.5) : 0, far && plan.distance ? 1.5 : 0, role, license, venue) || (unlabelled !== v || (v && !piece.heading && (namesOwnKind(plan, v) || namesState(plan, v) || (v.length <= 24 && mentionedNumber(plan, v) !== null))) ? 1 : 0);
  if (!v || piece.el.tagName === "img" || named === 0) return null;
  let s = 0.2 + named - (h === 0 && named === 1 ? severalFiguresCost(v) : 0);
  if (v.length > 300) s -= 0.5;
  if (spec.type === "number" || spec.type === "integer") return null;
  if (byline) {
    const el = elementWithText(piece.el, byline.name);
    return el ? { score: s, value: byline.name, el } : { score: s, value: byline.name, attr: textAttr(piece) };
  }
  // "45000000 – Construction work": the code, or its words (dashed-codes.ts).
  const dashed = unlabelled ? dashedCodePart(plan, unlabelled) : null;
  if (dashed) return { score: s, value: dashed, attr: textAttr(piece) };
  const code = unlabelled ? bracketedCode(plan, unlabelled) : null;
  // (A code alone is no name of the thing it stands for.)
  if (code) return plan.codeBeside && !code.name ? null : { score: s, value: plan.codeBeside ? code.name : code.code, attr: textAttr(piece) };
  const first = unlabelled === v && !plural(spec.name) ? firstOfSeveralCodes(piece.el, v) : null;
  if (first) return { score: s, ...first };
  return { score: s, value: iconState(plan, piece, v) ?? categoryLinks(plan, piece) ?? withoutTextBadges(plan, piece.el, unlabelled), attr: textAttr(piece) };
}

/** A name that asks for several ("codeshares", "flightNumbers"): one string of them all. */
const plural = (name: string) => /[^s]s$/i.test(tokens(name).pop() ?? "");

const ROLE_WORDS = new Set(["role", "position", "job", "occupation", "designation"]);

/** Whether the field's name asks for a job title or a licence. */
function nameSays(plan: FieldPlan): { role: boolean; license: boolean } {
  let says = NAME_SAYS.get(plan);
  if (!says) {
    const words = tokens(plan.spec.name);
    NAME_SAYS.set(plan, (says = { role: words.some((w) => ROLE_WORDS.has(w)), license: namesLicense(words) }));
  }
  return says;
}
/** (Asked for every unnamed piece a field is fitted to, 100,000s on a long table: once per plan, as namesCurrency.) */
const NAME_SAYS = new WeakMap<FieldPlan, { role: boolean; license: boolean }>();
