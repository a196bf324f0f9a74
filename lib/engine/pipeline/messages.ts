/**
 * What the user reads when an extraction fails or falls short: the error whose message is a
 * sentence for them, and the sentences themselves (a fetch that failed, a seed page without records,
 * records without values, a list of field names).
 */
import { attr, BLOCK_TAGS, bodyElement, elementChildren, INVISIBLE_TAGS, isElement, isText, normalizeSpace, textContent, textContentSteps, walkElementsSteps, type ChildNode, type Document, type Element } from "../dom";
import { runSteps, type Steps } from "../steps";
import type { FieldSpec } from "../fields";
import { EngineFetchError } from "../net/errors";
import { shortListPaused } from "../records";
import { shownKinds, type ValueKind } from "../records/value-kinds";
import type { Pause } from "./pause";
import { whyNotCompiled } from "@/lib/schema/ajv-message";
import { framedListSteps } from "./frames";

/**
 * A failure whose message is a sentence for the user. `cause`: the error behind it, for a reader
 * who runs the engine (the CLI names the setting that would change the outcome; the analyst is not).
 */
export class ExtractionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ExtractionError";
  }
}

export function describeFetchError(err: unknown, what: string): string {
  if (err instanceof EngineFetchError) return `${what}: ${err.message}`;
  if (err instanceof Error && err.name === "AbortError") return `${what}: the extraction was stopped.`;
  return `${what}: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * A schema Ajv will not compile (`err`), such as a pattern with a backreference: the create checks
 * refuse it, so only a task stored before they did (re-queued at a restart) or the command line
 * gets here. Running without the check would return rows the schema does not allow, and every
 * returned row must match it; so nothing is read, and the user learns which field to change.
 */
export function unusableSchema(schema: Record<string, unknown>, err: unknown): string {
  const why = whyNotCompiled(schema, err instanceof Error ? err.message : String(err));
  return `The schema cannot be used, so no page was read: ${why.join(" ")} A task saved before the studio refused such schemas stops here; use "Duplicate and edit" to fix its schema, then run it again.`;
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

/** The short list the seed page shows but findRecords did not take (see noRecords). */
export async function shortListOf(doc: Parameters<typeof noRecordsSteps>[0], q: string, fields: FieldSpec[] | null, pause: Pause) {
  const list = await shortListPaused(doc, { q, fieldNames: fields?.map((f) => f.name) }, pause);
  return list && { records: list.records, q };
}

/**
 * Why the seed page gave no records. A page that says it lists nothing (a short notice such as
 * "0 Reviews" in a heading or paragraph) is an empty listing, not the wrong kind of page; a page
 * drawn by scripts has nothing to list until they run; a short list that was seen but not taken
 * (`short`, see records' shortList) is the listing, read once the query names what it shows.
 */
export function noRecords(doc: Document, short?: { records: Element[][]; q: string } | null): string {
  return runSteps(noRecordsSteps(doc, short));
}

/** noRecords as steps (see steps.ts): the failure of a huge page reads the whole of it. */
export function* noRecordsSteps(doc: Document, short?: { records: Element[][]; q: string } | null): Steps<string> {
  let notice: string | null = null;
  const body = bodyElement(doc);
  if (body) {
    // Each line of text once: an element with no block inside is read whole, and not entered.
    yield* walkElementsSteps(body, (el) => {
      if (notice || INVISIBLE_TAGS.has(el.tagName)) return false;
      if (elementChildren(el).some((k) => k.tagName === "br" || BLOCK_TAGS.has(k.tagName))) return;
      const text = textContent(el);
      if (text.length <= NOTICE_CHARS && EMPTY_NOTICE.test(text)) notice = text.replace(/[.!]+$/, "");
      return false;
    });
  }
  if (notice) return `The seed page lists no records: it says “${notice}”. Point the URL at a listing that shows items, or run again when this one has some.`;
  const scripted = yield* drawnByScripts(doc);
  if (scripted !== null) {
    const says = scripted ? ` (it says “${scripted}”)` : "";
    return `The seed page builds its content with JavaScript, which the engine does not run: its HTML holds no items${says}. Point the URL at a version of the page that shows its items without scripts, if the site has one.`;
  }
  if (short) return shortListNotTaken(short.records, short.q);
  const framed = yield* framedListSteps(doc);
  if (framed) return framed;
  return "No repeated records were found on the seed page. Point the URL at the listing page itself (the page that shows the items), not a home or detail page.";
}

/** The seed page's list was found, but none of its records holds a value for any field. */
export function nothingMatched(records: number, fields: FieldSpec[] | null, schema: boolean): string {
  const found = `The seed page lists ${records} record${records === 1 ? "" : "s"}, but`;
  // The record's name the engine added (noun-column.ts) is no field the user named.
  const asked = fields?.filter((f) => !f.implied);
  if (!asked?.length) return `${found} no values could be read from them.`;
  const names = asked.map((f) => f.name);
  const what = names.length === 1 ? `the field ${listNames(names)} matched nothing in them` : `none of the fields ${listNames(names)} matched anything in them`;
  const how = schema ? "name each field as the page labels it, or say what it holds in its description" : "name each field as the page labels it";
  return `${found} ${what}. Check that this is the page you meant, then ${how}.`;
}

/** A body with less visible text than this, and scripts, may be an app's empty shell. */
const SHELL_TEXT = 200;
/** What a <noscript> of a page drawn by scripts says: "You need to enable JavaScript to run this app." */
const SCRIPTS_NEEDED = /java\s*script|\bJS\b|\bscripts?\b/i;
/** The element a script-drawn app mounts into (React, Vue, Next.js, Nuxt, Svelte, Angular…). */
const MOUNT_ID = /^(?:root|app|__next|__nuxt|svelte|main-app|application|app-root)$/i;

/**
 * Null unless the page is an app's shell, drawn by its scripts: hardly any text, a script, and a
 * <noscript> asking for JavaScript or an empty mount point (<div id="root"></div>). Else that
 * <noscript> text ("You need to enable JavaScript to run this app"), or "" when it has none.
 */
function* drawnByScripts(doc: Document): Steps<string | null> {
  const body = bodyElement(doc);
  if (!body || (yield* textContentSteps(body)).length >= SHELL_TEXT) return null;
  let scripts = 0;
  let noscript: string | null = null;
  let mount = false;
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName === "script") scripts++;
    // With scripting on, as a browser parses it, a <noscript>'s content is raw text (tags included).
    // A tag manager's <noscript><iframe …> pixel says nothing about how the page is drawn.
    if (el.tagName === "noscript") {
      const says = normalizeSpace(textContent(el).replace(/<[^>]*>/g, " "));
      if (SCRIPTS_NEEDED.test(says)) noscript ??= says;
    }
    if (MOUNT_ID.test(attr(el, "id") ?? "") && !elementChildren(el).length && !textContent(el)) mount = true;
  });
  if (!scripts || (noscript === null && !mount)) return null;
  return (noscript ?? "").slice(0, NOTICE_CHARS * 2);
}

const KIND_WORDS: Partial<Record<ValueKind, [shown: string, field: string]>> = {
  money: ["a price", "price"],
  stock: ["a stock status", "availability"],
  rating: ["a rating", "rating"],
  date: ["a date", "date"],
  email: ["an email address", "email"],
  phone: ["a phone number", "phone"],
};

/**
 * A short list was there but, with its little text, taken only when the query asks for what its
 * items show: say so, with a query that would read it ("every product: name, price").
 */
function shortListNotTaken(records: Element[][], q: string): string {
  const first = spacedText(records[0]!);
  const quoted = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  const kinds = shownKinds(records).flatMap((k) => KIND_WORDS[k] ?? []);
  const shows = kinds.filter((_, i) => i % 2 === 0);
  const fields = kinds.filter((_, i) => i % 2 === 1);
  const what = shows.length ? ` (${shows.join(", ")})` : "";
  // The query's own words for the records, without any field list it wrote: "every product".
  const base = q.split(/\s*:|\s+(?:with|including|incl\.)\s+/i)[0]!.trim() || "every item";
  const example = `“${base}: name, ${fields.length ? fields.join(", ") : "…"}”`;
  const how = fields.length ? `Name the fields after a colon (${example})` : `Name the fields after a colon as the page labels them (${example})`;
  return (
    `The seed page shows a short list of ${records.length} items (the first: “${quoted}”), but with so little text it is taken as the listing only when the query asks for what its items show${what}. ` +
    `${how}, or give a schema.`
  );
}

/** An item's text with its pieces spaced apart: "4,50 €" and "Orléans" in two spans are two words. */
function spacedText(els: Element[]): string {
  const pieces: string[] = [];
  const visit = (node: ChildNode) => {
    if (isText(node)) pieces.push(node.value);
    else if (isElement(node) && !INVISIBLE_TAGS.has(node.tagName)) node.childNodes.forEach(visit);
  };
  for (const el of els) visit(el);
  return normalizeSpace(pieces.join(" "));
}
