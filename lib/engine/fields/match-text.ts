/**
 * Reading a field's value out of a piece's text, for fit() in match.ts: the price the text asks now
 * (and its K/M suffix), a number the text names for the field, a value written after the field's own
 * name, the full text of a truncated title, and how much of the text is not the value; and what
 * tells a field's piece apart: a free price, a link to the site a field is named after, text that
 * is no description, a line that gathers other elements' values.
 */
import { singularOrPlural } from "../words";
import { GENERIC, type FieldPlan } from "./plan";
import type { Piece } from "./pieces";
import { MONEY, clean, parseNumber, type NumberStyle } from "./values";
import { areaUnitsAsOne } from "./area-units";
import { attr, classList, elementChildren, isElement, isText, normalizeSpace, textContent, walkElements, type Element } from "../dom";

export const MONEY_ALL = new RegExp(MONEY.source, `${MONEY.flags}g`);

/**
 * The number the text gives for the field by naming it: "3 bedrooms · 2 baths" gives 2 for
 * "bathrooms", "Reviews: 120" gives 120 for "reviewCount". Null when the text does not name the
 * field next to a number.
 */
export function mentionedNumber(plan: FieldPlan, text: string, style?: NumberStyle): number | null {
  // A year alone ("2019" beside a car's calendar icon), or as one part of a short line ("Penguin, 2019
  // · Book"), says what it is to a field named a year.
  if (plan.words.get("year") === 3 && text.length <= 60) {
    const years = text.split(/\s*[,·•|]\s*/).filter((part) => /^\s*(?:1[89]|20)\d\d\s*$/.test(part));
    if (years.length === 1) return Number(years[0]);
  }
  // "#812 opened 3 days ago by lena-k": the number after "#" is the record's, for a field named its number.
  const hash = /^\s*#(\d+)\b/.exec(text);
  if (hash && ["number", "no", "nr", "num", "id"].some((w) => plan.words.get(w) === 3)) return Number(hash[1]);
  const pattern = mentionPatterns.get(plan) ?? mentionPatterns.set(plan, mentionPattern(plan)).get(plan)!;
  const m = pattern?.exec(areaUnitsAsOne(text));
  return m ? parseNumber((m[1] ?? m[2]!).replace(/[ \u00a0\u202f]/g, ""), true, style) : null;
}

/** Built once per field: fit runs for every piece of every record. */
const mentionPatterns = new WeakMap<FieldPlan, RegExp | null>();

function mentionPattern(plan: FieldPlan): RegExp | null {
  const words = [...plan.words].filter(([w, weight]) => weight >= 2 && !GENERIC.has(w) && !COUNT_WORDS.has(w)).map(([w]) => w);
  if (!words.length) return null;
  const word = `(?:${words.map((w) => singularOrPlural(w.replace(/[^\p{L}\p{N}]/gu, ""))).join("|")})`;
  // Thousands grouped by spaces ("84 000 km") or shortened ("52k mi") are one number.
  const num = "(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|\\d[\\d.,]*)(?:\\s?k(?![\\p{L}]))?";
  // A total between them is still the field's: "22 total hours".
  return new RegExp(`(?<![\\p{L}\\p{N}.,])(${num})\\s*\\+?\\s*(?:total\\s+)?${word}(?![\\p{L}])|(?<![\\p{L}])${word}\\s*[:：]?\\s*(${num})`, "iu");
}

/** Words of a count field's name that any number could claim: "count" of "reviewCount". */
const COUNT_WORDS = new Set(["count", "number", "num", "total", "amount", "qty", "quantity"]);

/** Words before a price that is no longer the price: "Was £60.00 Now £39.01", "RRP £60", "UVP 99 €". */
const FORMER_PRICE = /\b(?:was|rrp|msrp|list(?: price)?|before|reg(?:ular(?:ly)?|\.)?|orig(?:inal(?:ly)?)?|uvp|statt|avant|prix barré)\s*:?\s*$/i;

/** The price the text asks now: the first one, unless it is a former price and another is not. */
export function currentPrice(v: string): RegExpExecArray | null {
  const first = MONEY.exec(v);
  if (!first || !FORMER_PRICE.test(v.slice(Math.max(0, first.index - 24), first.index))) return first;
  for (const m of v.matchAll(MONEY_ALL)) if (!FORMER_PRICE.test(v.slice(Math.max(0, m.index - 24), m.index))) return m as RegExpExecArray;
  return first;
}

/** A price as the page writes it, with its K/M/bn suffix: "$120K", not "$120". */
export function withSuffix(v: string, money: RegExpExecArray): string {
  const end = money.index + money[0].length;
  return money[0] + (/^\s?(?:[kKmM]|bn)\b/.exec(v.slice(end))?.[0] ?? "");
}

/**
 * "9.0" for the field "service" from <div>Service <em>9.0</em></div>: the element's own text is the
 * field's name, a label, and its value is in the element inside. Only that layout: "City Hall" in
 * one text is a name, not the field "city".
 */
export function withoutOwnLabel(v: string, name: string, el: Element): string {
  if (!el.childNodes.some(isElement)) return v;
  const own = el.childNodes.filter(isText).map((t) => t.value).join(" ").replace(/\s+/g, " ").trim();
  if (!own) return v;
  const label = labelPatterns(name);
  if (!label || !label.alone.test(own)) return v;
  return label.before.exec(v)?.[1] ?? v;
}

/** fit() runs for every piece of every record: a field name's two patterns are built once. */
const labelCache = new Map<string, { alone: RegExp; before: RegExp } | null>();
function labelPatterns(name: string): { alone: RegExp; before: RegExp } | null {
  let patterns = labelCache.get(name);
  if (patterns === undefined) {
    const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean);
    const label = words.join("[\\s_-]+");
    patterns = words.length ? { alone: new RegExp(`^${label}\\s*[:：-]?$`, "i"), before: new RegExp(`^${label}\\s*[:：-]?\\s+(\\S.*)$`, "i") } : null;
    if (labelCache.size >= 1_000) labelCache.clear(); // field names come from users' schemas: bounded
    labelCache.set(name, patterns);
  }
  return patterns;
}

/** Text around the value ("£51.77 In stock" for a price) means the piece holds more than the field. */
export const impurity = (text: string, match: string) => (text.length ? 1.5 * (1 - Math.min(1, match.length / text.length)) : 0);

/** "A Light in the ..." with title="A Light in the Attic": the full text, and where it was; null when the text is whole. */
export function untruncated(piece: Piece, v: string): { value: string; el: Element; attr: string } | null {
  if (!/(?:\.\.\.|…)$/.test(v)) return null;
  const stem = v.replace(/\s*(?:\.\.\.|…)$/, "");
  for (let n: Element | null = piece.el, i = 0; n && i < 3; n = n.parentNode && "tagName" in n.parentNode ? (n.parentNode as Element) : null, i++) {
    const name = attr(n, "title") !== undefined ? "title" : "aria-label";
    const full = attr(n, name);
    if (full && full.startsWith(stem) && full.length > stem.length) return { value: clean(full), el: n, attr: name };
  }
  return null;
}

export const safeHost = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
};

/** A price that costs nothing, written as a whole value: "Free", "Gratis!", "Kostenlos", "Gratuit". */
export const FREE = /^\s*(?:free|gratis|kostenlos|gratuit|gratuite|gratuito|gratuita|gratuits|gratuitos)\s*[!.]?\s*$/i;

/** An element whose text is only that of two or more elements inside it (a meta line, a list). */
export const gathers = (el: Element) => !el.childNodes.some((c) => isText(c) && c.value.trim() !== "") && el.childNodes.filter(isElement).length >= 2;

/** A bare web address, alone or followed by a trail of path parts ("example.com › docs › api"). */
export const ADDRESS_TRAIL = /^(?:https?:\/\/|www\.)\S+(?:\s+[›»>/]\s+\S+)*$/i;
export const LIST_TAGS = new Set(["ul", "ol", "dl"]);

/** Sites a field may be named after, and the hosts each one's links are on (x.com is Twitter). */
const SITES: Record<string, string[]> = {
  linkedin: ["linkedin", "lnkd"],
  twitter: ["twitter", "x"],
  github: ["github"],
  gitlab: ["gitlab"],
  facebook: ["facebook", "fb"],
  instagram: ["instagram"],
  youtube: ["youtube", "youtu"],
  tiktok: ["tiktok"],
  mastodon: ["mastodon"],
  bluesky: ["bsky"],
  threads: ["threads"],
  medium: ["medium"],
  dribbble: ["dribbble"],
  behance: ["behance"],
  orcid: ["orcid"],
};

/**
 * Whether a link's host is the site the field is named after: true when a word of the field's own
 * name is a label of the host ("linkedin" on www.linkedin.com, "imdb" on imdb.com), false when the
 * field is named after a known site and the host is not it (a "twitter" field is no GitHub link),
 * undefined when the field names no site.
 */
export function siteNamed(plan: FieldPlan, host: string): boolean | undefined {
  const labels = host.toLowerCase().split(".").slice(0, -1);
  let site = false;
  for (const [w, weight] of plan.words) {
    if (weight < 3) continue;
    const hosts = SITES[w];
    if (hosts ? hosts.some((h) => labels.includes(h)) : w.length > 2 && labels.includes(w)) return true;
    if (hosts) site = true;
  }
  return site ? false : undefined;
}

/** Words that mark a price as the old one: "Was £20", "Before 30 €", "RRP $40". */
export const WAS_TEXT = /(?:^|[^\p{L}])(?:was|before|previously|rrp|msrp|statt|avant|antes|prima)(?![\p{L}])/iu;

/** Classes of a badge set in a price: "badge", "label reduced", "tag-sale", "price-flag". */
const BADGE_CLASS = /(?:^|[-_])(?:badge|label|tag|flag|pill|chip|ribbon|sticker|reduced|sale|discount|promo|deal)(?:$|[-_])/i;
/** A badge's words: "Reduced", "Sale", "New", "Price drop"… */
const BADGE_TEXT = /^(?:reduced|sale|on sale|new|hot|deal|offer|promo|price drop|special|reduziert|angebot|neu|nouveau|soldes|promo|rebajado|oferta|nuevo|nuovo|sconto|offerta)!?$/i;

/**
 * A price's text without the badges set inside its element ("€ 520.000 <span class="reduced">Reduced</span>"
 * is "€ 520.000"): words with no digit in a child classed or worded as a badge. A unit ("/ month",
 * "per night") is part of the price and stays.
 */
export function withoutBadges(el: Element, v: string): string {
  let out = v;
  for (const c of elementChildren(el)) {
    const t = textContent(c).replace(/\s+/g, " ").trim();
    if (!t || /\d/.test(t) || !(classList(c).some((k) => BADGE_CLASS.test(k)) || BADGE_TEXT.test(t))) continue;
    const at = out.lastIndexOf(t);
    if (at >= 0) out = out.slice(0, at) + out.slice(at + t.length);
  }
  return clean(out) || v;
}

/** The element inside `root` whose whole text is `text` ("<a>Jordan P.</a>" of "by <a>Jordan P.</a> · 3 days ago"), if one is. */
export function elementWithText(root: Element, text: string): Element | undefined {
  let found: Element | undefined;
  walkElements(root, (n) => {
    if (n !== root && normalizeSpace(textContent(n)) === text) found = n;
    return !found;
  });
  return found;
}

/**
 * Whether a short text names its own kind with the field's word: "MIT License" and "Apache License
 * 2.0" for "license", as a label would ("License: MIT"). Only the field's own words (not its
 * synonyms, not generic ones), as the last word of four at most: a sentence that happens to hold the
 * word is no such value, nor a name the word only qualifies ("City Hall").
 */
export function namesOwnKind(plan: FieldPlan, v: string): boolean {
  if (v.length > 40 || v.split(/\s+/).length > 4) return false;
  const pattern = kindPatterns.get(plan) ?? kindPatterns.set(plan, kindPattern(plan)).get(plan)!;
  return !!pattern && pattern.test(v);
}

const kindPatterns = new WeakMap<FieldPlan, RegExp | null>();

function kindPattern(plan: FieldPlan): RegExp | null {
  const words = [...plan.words].filter(([w, weight]) => weight >= 3 && w.length > 3 && !GENERIC.has(w)).map(([w]) => w.replace(/[^\p{L}]/gu, ""));
  if (!words.length) return null;
  // The word ends the name, a version at most after it: "MIT License", "Apache License 2.0"; where it
  // only qualifies the next word ("City Hall" for "city"), the text is a name of something else.
  // (No number before it: "Service 9.0 Atmosphere 8.0" gathers two scores, it names no atmosphere.)
  return new RegExp(`^[^\\d\\s][^\\d]*\\s+(?:${words.map((w) => singularOrPlural(w)).join("|")})(?:\\s+v?\\d[\\d.]*)?$`, "iu");
}

/**
 * Whether a short text is a state, for a field named "status" or "state": an issue's "Open issue"
 * (an icon's name), a task's "Closed", an order's "Pending". Nothing else names such a value.
 */
export function namesState(plan: FieldPlan, v: string): boolean {
  return v.length <= 30 && (plan.words.get("status") === 3 || plan.words.get("state") === 3) && STATE_WORDS.test(v);
}

export const STATE_WORDS =
  /^(?:\S+\s+)?(?:open|opened|closed|merged|resolved|fixed|draft|pending|active|inactive|cancell?ed|completed|done|in progress|archived|expired|approved|rejected|declined|scheduled|postponed|delayed|on time|boarding|departed|arrived)\b/i;

/**
 * 0 for a count of changes or stops when the text says there are none: a timetable's "Direct", a
 * flight's "Nonstop" hold no digit, yet are a number. Undefined otherwise.
 */
export function noStops(plan: FieldPlan, v: string): 0 | undefined {
  const counts = [...plan.words].some(([w, n]) => n === 3 && /^(?:changes?|stops?|transfers?|stopovers?|layovers?|connections?|umstiege?)$/.test(w));
  return counts && /^\s*(?:direct|non-?stop|no (?:changes?|stops?|transfers?)|direkt)\s*$/i.test(v) ? 0 : undefined;
}
