/**
 * A "Load more" control that a script runs (a <button>, or a link to nowhere: no href, "#",
 * "javascript:"). The engine runs no scripts; but many such controls name the address their
 * script fetches in an attribute — `data-next-url`, `data-href`, htmx's `hx-get` — which is the
 * listing's next page as surely as a link to it would be (the pipeline still checks that page
 * lists records like the first, on the same site). A GET form's submit button is followed to the
 * address the form builds (get-form.ts).
 */
import { attr, bodyElement, textContent, walkElementsSteps, type Document, type Element } from "../dom";
import { resolveLink } from "../net/user-info";
import { isMoreLabel } from "./lexicon";
import { resolveHref } from "./urls";
import { findBase } from "./collect";
import type { Steps } from "../steps";
import { getFormUrl, isSubmit, submitLabel } from "./get-form";

/** Where a script-run "Load more" keeps the address it fetches. */
const URL_ATTRS = ["data-next-url", "data-next-page-url", "data-next-page", "data-next", "data-load-more-url", "data-more-url", "data-href", "data-url", "hx-get", "data-hx-get"];

const ADDRESS = /^(?:https?:\/\/|\/|\?|\.\.?\/)|[/?=]/i;

export interface ScriptedMore {
  el: Element;
  label: string;
  /** The address the control names, absolute; null when it names none. */
  url: URL | null;
  attr: string | null;
}

const withoutHash = (u: URL | null) => (u ? u.href.replace(/#.*$/, "") : null);

const isScripted = (el: Element) => {
  const href = attr(el, "href")?.trim();
  if (el.tagName === "a") return !href || href === "#" || /^javascript:/i.test(href);
  return el.tagName === "button" || attr(el, "role") === "button" || isSubmit(el);
};

/** The first scripted "Load more" control of the page's body, with the address it names if any. */
export function* scriptedMoreSteps(doc: Document, pageUrl: string): Steps<ScriptedMore | null> {
  const body = bodyElement(doc);
  let found: ScriptedMore | null = null;
  if (!body) return null;
  yield* walkElementsSteps(body, (el) => {
    if (found) return false;
    if (!isScripted(el)) return true;
    const label = (isSubmit(el) ? submitLabel(el) : textContent(el)).replace(/\s+/g, " ").trim();
    if (!isMoreLabel(label)) return false;
    found = { el, label, url: null, attr: null };
    const page = resolveLink(pageUrl);
    const base = page && findBase(doc, page);
    const submitted = base && isSubmit(el) ? getFormUrl(el, base) : null;
    // A form that asks for the page itself again (no field says which batch) is not the next page.
    if (submitted && submitted.href !== withoutHash(page)) {
      Object.assign(found, { url: submitted, attr: "form" });
      return false;
    }
    for (const name of URL_ATTRS) {
      const value = attr(el, name);
      // An address, not a page number ("2") or a selector (".list") a script reads there too.
      const url = value && base && ADDRESS.test(value.trim()) ? resolveHref(value, base) : null;
      if (url) {
        Object.assign(found, { url, attr: name });
        break;
      }
    }
    return false;
  });
  return found;
}
