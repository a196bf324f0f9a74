/**
 * Lists that are shown to operate the page, not as content: a closed popup's or dropdown's list, a
 * run of popups (each record a dialog window), a calendar's days or a date picker's months, a
 * search filter's options (boxes to tick, or links that refine the search) or its facet groups.
 * detectAllRecords (all.ts) ranks them at FURNITURE × their score; findRecords (main-list.ts)
 * passes over them.
 */
import { attr, isElement, textContent, walkElements, type Element } from "../dom";
import { parentElement } from "./features";
import type { Scored } from "./score";

/**
 * A list inside an element hidden with an inline display:none, or folded in a closed <details>, is a
 * closed dropdown, date picker or popup: not shown, and not one of the page's lists. (Records hidden one by one, e.g. filtered-out
 * results, are still items of a shown list: only the list's container and above are looked at.)
 */
function closedPopup(parent: Element): boolean {
  let below: Element | null = null;
  for (let n: Element | null = parent; n && n.tagName !== "body"; below = n, n = parentElement(n)) {
    const style = attr(n, "style");
    if (style && /display\s*:\s*none/i.test(style)) return true;
    // A closed <details> shows only its <summary>: what else it holds is folded away.
    if (n.tagName === "details" && attr(n, "open") === undefined && below?.tagName !== "summary") return true;
  }
  return false;
}

export const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|today|tomorrow)\b|[\d\s\p{P}]/giu;

/** Lists that are shown to operate the page, not as content: popups, calendars (their days or whole months) and filters. */
export function furniture(r: Scored): boolean {
  return closedPopup(r.parent) || r.records.every(isDialog) || calendar(r) || monthGrid(r) || filterOptions(r);
}

const DIALOG_ROLES = new Set(["dialog", "alertdialog"]);

/**
 * A record that is itself a dialog window: a page's newsletter, sign-up and alert popups sit side by
 * side at the end of the body, alike in shape, and make a list the detectors find. chrome.ts already
 * counts a list inside a dialog as page chrome; a list of dialogs is the same furniture one level up.
 */
function isDialog(rec: Element[]): boolean {
  return rec.some((el) => el.tagName === "dialog" || DIALOG_ROLES.has(attr(el, "role") ?? "") || attr(el, "aria-modal") === "true");
}

/** Longest mean item text of a list of filter options ("Free Wi-Fi (92)"). */
const OPTION_TEXT = 40;

/**
 * A search filter's options: short items, most of them a checkbox or radio button with its label.
 * (Product cards with a "compare" checkbox have far more text.)
 */
function filterOptions(r: Scored): boolean {
  const sample = r.records.slice(0, 40);
  const short = r.meanText <= OPTION_TEXT;
  const panel = () => inFilterPanel(r.parent);
  // (Both readings need short items or a filter panel: long records are not walked for boxes.)
  if (!short && !panel()) return false;
  const choices = sample.map((rec) => rec.reduce((n, el) => n + choicesIn(el, 2 - n), 0));
  // Options: short items, most with a box...
  if (short && choices.filter((n) => n >= 1).length >= sample.length * 0.6) return true;
  // ...or groups of options, a facet per record ("Size", "Brand"), in a panel that says it filters.
  // (Product cards with size swatches also hold several choices each, but not in a filter panel.)
  if (choices.filter((n) => n >= 2).length >= sample.length * 0.6 && panel()) return true;
  // ...or short links in such a panel: facet values that refine the search when followed.
  return short && panel() && sample.filter(oneLink).length >= sample.length * 0.6;
}

/** A record that is one link: (nearly) all its text inside a single <a href>. */
function oneLink(rec: Element[]): boolean {
  const links: Element[] = [];
  const isLink = (n: Element) => n.tagName === "a" && attr(n, "href") !== undefined;
  for (const el of rec) {
    if (isLink(el)) links.push(el);
    else walkElements(el, (n) => (isLink(n) ? (links.push(n), false) : true));
  }
  const text = (el: Element) => textContent(el).trim().length;
  return links.length === 1 && text(links[0]!) >= rec.reduce((t, el) => t + text(el), 0) * 0.9;
}

const FILTER_WORDS = /(^|[^a-zA-Z])([Ff]ilters?|[Ff]acets?|[Rr]efine(?:ments?)?)(?![a-z])/;

function inFilterPanel(el: Element): boolean {
  for (let n: Element | null = el; n && n.tagName !== "body"; n = parentElement(n)) {
    if (FILTER_WORDS.test(`${attr(n, "class") ?? ""} ${attr(n, "id") ?? ""}`)) return true;
  }
  return false;
}

/** Checkboxes and radio buttons in el, counted up to `limit`. */
function choicesIn(el: Element, limit: number): number {
  let found = 0;
  if (limit <= 0) return 0;
  walkElements(el, (n) => {
    if (n.tagName === "input" && /^(checkbox|radio)$/i.test(attr(n, "type") ?? "")) found++;
    return found < limit;
  });
  return found;
}

/**
 * The day cells of a calendar or date picker: a run of items whose text is only dates (numbers,
 * month and weekday names). Only short items are read, and only the first 40 of them.
 */
function calendar(r: Scored): boolean {
  if (r.records.length < 7 || r.meanText > 40) return false;
  const sample = r.records.slice(0, 40);
  const dates = sample.filter((rec) => rec.map((e) => textContent(e)).join(" ").replace(DATE_WORDS, "").length <= 2);
  return dates.length >= sample.length * 0.8;
}

/** A month of a date picker: dozens of day cells, its text (nearly) all dates. */
const MONTH_LEAVES = 20;
const MONTH_DATES = 0.9;
/** A month's text is its name, weekdays and day numbers: a couple of hundred characters at most. */
const MONTH_TEXT = 600;

/**
 * A date picker's months: records of dozens of cells whose text is dates (month and weekday names,
 * numbers). A table of dated rows has a few cells a row; an events list has the events' names.
 */
function monthGrid(r: Scored): boolean {
  // (The text bound first: a list of whole sections would have each one's text read.)
  if (r.kind === "table" || r.meanText > MONTH_TEXT) return false;
  const sample = r.records.slice(0, 12);
  const months = sample.filter((rec) => {
    let leaves = 0;
    let text = "";
    for (const el of rec) {
      text += ` ${textContent(el)}`;
      leaves += countLeaves(el, MONTH_LEAVES);
    }
    const compact = text.replace(/\s+/g, "");
    return leaves >= MONTH_LEAVES && compact.length > 0 && text.replace(DATE_WORDS, "").length <= compact.length * (1 - MONTH_DATES);
  });
  return months.length >= sample.length * 0.8;
}

/** Elements without element children below `el`, counted up to `limit`. */
function countLeaves(el: Element, limit: number): number {
  let found = 0;
  const stack: Element[] = [el];
  while (stack.length && found < limit) {
    const n = stack.pop()!;
    let kids = 0;
    for (const c of n.childNodes)
      if (isElement(c)) {
        stack.push(c);
        kids++;
      }
    if (!kids) found++;
  }
  return found;
}
