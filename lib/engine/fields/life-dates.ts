/**
 * A person's life dates written after the name: "Claude Monet (1840–1926)", "Yayoi Kusama (b. 1929)".
 * A row that asks for them apart (a "lifespan", "artistDates", "born", "died") has them in that
 * field: the name leaves them out, and a text field so named reads them from the brackets.
 */
import type { Fit } from "./match";
import { textAttr } from "./origin";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** A year as catalogues write it: "1840", "c. 1840", "ca. 1840", "1840?". */
const YEAR = String.raw`(?:(?:c|ca|circa)\.?\s*)?\d{3,4}\??`;
/** "1840–1926", "1929–", "b. 1929", "born 1929", "d. 1926", "died 1926" (and German "geb."/"gest."). */
const SPAN = String.raw`(?:(?:b\.|born|geb\.|n\.)\s*(${YEAR})|(?:d\.|died|gest\.|m\.)\s*(${YEAR})|(${YEAR})\s*[–—-]\s*(${YEAR})?)`;
/** The dates in brackets at the end of a text, with the space before them. */
const TRAILING = new RegExp(String.raw`\s*[([]\s*${SPAN}\s*[)\]]\s*$`, "iu");
/** A text that is the dates alone, bracketed or not. */
const WHOLE = new RegExp(String.raw`^\s*[([]?\s*${SPAN}\s*[)\]]?\s*$`, "iu");

/** Last words of a field that asks for life dates ("lifespan", "artist life dates", "born", "death year"). */
const LIFE_WORDS = /^(?:lifespan|lifetime|lifedates|born|died|birth|death|birthdate|deathdate|lived)$/;
/** "dates" or "years" ask for them after a person's word or "life" ("artistDates", "life years"). */
const SPAN_WORDS = /^(?:dates|years)$/;
const OF_SOMEONE = /^(?:life|artist|author|composer|writer|painter|photographer|architect|person|maker|creator|poet|sculptor|designer)$/;

export type LifePart = "span" | "born" | "died";

/** Which part of a person's life dates the field asks for; null when it asks for none. */
export function lifeDatesAsked(plan: FieldPlan): LifePart | null {
  let asked = ASKED.get(plan);
  if (asked === undefined) ASKED.set(plan, (asked = partAsked(tokens(plan.spec.name))));
  return asked;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const ASKED = new WeakMap<FieldPlan, LifePart | null>();

function partAsked(words: string[]): LifePart | null {
  const last = words[words.length - 1] ?? "";
  if (words.some((w) => /^(?:born|birth|birthdate)$/.test(w))) return "born";
  if (words.some((w) => /^(?:died|death|deathdate)$/.test(w))) return "died";
  if (LIFE_WORDS.test(last) || words.some((w) => LIFE_WORDS.test(w))) return "span";
  if (SPAN_WORDS.test(last) && words.slice(0, -1).some((w) => OF_SOMEONE.test(w))) return "span";
  return null;
}

/**
 * A text field asking for life dates, fitted to a text that gives them: the dates alone
 * ("(1840–1926)", a <span class="dates"> of their own) fit better than a name followed by them.
 */
export function lifeDatesFit(plan: FieldPlan, piece: Piece, v: string, h: number): Fit | null {
  const part = plan.kind === "text" && v ? lifeDatesAsked(plan) : null;
  const value = part ? lifeDatesIn(part, v) : null;
  if (!value) return null;
  return { score: (WHOLE.test(v) ? 1.5 : 1) + h, value, attr: textAttr(piece) };
}

/** Marks the name fields of a row that asks for life dates apart: they leave them out (withoutLifeDates). */
export function planLifeDates(plans: FieldPlan[]): void {
  if (!plans.some((p) => lifeDatesAsked(p))) return;
  for (const p of plans) if ((p.kind === "title" || p.kind === "text") && !lifeDatesAsked(p)) p.lifeDatesBeside = true;
}

/** A name and the life dates written after it, or a birth and a death: each reads its part of the one text. */
export const sharesLifeDates = (a: FieldPlan, b: FieldPlan): boolean =>
  (!!a.lifeDatesBeside && !!lifeDatesAsked(b)) || (!!lifeDatesAsked(a) && !!b.lifeDatesBeside) || bornAndDied(lifeDatesAsked(a), lifeDatesAsked(b));
/** ("born" and "died" read the two ends of one "(1840–1926)".) */
const bornAndDied = (a: LifePart | null, b: LifePart | null) => !!a && !!b && a !== b && a !== "span" && b !== "span";

/** `v` without the life dates after the name, for a field marked by planLifeDates; `v` otherwise. */
export function withoutLifeDates(plan: FieldPlan, v: unknown): unknown {
  if (!plan.lifeDatesBeside || typeof v !== "string") return v;
  const m = TRAILING.exec(v);
  // (Dates alone are no name: nothing is left to keep.)
  return m && m.index > 0 ? v.slice(0, m.index) : v;
}

/**
 * The part of the life dates a text gives a text field asking for them: "(1840–1926)" or "Claude
 * Monet (1840–1926)" gives a "lifespan" "1840–1926", a "born" "1840", a "died" "1926". Null when
 * the text holds none, or not the part asked ("b. 1929" has no death).
 */
export function lifeDatesIn(part: LifePart, v: string): string | null {
  if (v.length > 120) return null;
  const m = TRAILING.exec(v) ?? WHOLE.exec(v);
  if (!m) return null;
  const [, bornOnly, diedOnly, from, to] = m;
  const born = bornOnly ?? from;
  const died = diedOnly ?? to;
  if (part === "born") return born ?? null;
  if (part === "died") return died ?? null;
  if (from) return to ? `${from}–${to}` : `${from}–`;
  return bornOnly ? `b. ${bornOnly}` : `d. ${diedOnly!}`;
}
