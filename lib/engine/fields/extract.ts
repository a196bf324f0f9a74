/**
 * extractRows: the rows of a record region. With a field list each field is mapped onto the record
 * template (fill.ts); without one the row shape is inferred from the template (infer.ts).
 */
import type { Element } from "../dom";
import type { RecordRegion } from "../records";
import { fillFields } from "./fill";
import { inferRows } from "./infer";
import { planField } from "./match";
import { collectPieces } from "./pieces";
import type { FieldSpec } from "./spec";

export interface ExtractContext {
  pageUrl: string;
  /** The document's base URL when the caller already knows it (else <base href> or pageUrl). */
  baseUrl?: string;
  fields: FieldSpec[] | null;
  q: string;
}

export interface ExtractedRecordRow {
  row: Record<string, unknown>;
  record: Element[];
}

export function extractRows(region: RecordRegion, ctx: ExtractContext): ExtractedRecordRow[] {
  const all = collectPieces(region.records, ctx.baseUrl ?? ctx.pageUrl, region.headers);
  const host = hostOf(ctx.pageUrl);
  const rows = ctx.fields && ctx.fields.length ? fillFields(all, ctx.fields.map(planField), host) : inferRows(all, ctx.q, host, region.headers);
  const out: ExtractedRecordRow[] = [];
  rows.forEach((row, i) => {
    if (Object.values(row).some((v) => v !== null && v !== undefined && v !== "")) out.push({ row, record: region.records[i]! });
  });
  return out;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

