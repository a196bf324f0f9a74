/**
 * How well a piece of a record fits a field, and the value it gives. A field has a kind (title,
 * link, price, rating…) and naming words (plan.ts); a piece scores by the words that name it
 * (label, class, itemprop, header) plus what its content looks like for that kind.
 * A score of null means "cannot hold this field" (e.g. a price field on text without a number).
 */
import { fileLinkFit } from "./file-links";
import { linkNamedBy, linkQualifiers } from "./link-qualifiers";
import { hrefAttr, textAttr } from "./origin";
import { hintScore, type FieldPlan } from "./plan";
import { tokens } from "./spec";
import type { Piece } from "./pieces";
import { parseDate } from "./dates";
import { EMAIL, MONEY, PHONE, STOCK, clean, parseBoolean, parseRatingText, mailtoAddress, telNumber } from "./values";
import { ADDRESS_TRAIL, LIST_TAGS, safeHost, siteNamed, untruncated } from "./match-text";
import { readsAsJobTitle } from "./job-titles";
import { plainFit } from "./match-plain";
import { altTextFit } from "./alt-text";
import { splitCourseHeading } from "./course-codes";
import { moneyFit, stockFit } from "./match-money";
import { perUnitPrice } from "./per-unit-prices";
import { numberFit, ratingFit } from "./match-numbers";
import { dateFit } from "./match-dates";
import type { Element } from "../dom";
import { academicTitleFit, withoutAcademicTitles } from "./academic-titles";
import { withoutTextBadges } from "./text-badges";
import { countdownText } from "./countdowns";
import { dashedCodePart } from "./dashed-codes";

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
  if (plan.academic === "titles") return academicTitleFit(piece, h);
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
      // A name nobody asked for (noun-column.ts) is what plainly names the record, or nothing.
      if (spec.implied && !piece.heading && !(piece.mainLink && !cta) && h < 2) return null;
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
      const heading = withoutAcademicTitles(plan, full ? full.value : withoutTextBadges(plan, piece.el, v));
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
    case "money":
      return perUnitPrice(plan, piece, moneyFit(plan, piece, v, h, numbers, foreignLabel));
    case "stock":
      return stockFit(plan, piece, v, h);
    case "rating":
      return ratingFit(plan, piece, v, h, numbers);
    case "date":
      return dateFit(plan, piece, v, h, foreignLabel);
    case "number":
      return numberFit(plan, piece, v, h, numbers, foreignLabel);
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
      return { score: 0.5 + Math.min(1.5, v.length / 200) + h - foreignLabel - list - (piece.constant && h === 0 ? 3 : 0), value: dashedCodePart(plan, v) ?? v, attr: textAttr(piece) };
    }
    default:
      return countdownText(plan, plainFit(plan, piece, v, h));
  }
}

const LINK_WORDS = new Set(["link", "links", "url", "uri", "href", "page", "permalink", "website", "homepage", "site"]);
