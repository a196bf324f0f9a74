/**
 * One page's rows: its JSON-LD list when it has one, else the records of the region that best fits
 * the query and fields (on later pages, the region with the seed's record template), filled, each
 * with its source and its record's identity. The pipeline (pipeline.ts) collects them page by page.
 */
import type { ExtractInput, RowSource } from "@/lib/extract/types";
import { attr, langOf, textContent, walkElements, type Document, type Element } from "./dom";
import { xpathFactory } from "./xpath";
import { asksForMembers, asksForSections, extractRegionPaused, fieldSources, numberStyleOf, rowsFromJsonLdSteps, type FieldSpec, type InferredColumns, type NumberStyle } from "./fields";
import { findRecordRegionsPaused, findRecordsPaused, type RecordRegion } from "./records";
import { acrossSectionsSteps, groupedSectionRecordsSteps, matchTemplateSteps, memberRecordsSteps, recordTemplateSteps, smallListingsSteps, type RecordTemplate } from "./template";
import { leadCovers, leadElementSteps } from "./lead-record";
import { rowsFromAppStateSteps } from "./fields/app-state";
import { withoutPlaceholdersSteps } from "./records/placeholders";
import { own } from "./lookup";
import { noPause, type Pause } from "./pipeline/pause";
import { runStepsPaused, type Steps } from "./steps";
import { inFrame, srcdocFramesSteps } from "./srcdoc";
import { parsePage } from "./pipeline/pages";

/** A value a row holds: not missing, null or empty text. */
export const hasValue = (v: unknown) => v !== undefined && v !== null && v !== "";

export interface ExtractedRow {
  row: Record<string, unknown>;
  source: RowSource;
}

/**
 * A row as the pipeline collects it: with its record's own text, which tells two items apart when
 * the fields asked for do not ("every book with its rating": many books, few ratings).
 */
export interface CollectedRow extends ExtractedRow {
  identity?: string;
  /** How its record's language writes numbers (inferred columns are read so; JSON-LD: none). */
  numbers?: NumberStyle;
}

export interface PageRows {
  rows: CollectedRow[];
  signature: string | null;
  records: number;
  /** Without fields: the columns the rows were read by (the seed's go to every later page of the run). */
  columns: InferredColumns | null;
  /** The document the rows were read in when it is not the page's own (an iframe's srcdoc): its links lead on. */
  document?: Document;
}

/**
 * The record template of a region: what pagination pages must share to be followed. Opaque to the
 * caller: a JSON string holding the region's short key (kind, parent tag, record tag and classes,
 * record length: what findRecordRegions' regions are compared by) and its full template (see
 * template.ts: parent path, record signature and shape) to find the same records again.
 */
function* templateOf(region: RecordRegion, detected: RecordRegion = region): Steps<string> {
  return JSON.stringify({ key: templateKey(detected), template: yield* recordTemplateSteps(region) });
}

function templateKey(region: RecordRegion): string {
  const first = region.records[0]?.[0];
  if (!first) return region.kind;
  const classes = first.attrs.find((a) => a.name === "class")?.value.split(/\s+/).filter(Boolean).sort().join(".") ?? "";
  return `${region.kind}:${region.parent.tagName}>${first.tagName}.${classes}:${region.records[0]!.length}`;
}

function parseTemplate(signature: string): { key: string; template: RecordTemplate | null } {
  try {
    const parsed = JSON.parse(signature) as { key?: unknown; template?: RecordTemplate };
    if (parsed && typeof parsed.key === "string") return { key: parsed.key, template: parsed.template ?? null };
  } catch {
    // A bare key (older signature).
  }
  return { key: signature, template: null };
}

/** A two-record seed region counts only when every row fills at least half of the fields (and two). */
const filledEnough = (row: Record<string, unknown>, fields: FieldSpec[]) =>
  fields.filter((f) => hasValue(own(row, f.name))).length >= Math.max(2, Math.ceil(fields.length / 2));

/**
 * Rows of one page. `expected` restricts to the seed page's template (pagination pages): the seed's
 * region is looked up again by its template (template.ts), which accepts pages with as few as one
 * record (a listing's last page); failing that, a detected region with the same key. On the seed
 * (`expected` null) the best detected region is taken; when there is none, a region of exactly two
 * records, else a list of one item, that matches the query and whose rows fill the fields (a
 * listing of two items, or of one); failing those, the region the query alone finds (see below).
 * A region that is one section of a listing split into sections (a heading and a list each, all of
 * one template: events by month) is widened to every such section's records (template/sections.ts).
 * `records` counts the region's records even when none of them gave a row. `columns` (without
 * fields, the seed page's inferred columns) are read on this page instead of inferring its own.
 */
export async function rowsFromPage(
  doc: Document,
  pageUrl: string,
  input: ExtractInput,
  fields: FieldSpec[] | null,
  expected: string | null,
  columns: InferredColumns | null = null,
  pause: Pause = noPause,
): Promise<PageRows> {
  if (expected?.startsWith(SRCDOC)) return await srcdocRows(doc, pageUrl, input, fields, expected.slice(SRCDOC.length), columns, pause);
  const fieldNames = fields?.map((f) => f.name);
  const ctx = { pageUrl, fields, q: input.q, columns };
  // Structured data (JSON-LD) wins when it lists the records; a page of the other kind ends pagination.
  const structured = expected === null || expected === "jsonld" ? await runStepsPaused(rowsFromJsonLdSteps(doc, ctx), pause) : [];
  if (expected === "jsonld" || structured.length >= 2) {
    const rows = structured.map((s) => ({ row: s.row, source: { page: pageUrl, xpath: s.xpath ?? "", fields: s.fields } }));
    return { rows, signature: "jsonld", records: structured.length, columns: null };
  }
  let read: InferredColumns | null = null;
  // One for the page: each record's XPath then costs its depth, not the count of records before it.
  const xpathOf = xpathFactory();
  const toRows = async (found: RecordRegion): Promise<CollectedRow[]> => {
    // Skeleton cards share the records' template but hold no item (records/placeholders.ts).
    const region = await runStepsPaused(withoutPlaceholdersSteps(found), pause);
    const first = region.records[0]?.[0];
    const numbers = numberStyleOf(first ? langOf(first) : undefined);
    await pause();
    const extracted = await extractRegionPaused(region, ctx, pause);
    read = extracted.columns;
    const out: CollectedRow[] = [];
    for (const r of extracted.rows) {
      await pause();
      const xpath = r.record[0] ? xpathOf(r.record[0]) : "";
      out.push({ row: r.row, source: { page: pageUrl, xpath, fields: fieldSources(r.record, xpath, r.from, xpathOf) }, identity: recordIdentity(r.record), numbers });
    }
    return out;
  };
  let region: RecordRegion | null = null;
  let rows: CollectedRow[] | null = null;
  if (expected === null) {
    region = await findRecordsPaused(doc, { q: input.q, fieldNames }, pause);
    if (!region) {
      // A listing of two items, else of one: each row must fill the fields (without fields, hold two
      // values at least; such a listing shows a link and a price or the like, see showsValues).
      for (const small of await runStepsPaused(smallListingsSteps(doc, { q: input.q, fieldNames }), pause)) {
        const candidate = await toRows(small);
        const filled = (row: Record<string, unknown>) => (fields?.length ? filledEnough(row, fields) : Object.values(row).filter(hasValue).length >= 2);
        if (candidate.length === small.records.length && candidate.every((r) => filled(r.row))) {
          region = small;
          rows = candidate;
          break;
        }
      }
    }
    // A short list (a team of four: under findRecords' text bar) is taken when the query's words are
    // in it. A schema's field names count as query words, so names the page does not show ("favorite",
    // "color") dilute that evidence and lose the list the same query finds without a schema: the query
    // alone still vouches for it. Its rows then say which fields the page has (see runPipeline).
    if (!region && input.schema && fieldNames?.length) region = await findRecordsPaused(doc, { q: input.q }, pause);
  } else {
    const { key, template } = parseTemplate(expected);
    region =
      (template && (await runStepsPaused(matchTemplateSteps(doc, template), pause))) ??
      (await findRecordRegionsPaused(doc, { q: input.q, fieldNames }, pause)).find((r) => templateKey(r) === key) ??
      null;
  }
  // An app shell shows no records until its script runs: its embedded state holds them (fields/app-state.ts).
  if (!region) {
    if (expected !== null && expected !== APP_STATE) return { rows: [], signature: null, records: 0, columns: null };
    const state = await appStateRows(doc, pageUrl, input.q, fields, pause);
    // A seed whose only list is in an <iframe srcdoc> (srcdoc.ts): that document is read as the seed.
    return state.rows.length || expected !== null ? state : await srcdocRows(doc, pageUrl, input, fields, null, columns, pause);
  }
  // Months that each hold a list of thin events are a grouping, not the records, unless the query
  // asks for the months themselves (template/grouped-sections.ts); so are departments that each
  // list their people, when the query asks for people (template/named-groups.ts).
  const members = asksForMembers(input.q, fields) ? await runStepsPaused(memberRecordsSteps(region), pause) : null;
  const grouped = members ?? (asksForSections(input.q) ? null : await runStepsPaused(groupedSectionRecordsSteps(region), pause));
  // One section of a listing split into sections (events by month) stands for them all. The key
  // stays the detected region's: it is what detection finds again on a later page (see templateKey).
  const widened = grouped ?? (await runStepsPaused(acrossSectionsSteps(region), pause));
  const found = widened === region && rows ? rows : await toRows(widened);
  if (expected === null && fields?.length) found.unshift(...(await leadRows(widened, found, fields, pageUrl, toRows, pause)));
  const signature = await runStepsPaused(templateOf(widened, region), pause);
  return { rows: found, signature, records: widened.records.length, columns: read };
}

/** Before the signature of rows read from an iframe's srcdoc document: later pages are read there too. */
const SRCDOC = "srcdoc:";

/**
 * The rows of the first of the page's srcdoc documents that gives any, read as the page itself
 * (at the page's address; `expected` the signature within it); a document the pipeline would not
 * parse (too deep, too large) is skipped.
 */
async function srcdocRows(doc: Document, pageUrl: string, input: ExtractInput, fields: FieldSpec[] | null, expected: string | null, columns: InferredColumns | null, pause: Pause): Promise<PageRows> {
  // Records without rows still count: the seed's message then says the fields did not match.
  let none: PageRows = { rows: [], signature: null, records: 0, columns: null };
  for (const { html, el } of await runStepsPaused(srcdocFramesSteps(doc), pause)) {
    let inner: Document;
    try {
      inner = await parsePage(html, pageUrl, pause);
    } catch {
      continue;
    }
    const read = await rowsFromPage(inner, pageUrl, input, fields, expected, columns, pause);
    if (read.rows.length) {
      // Its XPaths are the frame document's: the page's source names the iframe they are in.
      const frame = xpathFactory()(el);
      const rows = read.rows.map((r) => ({ ...r, source: inFrame(r.source, frame) }));
      return { ...read, rows, signature: read.signature === null ? null : SRCDOC + read.signature, document: read.document ?? inner };
    }
    if (read.records > none.records) none = { ...read, signature: null };
  }
  return none;
}

/** The signature of rows read from a page's embedded state: later pages are read there too. */
const APP_STATE = "app-state";

async function appStateRows(doc: Document, pageUrl: string, q: string, fields: FieldSpec[] | null, pause: Pause): Promise<PageRows> {
  const state = await runStepsPaused(rowsFromAppStateSteps(doc, { pageUrl, q, fields }), pause);
  const rows = state.map((s) => ({ row: s.row, source: { page: pageUrl, xpath: s.xpath ?? "", fields: s.fields } }));
  return { rows, signature: rows.length ? APP_STATE : null, records: rows.length, columns: null };
}

/**
 * The listing's featured first item drawn in its own template (see lead-record.ts), as a row of its
 * own, when it fills the fields most of the listing's rows fill; else none. The region's columns
 * and template stay the listing's.
 */
async function leadRows(region: RecordRegion, rows: CollectedRow[], fields: FieldSpec[], pageUrl: string, toRows: (region: RecordRegion) => Promise<CollectedRow[]>, pause: Pause): Promise<CollectedRow[]> {
  const lead = await runStepsPaused(leadElementSteps(region, pageUrl), pause);
  if (!lead) return [];
  const [row] = await toRows({ kind: region.kind, parent: region.parent, records: [[lead]], score: region.score });
  const names = fields.map((f) => f.name);
  const filled = (r: Record<string, unknown>, name: string) => {
    const v = own(r, name);
    return hasValue(v) && !(Array.isArray(v) && !v.length);
  };
  const covers = row && leadCovers(row.row, rows.map((r) => r.row), names, filled);
  return covers ? [row] : [];
}

/** A record's visible text and links: the same item shown twice (on two pages, or twice on one) has the same. */
function recordIdentity(record: Element[]): string {
  const links: string[] = [];
  const collect = (el: Element) => {
    if (el.tagName === "a") links.push(attr(el, "href") ?? "");
  };
  for (const el of record) {
    collect(el);
    walkElements(el, collect);
  }
  return JSON.stringify([record.map((el) => textContent(el)).join(" "), links]);
}
