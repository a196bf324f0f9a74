/**
 * One extraction, start to finish: fetch the seed page, find its records, fill the fields, follow
 * pagination onto pages with the same record template, dedupe, validate against the schema, verify
 * links, and hand the kept rows (with their source) to a sink. Pure of storage: the runner persists,
 * the CLI prints.
 */
import { emptyProgress, type ExtractInput, type TaskProgress } from "@/lib/extract/types";
import { coerceRow, fieldSpecsFromQuery, markRecordNames, fieldSpecsFromSchema, fieldPaths, flattenObjectFields, listsAcrossPagesSteps, makeRowValidator, nestRow, numericColumnsSteps, numericQueryFields, unfilledParts, valueAtPath, type FieldSpec } from "./fields";
import { fillsList } from "./fields/lists";
import { withRecordColumn } from "./fields/noun-column";
import { fillsObjectList } from "./fields/object-lists";
import { fetchPage } from "./net/fetch-page";
import { RobotsCache } from "./net/robots";
import { hasValue, rowsFromPage, type CollectedRow, type ExtractedRow } from "./page-rows";
import { describeFetchError, ExtractionError, listNames, noRecordsSteps, nothingMatched, shortListOf, unusableSchema } from "./pipeline/messages";
import type { PipelineOptions } from "./pipeline/options";
import { nextPagePaused, parsePage, sameSite, scriptedLoadMorePaused } from "./pipeline/pages";
import { pauser } from "./pipeline/pause";
import { runStepsPaused } from "./steps";
import { normalizeUrl } from "./pagination/urls";
import { rowLinks } from "./pipeline/row-links";
import { verifyRowLinks } from "./pipeline/verify-links";
import { own } from "./lookup";
import { appendAll } from "./append";
import { emptyNext, emptySeed, isEmptyPage } from "./pipeline/empty-page";

const stableKey = (row: Record<string, unknown>) =>
  JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]]));

export async function runPipeline(input: ExtractInput, sink: (row: ExtractedRow) => Promise<void> | void, opts: PipelineOptions): Promise<TaskProgress> {
  // The bound is carried from the first report, so a watcher never sees a page without it.
  const progress: TaskProgress = { ...emptyProgress(), maxPages: opts.seedHtml === undefined ? opts.maxPages : 1 };
  const report = (patch: Partial<TaskProgress>) => {
    Object.assign(progress, patch);
    opts.onProgress?.({ ...progress, rowsDropped: { ...progress.rowsDropped }, notes: [...progress.notes] });
  };
  const robots = new RobotsCache();
  const fetchOpts = {
    timeoutMs: opts.pageTimeoutMs,
    allowPrivate: opts.allowPrivate,
    respectRobots: opts.respectRobots,
    robots,
    userAgent: opts.userAgent,
    signal: opts.signal,
  };
  // First, before any page is read: a schema that cannot check rows could return none.
  let validate: ReturnType<typeof makeRowValidator> | null = null;
  if (input.schema) {
    try {
      validate = makeRowValidator(input.schema);
    } catch (err) {
      throw new ExtractionError(unusableSchema(input.schema, err));
    }
  }
  // An object field's properties are filled as flat fields ("company.name") and nested back in step 3.
  const schemaFields = input.schema ? fieldSpecsFromSchema(input.schema) : null;
  // (A schema's "planName" is the plan's own name when the query says "every plan".)
  // (Without a schema, "every engineer with role" gets each engineer's name too: noun-column.ts.)
  const queryFields = schemaFields ? null : fieldSpecsFromQuery(input.q);
  const fields = schemaFields ? markRecordNames(flattenObjectFields(schemaFields), input.q) : queryFields && withRecordColumn(queryFields, input.q);
  // Where each flat field sits in the (nested) row.
  const paths = fieldPaths(schemaFields ?? fields ?? []);

  // 1. The seed page.
  report({ stage: "fetching", currentUrl: input.url });
  let seedUrl = input.url;
  let html: string;
  let seedStatus: number | undefined;
  if (opts.seedHtml !== undefined) {
    html = opts.seedHtml;
  } else {
    try {
      const page = await fetchPage(input.url, fetchOpts);
      seedUrl = page.url;
      html = page.html;
      seedStatus = page.status;
    } catch (err) {
      throw new ExtractionError(describeFetchError(err, "The seed page could not be read"), { cause: err });
    }
  }
  report({ pagesFetched: 1, stage: "extracting" });
  if (isEmptyPage(html)) throw new ExtractionError(emptySeed(seedUrl, seedStatus));
  // Between records and steps: the studio's server runs this, and must keep answering meanwhile.
  const pause = pauser(20, opts.signal);
  let doc = await parsePage(html, seedUrl, pause);
  await pause();
  const seed = await rowsFromPage(doc, seedUrl, input, fields, null, null, pause);
  if (seed.rows.length === 0) {
    // Records without a row: the list is there, the fields are not (blaming the URL would mislead).
    throw new ExtractionError(
      seed.records > 0
        ? nothingMatched(seed.records, fields, input.schema !== null)
        : await runStepsPaused(noRecordsSteps(doc, await shortListOf(doc, input.q, fields, pause)), pause),
    );
  }
  // A list read in an iframe's srcdoc document pages on by that document's links.
  doc = seed.document ?? doc;
  const collected: CollectedRow[] = [...seed.rows];
  report({ recordsFound: seed.records });

  // 2. Pagination: only onto pages with the same record template.
  const visited = new Set([normalizeUrl(input.url), normalizeUrl(seedUrl)]);
  let pageUrl = seedUrl;
  for (let pages = 1; opts.seedHtml === undefined && pages < opts.maxPages; pages++) {
    opts.signal?.throwIfAborted();
    const next = await nextPagePaused(doc, pageUrl, pause);
    if (!next) {
      const more = await scriptedLoadMorePaused(doc, pause);
      if (more) progress.notes.push(`The page has a "${more}" button that runs a script, which the engine does not run: records it may load were not read.`);
      break;
    }
    if (!sameSite(next.url, pageUrl)) {
      progress.notes.push(`Pagination stopped: the next-page link leads to another site (${next.url}).`);
      break;
    }
    if (visited.has(normalizeUrl(next.url))) {
      progress.notes.push(`Pagination stopped: ${next.url} was already visited.`);
      break;
    }
    visited.add(normalizeUrl(next.url));
    report({ stage: "fetching", currentUrl: next.url });
    let page;
    try {
      page = await fetchPage(next.url, fetchOpts);
    } catch (err) {
      // A cancel is no page that failed: it ends the run, not only the pagination.
      opts.signal?.throwIfAborted();
      progress.notes.push(describeFetchError(err, `Pagination stopped at ${next.url}`));
      break;
    }
    report({ pagesFetched: progress.pagesFetched + 1, stage: "extracting" });
    if (isEmptyPage(page.html)) {
      progress.notes.push(emptyNext(page.url, page.status));
      break;
    }
    try {
      doc = await parsePage(page.html, page.url, pause);
    } catch (err) {
      opts.signal?.throwIfAborted();
      progress.notes.push(`Pagination stopped: ${err instanceof Error ? err.message : String(err)}`);
      break;
    }
    pageUrl = page.url;
    await pause();
    // Inferred columns are the seed's: the same slot has the same key on every page.
    const more = await rowsFromPage(doc, pageUrl, input, fields, seed.signature, seed.columns, pause);
    if (more.rows.length === 0) {
      progress.notes.push(`Pagination stopped at ${next.url}: the page does not list records like the first page.`);
      break;
    }
    appendAll(collected, more.rows);
    doc = more.document ?? doc;
    report({ recordsFound: progress.recordsFound + more.records });
    if (pages + 1 >= opts.maxPages && (await nextPagePaused(doc, pageUrl, pause))) {
      // The analyst cannot raise the limit (ENGINE_MAX_PAGES, the README's): the note says what it means for them.
      progress.notes.push(`Pagination stopped after ${opts.maxPages} pages, the studio's limit: the pages after them were not read. A narrower listing (a category, a filter) fits in fewer.`);
    }
  }

  // 3. Type inferred columns, dedupe, coerce and validate.
  // Inferred columns of plain numbers are read in the records' number style ("1.500" is 1500 in German);
  // one a later page read as a list is a list on every page.
  const numbers = collected[0]?.numbers ?? {};
  const collectedRows = collected.map((c) => c.row);
  if (!fields) {
    await runStepsPaused(listsAcrossPagesSteps(collectedRows), pause);
    await runStepsPaused(numericColumnsSteps(collectedRows, undefined, numbers), pause);
  }
  // Text fields the query named ("teams with played and points") are typed like inferred columns.
  else if (!input.schema) await runStepsPaused(numericColumnsSteps(collectedRows, numericQueryFields(fields), numbers), pause);
  const seen = new Set<string>();
  let kept: ExtractedRow[] = [];
  const dropped = { ...progress.rowsDropped };
  const reasons = new Map<string, number>();
  for (const item of collected) {
    await pause();
    const row = fields && schemaFields ? nestRow(coerceRow(item.row, fields), schemaFields) : item.row;
    // A duplicate is the same row from the same item: two items whose rows agree stay two rows.
    const key = `${stableKey(row)}\u0000${item.identity ?? ""}`;
    if (seen.has(key)) {
      dropped.duplicate++;
      continue;
    }
    seen.add(key);
    if (validate) {
      const verdict = validate(row);
      if (!verdict.ok) {
        dropped.invalid++;
        reasons.set(verdict.reason, (reasons.get(verdict.reason) ?? 0) + 1);
        continue;
      }
    }
    // A part of an object left out of the row (incomplete) has no source either.
    const sources = item.source.fields && Object.entries(item.source.fields).filter(([name]) => valueAtPath(row, paths.get(name) ?? [name]) !== undefined);
    kept.push({ row, source: sources && sources.length !== Object.keys(item.source.fields!).length ? { ...item.source, fields: Object.fromEntries(sources) } : item.source });
  }
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
    progress.notes.push(`${n} row${n === 1 ? "" : "s"} dropped as invalid: ${reason}`);
  }
  // Fields no record had a value for: left out of (or null in) every row, which a user should hear.
  // (Not the record's name the engine added itself, noun-column.ts: the user never asked for it.)
  const empty = (fields ?? []).filter((f) => !f.implied && !collected.some((c) => hasValue(own(c.row, f.name))));
  // (Object fields with properties are flat fields by now; a list of flat items is filled like them.)
  const unfillable = (f: FieldSpec) => f.type === "object" || (f.type === "array" && !fillsList(f) && !fillsObjectList(f));
  // …and the parts of objects the engine does not fill (an object in an object), named by their path.
  const nested = [...empty.filter(unfillable).map((f) => f.name), ...unfilledParts(schemaFields ?? [])];
  const unmatched = empty.filter((f) => !unfillable(f)).map((f) => f.name);
  if (unmatched.length && kept.length) {
    progress.notes.push(`No row has a value for ${listNames(unmatched)}: nothing on the page matched ${unmatched.length === 1 ? "that field" : "those fields"}.`);
  }
  if (nested.length) {
    progress.notes.push(
      `${listNames(nested)} ${nested.length === 1 ? "is" : "are"} not filled: the embedded engine fills text, numbers, yes/no, dates and links from the page, as fields of the row, properties of an object field, or items of a list field (values, or objects of such values), one level deep. Make ${nested.length === 1 ? "its" : "their"} parts fields of the row, or properties of an object field.`,
    );
  }
  report({ rowsDropped: dropped, rowsKept: kept.length });

  // 4. Verify links.
  if (input.verifyUrls && kept.length) {
    report({ stage: "verifying", currentUrl: null });
    const { alive, notes } = await verifyRowLinks(kept, rowLinks(fields, paths), {
      allowPrivate: opts.allowPrivate,
      userAgent: opts.userAgent,
      signal: opts.signal,
      budgetMs: opts.verifyBudgetMs,
    });
    dropped.deadLinks += kept.length - alive.length;
    progress.notes.push(...notes);
    kept = alive;
    report({ rowsDropped: dropped, rowsKept: kept.length });
  }

  if (kept.length === 0) {
    const why =
      dropped.invalid > 0
        ? `every row failed the schema (${dropped.invalid} dropped${reasons.size ? `; most common: ${[...reasons.keys()][0]}` : ""}).` +
          `${unmatched.length ? ` Nothing on the page matched ${listNames(unmatched)}.` : ""} Loosen the schema (mark fewer fields required) or check the field names.`
        : dropped.deadLinks > 0
          ? `every row had a dead link (${dropped.deadLinks} dropped). Run again without "verify URLs" to see them.`
          : "no rows were left.";
    throw new ExtractionError(`The extraction found records but ${why}`);
  }

  // 5. Hand over.
  report({ stage: "writing", currentUrl: null });
  for (const item of kept) {
    await sink(item);
    await pause();
  }
  report({ stage: "done" });
  return progress;
}
