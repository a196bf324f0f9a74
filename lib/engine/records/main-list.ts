/**
 * Which of the page's eligible regions is its main list, the one region an extraction takes
 * (findRecords). The ranking's best is usually it; three kinds of region outrank it while being
 * something else:
 *  - lists shown to operate the page (a closed dropdown's links, a calendar, a date picker's months,
 *    a filter's options: furniture.ts);
 *  - a FAQ, whose long answers outscore short product tiles (questions.ts), unless the query asks
 *    for questions, and an article's sections, a heading and its text each (prose-sections.ts);
 *  - a list of the page's sections, each holding a list of its own (a home page's rows of
 *    carousels, a report's chapters of tables): its records are long, so they score high, but the
 *    records are the items inside.
 */
import { type Element } from "../dom";
import { furniture } from "./furniture";
import { parentElement } from "./features";
import { MIN_SCORE } from "./gates";
import { groupedSectionRecords } from "../template/grouped-sections";
import { proseSections } from "./prose-sections";
import { questionsAndAnswers } from "./questions";
import type { QueryTerms, Scored } from "./score";

/**
 * A list of sections gives way to the lists it holds when most of its records hold one (two in
 * three) and the best of those scores at least this share of the sections' score: a card's own
 * short list (its colour swatches, three feature bullets) scores far lower than the cards.
 */
const SECTIONS_HOLD = 2 / 3;
const INNER_SHARE = 0.3;
/**
 * A FAQ (questions.ts) or an article's sections (prose-sections.ts) give way to another list
 * scoring at least this share of them: a help page's FAQ of twenty answers stays its main list, a
 * course page's three answers do not outrank its course tiles.
 */
const PROSE_SHARE = 0.5;
/**
 * The main list among `ranked` (best first): the first region `eligible` accepts that is not page
 * furniture, or, when every eligible region is furniture, the first eligible one; a FAQ or an
 * article's sections give way to a list scoring half as much (PROSE_SHARE); then, while it is
 * a list of sections, the best list inside its records.
 */
export function mainRegion(ranked: readonly Scored[], eligible: (r: Scored) => boolean, askedForQuestions = false): Scored | undefined {
  const accepted = new Map<Scored, boolean>();
  const ok = (r: Scored) => accepted.get(r) ?? accepted.set(r, eligible(r)).get(r)!;
  const shown = (r: Scored) => ok(r) && !furniture(r);
  let best = ranked.find(shown);
  if (!best) return ranked.find(ok);
  const explains = (r: Scored) => (!askedForQuestions && questionsAndAnswers(r.records)) || proseSections(r.records);
  if (explains(best)) {
    const prose = best;
    best = ranked.find((r) => r.score >= prose.score * PROSE_SHARE && apart(r, prose) && shown(r) && !explains(r)) ?? prose;
  }
  for (let depth = 0; depth < 4; depth++) {
    const inner = innerList(best, ranked, shown);
    // Sections that are steps of one series (months of events) are left whole: the extraction
    // unites their lists (template/grouped-sections.ts), where one of them would lose the rest.
    if (!inner || groupedSectionRecords(best)) break;
    best = inner;
  }
  return best;
}

/** Whether neither region sits inside the other (a FAQ's answers alone, or the section around it, are the FAQ). */
function apart(a: Scored, b: Scored): boolean {
  const within = (el: Element, root: Element) => {
    for (let n: Element | null = el; n; n = parentElement(n)) if (n === root) return true;
    return false;
  };
  return !within(a.parent, b.parent) && !within(b.parent, a.parent);
}

/** The best list inside `outer`'s records, when `outer` is a list of sections (see SECTIONS_HOLD). */
function innerList(outer: Scored, ranked: readonly Scored[], shown: (r: Scored) => boolean): Scored | undefined {
  const recordOf = new Map<Element, number>();
  outer.records.forEach((rec, i) => rec.forEach((el) => recordOf.set(el, i)));
  const recordHolding = (r: Scored) => {
    let i: number | undefined;
    for (let n: Element | null = r.parent; n && i === undefined; n = parentElement(n)) i = recordOf.get(n);
    return i;
  };
  // Best first: the strong inner list is found among the few regions above INNER_SHARE (most
  // pages' best region holds none, and a long table's thousands of small regions are not read)...
  const top = ranked.find((r) => r.score >= outer.score * INNER_SHARE && r !== outer && recordHolding(r) !== undefined && shown(r));
  if (!top || top.score < outer.score * INNER_SHARE) return undefined;
  // ...then the other sections' lists, down to MIN_SCORE, below which no region is eligible.
  const holding = new Set<number>();
  const needed = outer.records.length * SECTIONS_HOLD;
  for (const r of ranked) {
    if (r.score < MIN_SCORE) break;
    if (r === outer) continue;
    const i = recordHolding(r);
    if (i === undefined || holding.has(i) || !shown(r)) continue;
    holding.add(i);
    if (holding.size >= needed) return top;
  }
  return undefined;
}

/** Query words that ask for a FAQ's entries themselves (singular, as queryTerms gives them). */
const QUESTION_TERMS = new Set(["question", "answer", "faq", "faqs", "qna"]);

export const asksQuestions = (query: QueryTerms | null) => !!query?.terms.some((t) => QUESTION_TERMS.has(t));
