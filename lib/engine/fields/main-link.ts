/**
 * A record's main link, the one that stands for the record (its URL column, its title when nothing
 * else names it), and the call-to-action texts that are never a record's title.
 */
import { attr, classList, elementChildren, type Element } from "../dom";
import { SKIP_TAGS, parentElement } from "../records/features";
import { appendReversed } from "../append";

export const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * The record's main link: the record itself, the link around or inside its heading, or its first
 * text link; `besideHeading` when that link is not the heading and a heading (h1-h6) outside it has
 * text: the heading names the record ("Pro" over its "Start free trial", a speaker's name over the
 * link to her talk), the link is only the record's link.
 */
export function mainLinkOf(record: Element[], textContent: (el: Element) => string): { link?: Element; besideHeading: boolean } {
  const first = record[0];
  if (record.length === 1 && first?.tagName === "a" && attr(first, "href")) return { link: first, besideHeading: false };
  let headingLink: Element | undefined;
  let textLink: Element | undefined;
  let anyLink: Element | undefined;
  const headings: Element[] = [];
  for (const root of record) {
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (SKIP_TAGS.has(el.tagName)) continue;
      if (HEADINGS.has(el.tagName) && textContent(el)) headings.push(el);
      if (el.tagName === "a" && attr(el, "href") && resolvable(el)) {
        anyLink ??= el;
        const text = textContent(el);
        if (!textLink && text.length >= 2 && !CTA.test(text)) textLink = el;
        if (!headingLink && (isHeadingish(el) || elementChildren(el).some(isHeadingish) || ancestorHeading(el, root))) headingLink = el;
      }
      appendReversed(stack, elementChildren(el));
    }
  }
  const link = headingLink ?? textLink ?? anyLink;
  const besideHeading = !!link && !headingLink && headings.some((h) => !within(link, h) && !within(h, link));
  return { link, besideHeading };
}

/** Whether `el` is `root` or inside it. */
function within(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n; n = parentElement(n)) if (n === root) return true;
  return false;
}

/**
 * Call-to-action link texts: the link is the record's, its text is not the record's title ("Get
 * started" under a pricing plan's heading).
 */
export const CTA =
  /^(?:(?:see|view|read|learn|show|find out|click|get)\b.{0,20}\b(?:details?|more|info|here|deal|offer|job)|details|more|view|apply(?: now)?|buy(?: now)?|shop now|order now|book now|add to (?:cart|basket|bag)|get started|start (?:(?:a|your) )?(?:free )?trial|(?:try|start) (?:it )?(?:for )?free|try (?:it )?now|contact (?:sales|us)|talk to sales|(?:book|request|get|schedule) a demo|sign ?up|register|download|subscribe|join(?: now)?|get tickets|buy tickets|(?:choose|select|pick) (?:this )?plan|upgrade(?: now)?|…|\.\.\.)$/i;

const resolvable = (a: Element) => !/^(?:#|javascript:)/i.test(attr(a, "href")?.trim() ?? "#");
const isHeadingish = (el: Element) => HEADINGS.has(el.tagName) || classList(el).some((c) => /(?:^|[-_])(?:title|heading|name|headline)(?:$|[-_])/i.test(c));
function ancestorHeading(el: Element, root: Element): boolean {
  for (let n = parentElement(el); n && n !== parentElement(root); n = parentElement(n)) if (isHeadingish(n)) return true;
  return false;
}
