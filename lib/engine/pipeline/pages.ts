/**
 * The pages an extraction reads after fetching them: parsed only within safe limits, and the next
 * page of the listing chosen and kept on the listing's own site.
 */
import { measureTreeSteps, type Document } from "../dom";
import { parseHtmlPaused } from "../parse-paused";
import type { Pause } from "./pause";
import { nextOrDeclaredSteps, scriptedLoadMoreSteps, type NextLink } from "../pagination";
import { runSteps, runStepsPaused } from "../steps";
import { ExtractionError } from "./messages";

/**
 * The next page: the link findNextLink is sure of, else the page's own <link rel="next">. Following
 * the declaration costs one fetch, and the next page's records must match the seed's template.
 */
export const nextPage = (doc: Document, pageUrl: string): NextLink | null => runSteps(nextOrDeclaredSteps(doc, pageUrl));

/** nextPage, giving the event loop turns: every link of a long page is collected and scored. */
export const nextPagePaused = (doc: Document, pageUrl: string, pause: Pause): Promise<NextLink | null> => runStepsPaused(nextOrDeclaredSteps(doc, pageUrl), pause);

/** scriptedLoadMore (pagination.ts), giving the event loop turns: it walks the whole body. */
export const scriptedLoadMorePaused = (doc: Document, pause: Pause): Promise<string | null> => runStepsPaused(scriptedLoadMoreSteps(doc), pause);

/**
 * A listing's next page is on its own site: the same host, give or take "www." (and the scheme, for a
 * site that moves to https). A "next" link to another host is an ad, a partner or a saved copy's
 * original, not this listing's page 2.
 */
export function sameSite(a: string, b: string): boolean {
  const host = (u: string) => new URL(u).hostname.replace(/^www\./i, "").toLowerCase();
  try {
    return host(a) === host(b);
  } catch {
    return false;
  }
}

/**
 * Limits on what a page may be before the engine looks for records. Browsers stop nesting at 512
 * levels (Blink's parser cap); deeper trees and huge element counts are hostile or broken pages that
 * would cost minutes of CPU.
 */
export const PAGE_LIMITS = { maxDepth: 512, maxElements: 300_000 } as const;

export async function parsePage(html: string, url: string, pause: Pause): Promise<Document> {
  const doc = await parseHtmlPaused(html, pause);
  const { elements, maxDepth } = await runStepsPaused(measureTreeSteps(doc), pause);
  if (maxDepth > PAGE_LIMITS.maxDepth) {
    throw new ExtractionError(`The page ${url} nests its HTML ${maxDepth.toLocaleString("en")} levels deep (browsers stop at ${PAGE_LIMITS.maxDepth}); it cannot be extracted safely.`);
  }
  if (elements > PAGE_LIMITS.maxElements) {
    throw new ExtractionError(`The page ${url} has ${elements.toLocaleString("en")} elements (more than ${PAGE_LIMITS.maxElements.toLocaleString("en")}); it is too large to extract.`);
  }
  return doc;
}
