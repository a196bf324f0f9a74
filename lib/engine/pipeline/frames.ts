/**
 * Frames on a seed page without records. Careers pages embed their job board (Greenhouse, Lever,
 * Workable), shops a partner's catalogue, in an <iframe>: a separate page, which the engine does not
 * read as part of this one (its rows could not say where on this page they were). An analyst told
 * only "No repeated records were found" would not guess that the list they see is another address.
 */
import { attr, bodyElement, walkElementsSteps, type Document, type Element } from "../dom";
import type { Steps } from "../steps";

/** Frames that never hold a page's list: players, maps, tag managers, captchas, social widgets. */
const NOT_A_LIST = /(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|google\.[a-z.]+\/maps|maps\.google|googletagmanager|doubleclick|googlesyndication|recaptcha|hcaptcha|facebook\.com|twitter\.com|platform\.x\.com|instagram\.com|spotify\.com|soundcloud\.com|disqus\.com|stripe\.com|paypal\.com)/i;

const tiny = (el: Element) => {
  const size = (name: string) => Number.parseInt(attr(el, name) ?? "", 10);
  const style = attr(el, "style") ?? "";
  return size("width") <= 1 || size("height") <= 1 || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || attr(el, "hidden") !== undefined;
};

/** A sentence about the first frame that could hold the page's list, or null when it has none. */
export function* framedListSteps(doc: Document): Steps<string | null> {
  const body = bodyElement(doc);
  let said: string | null = null;
  if (body)
    yield* walkElementsSteps(body, (el) => {
      if (said || el.tagName !== "iframe" || tiny(el)) return !said;
      const src = attr(el, "src")?.trim() ?? "";
      if (/<\w/.test(attr(el, "srcdoc") ?? "")) {
        said = "The seed page shows its content in a frame written into the page (an <iframe srcdoc>), which the engine does not read. Point the URL at a page that shows the items itself.";
      } else if (src && !/^(?:about|javascript|data):/i.test(src) && !NOT_A_LIST.test(src)) {
        said = `The seed page shows another page in a frame (${src}), which the engine does not read as part of this one. If the items are in that frame, point the URL at that address.`;
      }
      return false;
    });
  return said;
}
