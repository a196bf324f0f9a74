/**
 * The documents of a page's `<iframe srcdoc="…">`: a page can show its list inside one (an
 * embedded widget, a saved preview), where the list is a document of its own, not the page's
 * elements. Its HTML is the attribute's text (the parser has already unescaped it); its links are
 * resolved against the page's address, as a browser resolves an about:srcdoc document's. Bounded:
 * at most MAX_SRCDOC characters in all, and parsed within the pipeline's page limits.
 */
import { attr, walkElementsSteps, type Document } from "./dom";
import type { Steps } from "./steps";

export const MAX_SRCDOC = 5_000_000;

/** The srcdoc texts, in document order, up to MAX_SRCDOC characters in all (an iframe past it is left out). */
export function* srcdocTextsSteps(doc: Document, max = MAX_SRCDOC): Steps<string[]> {
  const out: string[] = [];
  let chars = 0;
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName !== "iframe") return;
    const text = attr(el, "srcdoc");
    if (!text?.trim() || chars + text.length > max) return false;
    chars += text.length;
    out.push(text);
    return false;
  });
  return out;
}
