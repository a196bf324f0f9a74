/**
 * How well a piece of a record fits a field, and the value it gives. A field has a kind (title,
 * link, price, rating…) and naming words (plan.ts); a piece scores by the words that name it
 * (label, class, itemprop, header) plus what its content looks like for that kind.
 * A score of null means "cannot hold this field" (e.g. a price field on text without a number).
 */
import { fileLinkFit } from "./file-links";
import { linkNamedBy, linkQualifiers } from "./link-qualifiers";
import { hrefAttr, textAttr } from "./origin";
import type { Element } from "../dom";
import { hintScore, type FieldPlan } from "./plan";
import { tokens } from "./spec";
import { besideStars, readRating, readRatingCount, SCORE_TEXT, starsCounted } from "./ratings";
import type { Piece } from "./pieces";
import { parseDate, parseDayMonth } from "./dates";
import { parseDateRange } from "./date-ranges";
import { yearLessDate } from "./year-less";
import { EMAIL, MONEY, PHONE, STOCK, clean, parseBoolean, parseNumber, parseMoneyRange, parseRatingText, mailtoAddress, signedStart, telNumber } from "./values";
import { ADDRESS_TRAIL, FREE, LIST_TAGS, MONEY_ALL, currentPrice, gathers, impurity, mentionedNumber, noStops, safeHost, siteNamed, untruncated, WAS_TEXT, withSuffix, withoutBadges } from "./match-text";
import { splitBylineDate } from "./bylines";
import { splitDateline } from "./datelines";
import { splitDistance } from "./distances";
import { readDuration } from "./durations";
import { readsAsJobTitle } from "./job-titles";
import { plainFit } from "./match-plain";
import { altTextFit } from "./alt-text";
import { splitCourseHeading } from "./course-codes";

export interface Fit {
  score: number;
  value: unknown;
  /** Where the value was read: this attribute (none: the text) of `el` (none: the piece's element). */
  attr?: string;
  el?: Element;
}


const typedLooking = (v: string) => MONEY.test(v) || STOCK.test(v) || parseRatingText(v) !== null || (v.length < 40 && parseDate(v) !== null);

/** The fit of a piece for a field, or null when the piece cannot hold it. */
export function fit(plan: FieldPlan, piece: Piece, pageHost: string): Fit | null {
  const { spec, kind } = plan;
  // A page's text is flat: an object or a list field would get a string its schema refuses.
  if (piece.labelOnly || spec.type === "object" || spec.type === "array") return null;
  const h = hintScore(plan, piece);
  const alt = altTextFit(plan, piece, h);
  if (alt !== undefined) return alt;
  // An object's part of a generic name must be named by its object ("brand.logo" is not the photo).
  if (plan.context && ![...plan.context].some((w) => piece.hints.has(w))) return null;
  // A microdata value nobody sees holds only the field its itemprop names: a datePublished is
  // not a phone number because its digits look like one.
  if (piece.hidden && h === 0) return null;
  const v = piece.value || piece.attrValue || "";
  // Numbers in the text are written in the record's language; an attribute (content, data-value)
  // holds them the machine's way ("1.719").
  const numbers = piece.value && !piece.hidden ? piece.numbers : undefined;
  // A labelled piece whose label names something else is that other field's.
  const foreignLabel = !!piece.label && h === 0 ? 1.5 : 0;
  switch (kind) {
    case "title": {
      if (!v || piece.el.tagName === "img") return null;
      const full = untruncated(piece, v);
      // "See details" / "Apply now" links are the record's link, not its title (unless most records'
      // texts in that place are names: pieces.ts markCallsToAction).
      const cta = !!piece.callToAction;
      // A main link beside the record's heading ("Pro" above a "Choose plan" link, a speaker's name
      // above her talk's link) is a title only after that heading.
      const linked = piece.mainLink && !cta ? (piece.besideHeading ? 1.5 : 3) : 0;
      let s = 0.3 + h - foreignLabel + linked + (piece.heading ? 2 : 0) - (cta ? 2 : 0);
      if (v.length > 150) s -= 2;
      if (typedLooking(v)) s -= 1;
      if (piece.constant && h === 0) s -= 3;
      if (plan.apart) {
        // A "name" and a "title" asked apart: a job title is the title's, even beside a heading
        // (a team card's "Chief Engineer" under "Ada Lovelace"), and never the name's. Other text
        // that nothing names, heads or links is neither: it scores just above nothing, so it never
        // makes a slot theirs (a course's instructor is not its "name", a product's brand not its
        // "title"), but in the slot other records' job titles hold it is this record's.
        const role = readsAsJobTitle(full ? full.value : v);
        const plain = h === 0 && !piece.heading && !piece.mainLink;
        if (role && plan.titleWord === "title") s += 3;
        else if (role) s -= 3;
        if (plain && !(role && plan.titleWord === "title")) s = Math.min(s, 0.01);
      }
      const heading = full ? full.value : v;
      const value = plan.course === "title" ? (splitCourseHeading(heading)?.title ?? heading) : heading;
      return { score: s, value, el: full?.el, attr: full ? full.attr : textAttr(piece) };
    }
    case "link": {
      if (!piece.href || /^(?:mailto|tel):/i.test(piece.href)) return null;
      const textHint = tokens(piece.text).reduce((m, t) => Math.max(m, plan.words.get(t) ?? 0), 0) * 0.7;
      const host = safeHost(piece.href);
      const external = host !== pageHost;
      const wantsExternal = plan.words.has("website") || plan.words.has("homepage");
      // A field named by a site ("linkedin", "github") is a link to that site: its host says so.
      const onSite = siteNamed(plan, host);
      if (onSite === false && h === 0) return null;
      const file = fileLinkFit(plan, piece.href, h > 0 || textHint > 0);
      if (file === null) return null;
      const only = linkQualifiers(plan);
      if (only.length && file <= 0 && !linkNamedBy(piece, only)) return null;
      // A link labelled by the field's own qualifier ("DOI: 10.1109/…" for "DOI link") beats the record's main link.
      const qualified = !piece.mainLink && [...plan.words].some(([w, n]) => n >= 2 && !LINK_WORDS.has(w) && (piece.hints.get(w) ?? 0) >= 3) ? 0.5 : 0;
      const s = (piece.mainLink ? 3 : 1) + qualified + Math.max(h, textHint) + (wantsExternal && external ? 2 : 0) - (wantsExternal && piece.mainLink && !external ? 2 : 0) + (onSite ? 2 : 0) + file;
      return { score: s, value: piece.href, el: piece.hrefEl, attr: hrefAttr(piece) };
    }
    case "image":
      return piece.src ? { score: 2 + h, value: piece.src, attr: piece.srcAttr } : null;
    case "email": {
      const linked = !!piece.href?.startsWith("mailto:");
      const mail = linked ? mailtoAddress(piece.href!) : EMAIL.exec(v)?.[0];
      return mail ? { score: 3 + h, value: mail, el: linked ? piece.hrefEl : undefined, attr: linked ? hrefAttr(piece) : textAttr(piece) } : null;
    }
    case "phone": {
      const linked = !!piece.href?.startsWith("tel:");
      const tel = linked ? telNumber(piece.href!) : v.length <= 40 ? PHONE.exec(v)?.[0] : undefined;
      // "2013-07-13" has a phone number's digits and separators, but it is a date.
      const date = !!tel && !linked && parseDate(tel) !== null;
      return tel && tel.replace(/\D/g, "").length >= 7 && !date
        ? { score: 2 + h, value: clean(tel), el: linked ? piece.hrefEl : undefined, attr: linked ? hrefAttr(piece) : textAttr(piece) }
        : null;
    }
    case "money": {
      // One end of a range: "$57K-$102K" is 57000 for salary_min, 102000 for salary_max.
      const prices = plan.rangeEnd ? [...v.matchAll(MONEY_ALL)] : [];
      const money = plan.rangeEnd === "high" && prices.length >= 2 ? prices[1]! : plan.rangeEnd ? MONEY.exec(v) : currentPrice(v);
      // Both ends of a range, whichever end shows the currency: "45.000 – 60.000 €", "$57-102K".
      const range = v.length <= 80 ? parseMoneyRange(v, true, numbers) : null;
      // Pence and cents written alone: "99p", "45¢".
      const cents = !money && !range ? /^(\d{1,2})\s?[p¢]$/i.exec(v) : null;
      if (cents) return spec.type === "integer" ? null : { score: 3 + h - foreignLabel, value: spec.type === "number" ? Number(cents[1]) / 100 : v, attr: textAttr(piece) };
      // "Free" as the whole value is a price of 0 ("Free shipping" in a sentence is not); a text
      // field keeps the word as shown. Only a range end (a salary's low end) has no such value.
      if (!plan.rangeEnd && FREE.test(v)) return { score: 3 + h - foreignLabel, value: spec.type === "number" || spec.type === "integer" ? 0 : clean(v), attr: textAttr(piece) };
      // "€€" of four: a price range as restaurant guides write it, text only, where a class names it.
      if (h > 0 && spec.type === "string" && /^([$€£¥₹])\1{0,3}$/u.test(v)) return { score: 2 + h - foreignLabel, value: v, attr: textAttr(piece) };
      if (!money && !range && !(h > 0 && v.length <= 30 && parseNumber(v, false, numbers) !== null)) return null;
      // An old price is struck out, or says so ("Was £20"); the price is the one not struck out.
      if (plan.struck === "only" && !piece.struck && !WAS_TEXT.test(v)) return null;
      const shown = v.length <= 40 || !money ? withoutBadges(piece.el, v) : money[0];
      const s = 2 + (money || range ? 1 : 0) + h - foreignLabel - (piece.struck !== !!plan.struck ? 2 : 0) - impurity(v, money?.[0] ?? v);
      if (spec.type === "number" || spec.type === "integer") {
        // With its K/M suffix: "$57K-$102K" is 57000, not 57. A range gives its low end, or the end
        // the field names; "Up to $102K" has no low end.
        const n = range?.range || (range && plan.rangeEnd) ? (plan.rangeEnd === "high" ? range.high : range.low) : parseNumber(money ? v.slice(signedStart(v, money.index)) : v, true, numbers);
        return n === null ? null : { score: s, value: spec.type === "integer" ? Math.round(n) : n, attr: textAttr(piece) };
      }
      return { score: s, value: plan.rangeEnd && prices.length >= 2 ? clean(withSuffix(v, money!)) : clean(shown), attr: textAttr(piece) };
    }
    case "stock": {
      const m = v.length <= 60 ? STOCK.exec(v) : null;
      // A column named "In stock" or "Available" holds yes/no words: "Yes", "✓".
      if (!m && h > 0 && spec.type === "boolean") {
        const b = parseBoolean(v);
        return b === null ? null : { score: 2 + h, value: plan.negated ? !b : b, attr: textAttr(piece) };
      }
      if (!m && h > 0 && spec.type === "string" && v.length <= 20 && parseBoolean(v) !== null) return { score: 2 + h, value: v, attr: textAttr(piece) };
      if (!m) return null;
      const s = 3 + h - impurity(v, m[0]);
      if (spec.type === "boolean") {
        const b = parseBoolean(v) ?? parseBoolean(m[0]);
        return b === null ? null : { score: s, value: plan.negated ? !b : b, attr: textAttr(piece) };
      }
      return { score: s, value: v, attr: textAttr(piece) };
    }
    case "rating": {
      const r = readRating(piece);
      if (r !== null) {
        // A text field takes the text as written when it has the number ("4.5 out of 5").
        const written = spec.type === "string" && /\d/.test(v);
        const value = written ? v : spec.type === "string" ? String(r.value) : spec.type === "integer" ? Math.round(r.value) : r.value;
        return { score: 3 + h, value, attr: written ? textAttr(piece) : r.attr };
      }
      const n = v.length <= 12 ? parseNumber(v, false, numbers) : null;
      // A named plain number: a rating out of 10 at most (a larger one beside it is a count of
      // reviews); a score on any scale, negative too, when the text is that number with at most a
      // unit ("118 points", "96%", "87/100": not "(1,204)" or "1,204 reviews", counts) and no
      // stars beside it, and beside one of 0 to 10 in the same named element, that one first.
      if (h <= 0 || n === null) return null;
      const count = plan.counted ? starsCounted(v, piece.el, numbers) : null;
      if (count !== null) return { score: 0.75 + h, value: spec.type === "string" ? v : count, attr: textAttr(piece) };
      if (n >= 0 && n <= 10) return { score: 1 + h, value: spec.type === "string" ? v : n, attr: textAttr(piece) };
      return plan.openScale && SCORE_TEXT.test(v.trim()) && !besideStars(piece.el) ? { score: 0.75 + h, value: spec.type === "string" ? v : n, attr: textAttr(piece) } : null;
    }
    case "date": {
      const inAttr = !!piece.attrValue && parseDate(piece.attrValue) !== null;
      const source = inAttr ? piece.attrValue! : v;
      if (source.length > 80) return null;
      const format = spec.format === "date-time" ? "date-time" : "date";
      // "4–8 June 2026": a start date is the 4th, an end date the 8th (a date field is the start).
      const range = parseDateRange(source, format);
      const end = range && (plan.rangeEnd === "high" ? range.end : range.start);
      const d = end ?? parseDate(source, format);
      // A date without its year ("28 nov."): a plain field keeps it as written, a typed one takes
      // the year the page gives it, or is left out (year-less.ts).
      if (!d && !inAttr && parseDayMonth(v)) {
        const iso = spec.format ? yearLessDate(v, piece.el) : null;
        if (spec.format && !iso) return null;
        return { score: 2 + h - foreignLabel - (gathers(piece.el) ? 1 : 0), value: iso ? (spec.format === "date-time" ? `${iso}T00:00:00Z` : iso) : clean(v), attr: textAttr(piece) };
      }
      if (!d) return null;
      // The element that holds the date itself, not a line that gathers it with other values
      // ("Episode 142 • <time>November 24, 2025</time> • 58 min"): the line would take the
      // episode and the length from their fields too.
      const s = 2 + h - foreignLabel - (gathers(piece.el) ? 1 : 0);
      // A typed date is read from the attribute (<time datetime>); an untyped one is the text shown,
      // without the byline before or after it ("3 Jan 2019 by admin", "Started by Ana · 3 Mar 2024":
      // the author is another field's).
      const shown = spec.format || (end && plan.rangeEnd) ? d : ((splitBylineDate(v) ?? splitDateline(v))?.date ?? v);
      return { score: s, value: shown, attr: spec.format && inAttr ? piece.valueAttr : textAttr(piece) };
    }
    case "number": {
      // A count of ratings beside the stars it counts: "★★★★★ (212)" is 212 ratings, not 5.
      const count = countsRatings(plan) ? readRatingCount(piece) : null;
      if (count) return { score: 1 + h - foreignLabel, value: count.value, attr: count.attr };
      const inAttr = !!piece.attrValue && parseNumber(piece.attrValue) !== null;
      const source = inAttr ? piece.attrValue! : v;
      if (!source || source.length > 40) return null;
      // Any text may hold a number ("June 1st", "Item 7"): unless a class, label or header names the
      // piece, its own words must ("3 bedrooms", "120 reviews"), or the number would be made up.
      const far = plan.distance ? splitDistance(v) : null;
      const credits = plan.course === "credits" ? splitCourseHeading(v)?.credits : null;
      if (credits != null && !(spec.type === "integer" && !Number.isInteger(credits))) return { score: 1.5 + h - foreignLabel, value: credits, attr: textAttr(piece) };
      if (far) return { score: 1.5 + h - foreignLabel, value: far.value, attr: textAttr(piece) };
      // "2h 46m" is one length of time, not the number 2; it names itself for a field that counts time.
      const took = h > 0 || plan.durationUnit ? readDuration(v, plan.durationUnit) : null;
      if (took !== null) return { score: 1 + h - foreignLabel, value: spec.type === "integer" ? Math.round(took) : took, attr: textAttr(piece) };
      const said = noStops(plan, v) ?? (h === 0 ? mentionedNumber(plan, v, numbers) : undefined);
      if (said === null) return null;
      const n = said ?? parseNumber(source, true, inAttr ? {} : numbers);
      if (n === null || (spec.type === "integer" && !Number.isInteger(n))) return null;
      return { score: 0.5 + h - foreignLabel - (piece.constant && h === 0 ? 2 : 0), value: n, attr: said === undefined && inAttr ? piece.valueAttr : textAttr(piece) };
    }
    case "boolean": {
      const b = parseBoolean(v);
      // A dash says the column's "no" whatever the field's name: never negated.
      if (b === null) return piece.yesNoDash ? { score: 1 + h - foreignLabel, value: false, attr: textAttr(piece) } : null;
      return { score: 1 + h - foreignLabel, value: plan.negated ? !b : b, attr: textAttr(piece) };
    }
    case "long": {
      // An address or a breadcrumb ("https://zilliz.com › leaderboard") describes nothing.
      if (!v || ADDRESS_TRAIL.test(v)) return null;
      // A description is long text, unless a header or class names it: "Coffee beans" under
      // "Description". A short text unnamed scores just above nothing: it never makes a slot the
      // description's alone, but in the slot other records fill with long text it is this
      // record's description ("The React Framework").
      if (v.length < 20 && h === 0) return typedLooking(v) || piece.constant ? null : { score: 0.01, value: v, attr: textAttr(piece) };
      // A list's items run together ("1 project 5 GB storage Community support") are not a sentence.
      const list = LIST_TAGS.has(piece.el.tagName) ? 0.5 : 0;
      return { score: 0.5 + Math.min(1.5, v.length / 200) + h - foreignLabel - list - (piece.constant && h === 0 ? 3 : 0), value: v, attr: textAttr(piece) };
    }
    default:
      return plainFit(plan, piece, v, h);
  }
}

const LINK_WORDS = new Set(["link", "links", "url", "uri", "href", "page", "permalink", "website", "homepage", "site"]);

/** A field that counts ratings or reviews: "ratingCount", "reviews", "number of votes". */
const countsRatings = (plan: FieldPlan) => [...plan.words].some(([w, n]) => n >= 3 && /^(?:ratings?|reviews?|votes?)$/.test(w));
