/**
 * The documents of a page's `<iframe srcdoc="…">`: a page can show its list inside one (an
 * embedded widget, a saved preview), where the list is a document of its own, not the page's
 * elements. Its HTML is the attribute's text (the parser has already unescaped it); its links are
 * resolved against the page's address, as a browser resolves an about:srcdoc document's. Bounded:
 * at most MAX_SRCDOC characters in all, and parsed within the pipeline's page limits. A row read
 * there keeps the iframe's XPath in the page as its source's `frames` (see RowSource): its record's
 * XPath is the frame document's, which the page's own XPaths cannot reach.
 */
import { attr, walkElementsSteps, type Document, type Element } from "./dom";
import type { RowSource } from "@/lib/extract/types";
import type { Steps } from "./steps";

export const MAX_SRCDOC = 5_000_000;

export interface SrcdocFrame {
  html: string;
  el: Element;
}

/** The srcdoc iframes, in document order, up to MAX_SRCDOC characters in all (an iframe past it is left out). */
export function* srcdocFramesSteps(doc: Document, max = MAX_SRCDOC): Steps<SrcdocFrame[]> {
  const out: SrcdocFrame[] = [];
  let chars = 0;
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName !== "iframe") return;
    const html = attr(el, "srcdoc");
    if (!html?.trim() || chars + html.length > max) return false;
    chars += html.length;
    out.push({ html, el });
    return false;
  });
  return out;
}

/** A source read in the document of the iframe at `frame` (an XPath in the page), as the page's source. */
export const inFrame = (source: RowSource, frame: string): RowSource => ({ ...source, frames: [frame, ...(source.frames ?? [])] });
