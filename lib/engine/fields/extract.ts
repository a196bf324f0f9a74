/**
 * extractRows: the rows of a record region. With a field list each field is mapped onto the record
 * template (fill.ts); without one the row shape is inferred from the template (infer.ts).
 */
import { colSpan, elementChildren, type Element } from "../dom";
import { xpathWithin } from "../xpath";
import type { FieldSource } from "@/lib/extract/types";
import type { RecordRegion } from "../records";
import { fillFieldsSteps } from "./fill";
import { inferRowsSteps, type InferredColumns } from "./infer";
import { decorativeImages, fillsList, listPlan, listValues } from "./lists";
import { fillsObjectList, objectListValues } from "./object-lists";
import type { Origin } from "./origin";
import { planFields } from "./plan";
import { pluralListFields } from "./plural-lists";
import { fillFromIconNamesSteps } from "./icon-named-values";
import { setLengthUnitsSteps } from "./lengths";
import { collectPiecesSteps } from "./pieces";
import { gridRowsSteps, scheduleGrid } from "./grid-cells";
import { fillSectionFields, sectionFields } from "./section-fields";
import { recordSectionHeadings } from "../template/record-sections";
import type { FieldSpec } from "./spec";
import { put } from "../lookup";
import { runSteps, runStepsPaused, type Steps } from "../steps";
import type { Pause } from "../pipeline/pause";

export interface ExtractContext {
  pageUrl: string;
  /** The document's base URL when the caller already knows it (else <base href> or pageUrl). */
  baseUrl?: string;
  fields: FieldSpec[] | null;
  q: string;
  /** Without fields: the columns the run's seed page was read by, to read this page by the same. */
  columns?: InferredColumns | null;
}

export interface ExtractedRecordRow {
  row: Record<string, unknown>;
  record: Element[];
  /** Where each filled field was read (elements: see fieldSources for their XPaths). */
  from: Map<string, Origin>;
}

export function extractRows(region: RecordRegion, ctx: ExtractContext): ExtractedRecordRow[] {
  return extractRegion(region, ctx).rows;
}

type RegionRows = { rows: ExtractedRecordRow[]; columns: InferredColumns | null };

/** extractRows, with the inferred columns the rows were read by (null when the fields were given). */
export function extractRegion(region: RecordRegion, ctx: ExtractContext): RegionRows {
  return runSteps(regionSteps(region, ctx));
}

/**
 * extractRegion, giving the event loop a turn between records (the studio's server runs it: a
 * 30,000-row table took seconds in one stretch). The same steps: the same rows.
 */
export function extractRegionPaused(region: RecordRegion, ctx: ExtractContext, pause: Pause): Promise<RegionRows> {
  return runStepsPaused(regionSteps(region, ctx), pause);
}

function* regionSteps(region: RecordRegion, ctx: ExtractContext): Steps<RegionRows> {
  // A schedule grid asked for its talks: a row per filled cell (grid-cells.ts).
  const grid = ctx.fields?.length ? scheduleGrid(region, ctx.fields, ctx.q) : null;
  if (grid) return yield* gridRowsSteps(grid, ctx.fields!, (cells, fields) => regionSteps(cells, { ...ctx, fields }));
  const all = yield* collectPiecesSteps(region.records, ctx.baseUrl ?? ctx.pageUrl, region.headers);
  const host = hostOf(ctx.pageUrl);
  // A plural the query names ("formats") is a list where the records show several (plural-lists.ts).
  if (ctx.fields) ctx = { ...ctx, fields: pluralListFields(ctx.fields, all, host) };
  const inferred = ctx.fields && ctx.fields.length ? null : yield* inferRowsSteps(all, ctx.q, host, region.headers, ctx.columns);
  yield;
  const rows = inferred?.rows ?? (yield* fillFieldsSteps(all, yield* setLengthUnitsSteps(planFields(ctx.fields ?? []), all), host));
  // A value only an icon's name gives with the field's ("High severity"): icon-named-values.ts.
  if (ctx.fields?.length) yield* fillFromIconNamesSteps(rows, region.records, ctx.fields);
  // List fields: every element named like the field (lists.ts).
  const lists = (ctx.fields ?? []).filter(fillsList).map((spec) => ({ spec, plan: listPlan(spec) }));
  if (lists.length) {
    const decorative = decorativeImages(all);
    for (const [i, { row, from }] of rows.entries()) {
      for (const { spec, plan } of lists) {
        const list = listValues(all[i]!, plan, host, decorative);
        if (!list.values.length) continue;
        put(row, spec.name, list.values);
        if (list.from) from.set(spec.name, list.from);
      }
      yield;
    }
  }
  // Lists of objects: every element named as one of the items, read as a small record (object-lists.ts).
  for (const spec of (ctx.fields ?? []).filter(fillsObjectList)) {
    const lists = objectListValues(all, spec, ctx.baseUrl ?? ctx.pageUrl, host);
    yield;
    rows.forEach(({ row, from }, i) => {
      const list = lists[i]!;
      if (!list.values.length) return;
      put(row, spec.name, list.values);
      if (list.from) from.set(spec.name, list.from);
    });
  }
  // Fields that name the record's section ("month", "version"): its heading, where the record is silent (section-fields.ts).
  const sections = sectionFields(ctx.fields ?? []);
  if (sections.length) {
    fillSectionFields(rows, sections, recordSectionHeadings(region));
    yield;
  }
  const out: ExtractedRecordRow[] = [];
  const bands = region.kind === "table" ? bandRows(region.records) : null;
  for (const [i, { row, from }] of rows.entries()) {
    if (!bands?.has(i) && Object.values(row).some((v) => v !== null && v !== undefined && v !== "")) out.push({ row, record: region.records[i]!, from });
    yield;
  }
  return { rows: out, columns: inferred?.columns ?? null };
}

/**
 * Rows of a table that are one cell across the columns ("Europa League places" between a standings
 * table's teams, "* after extra time" under a results table): a band that parts or notes the rows,
 * no row of its own. Only where most rows have cells of their own.
 */
function bandRows(records: Element[][]): Set<number> {
  const cells = (r: Element[]) => r.flatMap((row) => elementChildren(row).filter((c) => c.tagName === "td" || c.tagName === "th"));
  const band = (r: Element[]) => {
    const c = cells(r);
    return c.length === 1 && colSpan(c[0]!) >= 2;
  };
  const out = new Set<number>();
  records.forEach((r, i) => band(r) && out.add(i));
  return out.size * 2 < records.length ? out : new Set();
}

/**
 * The fields' sources as the row's source keeps them: each element's XPath, worked out from its
 * record's (`recordXPath`, the XPath of `record[0]`), so that only the steps inside the record are
 * counted. `xpathOf` gives the record's other elements theirs: pass one xpathFactory for the whole
 * page, or every record of a long list counts all the siblings before it again. Strings, made while
 * the page is at hand: holding elements would keep every page's tree alive until the crawl ends.
 */
export function fieldSources(
  record: Element[],
  recordXPath: string,
  from: Map<string, Origin>,
  xpathOf: (el: Element) => string,
): Record<string, FieldSource> {
  const roots = new Map<Element, string>();
  if (record[0]) roots.set(record[0], recordXPath);
  const known = (el: Element) => {
    if (!record.includes(el)) return undefined;
    let path = roots.get(el);
    if (path === undefined) roots.set(el, (path = xpathOf(el)));
    return path;
  };
  return Object.fromEntries(
    [...from].map(([name, { el, attr }]) => {
      const xpath = xpathWithin(el, known);
      return [name, attr ? { xpath, attr } : { xpath }];
    }),
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

