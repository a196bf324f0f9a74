/**
 * What the user reads when an extraction fails or falls short: the error whose message is a
 * sentence for them, and the sentences themselves (a fetch that failed, a seed page without records,
 * records without values, a list of field names).
 */
import { BLOCK_TAGS, bodyElement, elementChildren, INVISIBLE_TAGS, textContent, walkElements, type Document } from "../dom";
import type { FieldSpec } from "../fields";
import { EngineFetchError } from "../net/errors";

/** A failure whose message is a sentence for the user. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}

export function describeFetchError(err: unknown, what: string): string {
  if (err instanceof EngineFetchError) return `${what}: ${err.message}`;
  if (err instanceof Error && err.name === "AbortError") return `${what}: the extraction was stopped.`;
  return `${what}: ${err instanceof Error ? err.message : String(err)}`;
}

/** "a", "a" and "b", "a", "b" and "c". */
export function listNames(names: string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** "0 Reviews", "No results found", "There are no jobs yet": a listing that says it is empty. */
const EMPTY_NOTICE =
  /(?:^|[^\p{L}\p{N}])(?:(?:0|no|zero)\s+(?:\p{L}+\s+)?(?:results?|items?|products?|reviews?|jobs?|openings?|positions?|listings?|matches|records?|entries|posts?|articles?|comments?|events?|members?|people)(?:\s+(?:found|yet|available|to (?:show|display)|matched?))?|nothing (?:found|to (?:show|display)))(?=$|[^\p{L}])/iu;
const NOTICE_CHARS = 80;

/**
 * Why the seed page gave no records. A page that says it lists nothing (a short notice such as
 * "0 Reviews" in a heading or paragraph) is an empty listing, not the wrong kind of page.
 */
export function noRecords(doc: Document): string {
  let notice: string | null = null;
  const body = bodyElement(doc);
  if (body) {
    // Each line of text once: an element with no block inside is read whole, and not entered.
    walkElements(body, (el) => {
      if (notice || INVISIBLE_TAGS.has(el.tagName)) return false;
      if (elementChildren(el).some((k) => k.tagName === "br" || BLOCK_TAGS.has(k.tagName))) return;
      const text = textContent(el);
      if (text.length <= NOTICE_CHARS && EMPTY_NOTICE.test(text)) notice = text.replace(/[.!]+$/, "");
      return false;
    });
  }
  if (notice) return `The seed page lists no records: it says “${notice}”. Point the URL at a listing that shows items, or run again when this one has some.`;
  return "No repeated records were found on the seed page. Point the URL at the listing page itself (the page that shows the items), not a home or detail page.";
}

/** The seed page's list was found, but none of its records holds a value for any field. */
export function nothingMatched(records: number, fields: FieldSpec[] | null, schema: boolean): string {
  const found = `The seed page lists ${records} record${records === 1 ? "" : "s"}, but`;
  if (!fields?.length) return `${found} no values could be read from them.`;
  const names = fields.map((f) => f.name);
  const what = names.length === 1 ? `the field ${listNames(names)} matched nothing in them` : `none of the fields ${listNames(names)} matched anything in them`;
  const how = schema ? "name each field as the page labels it, or say what it holds in its description" : "name each field as the page labels it";
  return `${found} ${what}. Check that this is the page you meant, then ${how}.`;
}
