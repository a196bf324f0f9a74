/**
 * Building a record template from a region detected on the seed page: the parent's path from
 * <body>, the path down to the records, the signature of each record element and the shape most
 * records share (see RecordTemplate).
 */
import { type Element } from "../dom";
import { xpathOf } from "../xpath";
import type { RecordRegion } from "../records";
import { parentElement } from "../records/features";
import { commonStepSteps, shapeOf, stepOf, type RecordTemplate, type TemplateStep } from "./steps";
import { filterSteps, mapSteps, runSteps, type Steps } from "../steps";

/** A shape path must occur in this share of the seed's records to be part of the template. */
const SHAPE_SUPPORT = 0.6;
const MAX_SHAPE = 40;

/** The template of a detected record region (see RecordTemplate). */
export function recordTemplate(region: RecordRegion): RecordTemplate {
  return runSteps(recordTemplateSteps(region));
}

/** recordTemplate as steps (see steps.ts): each record is read a few times, a step per record. */
export function* recordTemplateSteps(region: RecordRegion): Steps<RecordTemplate> {
  const parentPath: TemplateStep[] = [];
  for (let n: Element | null = region.parent; n && n.tagName !== "body" && n.tagName !== "html"; n = parentElement(n)) parentPath.unshift(stepOf(n));

  const records = yield* filterSteps(region.records, (r) => r.length > 0);
  const lengths = new Set(records.map((r) => r.length));
  const k = lengths.size === 1 ? (records[0]?.length ?? 1) : 0;

  // Path from the parent down to the records' own parent, when it is the same for every record.
  const inner = yield* stepsDown(region.parent, records.map((r) => r[0]!));
  // A split table's records: the path to each of its halves.
  const split = k >= 2 && records.some((r) => r.some((el) => parentElement(el) !== parentElement(r[0]!)));
  const paths: (TemplateStep[] | null)[] = [];
  for (let i = 0; split && i < k; i++) paths.push(yield* stepsDown(region.parent, records.map((r) => r[i]!)));
  const parts = split && paths.every((p): p is TemplateStep[] => p !== null) ? paths : undefined;

  const positions = k === 0 ? 1 : k;
  const record: TemplateStep[] = [];
  for (let i = 0; i < positions; i++) {
    const step = yield* commonStepSteps(records.map((r) => r[i]!));
    record.push(step ?? { tag: records[0]?.[i]?.tagName ?? "div", classes: [] });
  }

  const counts = new Map<string, number>();
  const shaped = records.map((r) => (k === 0 ? r.slice(0, 1) : r));
  for (const r of shaped) {
    for (const p of shapeOf(r)) counts.set(p, (counts.get(p) ?? 0) + 1);
    yield;
  }
  const shape = [...counts]
    .filter(([, n]) => n >= Math.max(1, SHAPE_SUPPORT * shaped.length))
    .map(([p]) => p)
    .slice(0, MAX_SHAPE);

  const template: RecordTemplate = { kind: region.kind, parentPath, parentXPath: xpathOf(region.parent), inner, record, k, shape };
  if (parts) template.parts = parts;
  if (region.headers) template.headers = region.headers;
  return template;
}

/**
 * The steps from `parent` (excluded) down to each element's own parent (included), when they are
 * alike for every element (same depth, a common step at each level); null otherwise.
 */
function* stepsDown(parent: Element, elements: Element[]): Steps<TemplateStep[] | null> {
  const chains = yield* mapSteps(elements, (el) => {
    const chain: Element[] = [];
    for (let n = parentElement(el); n && n !== parent; n = parentElement(n)) chain.unshift(n);
    return chain;
  });
  const depth = chains[0]?.length ?? 0;
  if (chains.some((c) => c.length !== depth)) return null;
  const steps: TemplateStep[] = [];
  for (let d = 0; d < depth; d++) {
    const step = yield* commonStepSteps(chains.map((c) => c[d]!));
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}
