/**
 * Sections that only group the records: a page of events by month, where each month is a heading
 * and a list of thin events (a link, a date, a venue). Record detection scores each candidate list
 * on its own, so every month's short list loses to the months themselves, one block of the whole
 * month's text each (n · √text favours a few big blocks over several small lists that are each a
 * fraction of the listing). Events with a heading and a summary each outweigh their month, which
 * is why those pages already worked.
 *
 * A region whose records are such sections is turned into the records of their lists, united
 * (sections.ts): each section is headed by a step of one series (a month, a day, a letter, a
 * version: section-headings.ts) and holds one list. Sections headed by names (a product card with
 * its feature list, a department with its people) are records themselves and are kept, and so are
 * lists of one fixed length of single-line or labelled items (an event card headed by its date,
 * with a "Venue: …" / "Price: …" list): those are one record's fields, not a list of records.
 */
import { elementChildren, hasVisibleText, isText, textContent, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { parentElement } from "../records/features";
import { sameSeries, seriesKinds, type SeriesKind } from "./section-headings";
import { acrossSectionsSteps, headingIn } from "./sections";
import { repeatsTerms, termEntries } from "./term-entries";
import { runSteps, STRIDE, type Steps } from "../steps";

/** A section's list holds at least this share of its text (the rest: the heading, a note). */
const LIST_SHARE = 0.6;
/** Lists of one length in every section are a template's fields below this length (see records/all.ts). */
const FIXED_LIST = 5;
/** Sections' lists tried as the template, richest first. */
const MAX_TRIES = 3;
/** How deep inside a section its list may sit (section > div > table > tbody > tr: three). */
const MAX_DEPTH = 4;

/**
 * The records of the lists of `region`'s sections, united across sections, when its records are
 * sections that only group them (see the header); null when they are records themselves. `named`:
 * sections headed by names are taken too, as the caller knows they group what it asks for
 * (named-groups.ts: people by department).
 */
export function groupedSectionRecords(region: RecordRegion, named = false): RecordRegion | null {
  return runSteps(groupedSectionRecordsSteps(region, named));
}

/**
 * groupedSectionRecords as steps (see steps.ts): the sections of a 30,000-person team page are read
 * item by item, and their united records checked one by one.
 */
export function* groupedSectionRecordsSteps(region: RecordRegion, named = false): Steps<RecordRegion | null> {
  const headings = region.records.length < 2 ? null : named ? yield* anyHeadings(region.records) : yield* seriesHeadings(region.records);
  if (!headings) return null;
  // The richest section's list sets the template that the other sections' lists are matched by
  // (a month of one event has no list to see); should its list not unite, the next richest's may.
  const found: { parent: Element; items: Element[][] }[] = [];
  for (let i = 0; i < region.records.length; i++) {
    const list = yield* listIn(region.records[i]!, headings[i]!);
    if (list) found.push(list);
  }
  const lists = found.sort((a, b) => b.items.length - a.items.length);
  for (const list of lists.slice(0, MAX_TRIES)) {
    const inner: RecordRegion = { kind: "repeated", parent: list.parent, records: list.items, score: region.score };
    const united = yield* acrossSectionsSteps(inner, named);
    if (united !== inner && (yield* insideSections(united, region)) && !(yield* fieldsLike(united, region))) return united;
  }
  return null;
}

/** Each record's heading, when every one is headed by a step of one series ("March 2026", "April 2026"…); else null. */
function* seriesHeadings(records: readonly Element[][]): Steps<Element[] | null> {
  let first: Set<SeriesKind> | null = null;
  const out: Element[] = [];
  for (const record of records) {
    yield;
    const heading = record.map(headingIn).find((h) => h !== null);
    const kinds = heading ? seriesKinds(textContent(heading)) : null;
    if (!heading || !kinds?.size || (first && !sameSeries(first, kinds))) return null;
    first ??= kinds;
    out.push(heading);
  }
  return out;
}

/** Each record's heading, whatever it says (departments: "Engineering", "Design"); null when one has none. */
function* anyHeadings(records: readonly Element[][]): Steps<Element[] | null> {
  const out: Element[] = [];
  for (const record of records) {
    yield;
    const heading = record.map(headingIn).find((h) => h !== null);
    if (!heading) return null;
    out.push(heading);
  }
  return out;
}

const visibleText = (el: Element) => textContent(el).replace(/\s+/g, "").length;

/**
 * The list a section holds: the element below it whose children of one tag, two at least, hold
 * most of its text (LIST_SHARE), the heading aside; null when none does. A description list's
 * items are its entries, each term with its descriptions (term-entries.ts).
 */
function* listIn(record: Element[], heading: Element): Steps<{ parent: Element; items: Element[][] } | null> {
  const total = record.reduce((n, el) => n + visibleText(el), 0);
  let best: { parent: Element; items: Element[][]; text: number } | null = null;
  // (Steps: a step per element whose children are read; a department's list has thousands.)
  function* visit(el: Element, depth: number): Steps<void> {
    yield;
    const kids = elementChildren(el).filter((k) => hasVisibleText(k) && !holds(k, heading));
    const byTag = new Map<string, Element[][]>();
    const entries = termEntries(el, kids);
    if (entries) byTag.set("dt", entries);
    else for (const k of kids) (byTag.get(k.tagName) ?? byTag.set(k.tagName, []).get(k.tagName)!).push([k]);
    for (const items of byTag.values()) {
      if (items.length < 2) continue;
      const text = items.reduce((n, item) => n + item.reduce((m, k) => m + visibleText(k), 0), 0);
      // (On a tie the outer group wins: a month's rows, not a row's cells.)
      if (!best || text > best.text) best = { parent: el, items, text };
    }
    if (depth < MAX_DEPTH) for (const k of kids) yield* visit(k, depth + 1);
  }
  for (const el of record) yield* visit(el, 0);
  const found = best as { parent: Element; items: Element[][]; text: number } | null;
  return found && found.text >= total * LIST_SHARE ? found : null;
}

function holds(el: Element, inner: Element): boolean {
  for (let at: Element | null = inner; at; at = parentElement(at)) if (at === el) return true;
  return false;
}

/** Every united record sits inside one of the region's sections, and every section gave some. */
function* insideSections(united: RecordRegion, region: RecordRegion): Steps<boolean> {
  const sections = new Map<Element, number>();
  region.records.forEach((record, i) => record.forEach((el) => sections.set(el, i)));
  const seen = new Set<number>();
  for (let i = 0; i < united.records.length; i++) {
    if (i % STRIDE === 0) yield;
    const [el] = united.records[i]!;
    let at: Element | null = el ?? null;
    while (at && !sections.has(at)) at = parentElement(at);
    if (!at) return false;
    seen.add(sections.get(at)!);
  }
  return seen.size === region.records.length;
}

/**
 * Lists of one length in every section, whose items are single lines or start with their own
 * labels, are a record's fields ("Venue: Main hall", "Price: free" under an event's date).
 */
function* fieldsLike(united: RecordRegion, region: RecordRegion): Steps<boolean> {
  const sizes = new Map<Element, number>();
  for (let i = 0; i < united.records.length; i++) {
    if (i % STRIDE === 0) yield;
    const [el] = united.records[i]!;
    let at: Element | null = el ?? null;
    while (at && parentElement(at) !== region.parent) at = parentElement(at);
    if (at) sizes.set(at, (sizes.get(at) ?? 0) + 1);
  }
  const lengths = new Set(sizes.values());
  if (lengths.size > 1 || Math.min(...lengths) >= FIXED_LIST) return false;
  // A term and its description is labelled by its term: fields only when the terms are labels said in every section.
  if (united.records.some((r) => r.length > 1 && r[0]!.tagName === "dt") && !repeatsTerms(united.records)) return false;
  for (const [el] of united.records) {
    yield;
    if (!(el !== undefined && (singleLine(el) || /^[^:：]{1,40}[:：]/.test(textContent(el).trim())))) return false;
  }
  return true;
}

/** An item of one text and no link: a bullet point, not a record of several fields. */
function singleLine(el: Element): boolean {
  let texts = 0;
  let links = 0;
  const visit = (n: Element) => {
    if (n.tagName === "a") links++;
    if (n.childNodes.some((c) => isText(c) && c.value.trim())) texts++;
    elementChildren(n).forEach(visit);
  };
  visit(el);
  return texts <= 1 && links === 0;
}
