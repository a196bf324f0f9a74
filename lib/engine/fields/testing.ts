/** Test helpers: regions built by hand, so field tests do not depend on record detection. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { classList, parseHtml, walkElements, type Document, type Element } from "../dom";
import type { RecordRegion } from "../records";

export function fixture(name: string): Document {
  return parseHtml(readFileSync(path.join(__dirname, "..", "__fixtures__", name), "utf8"));
}

/** Elements matching `test`, in document order. */
export function select(doc: Document, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  walkElements(doc, (el) => {
    if (test(el)) out.push(el);
  });
  return out;
}

export const byClass = (name: string) => (el: Element) => classList(el).includes(name);
export const byTag = (tag: string) => (el: Element) => el.tagName === tag;

export function region(doc: Document, test: (el: Element) => boolean, extra: Partial<RecordRegion> = {}): RecordRegion {
  const records = select(doc, test);
  const parent = records[0]?.parentNode as Element;
  return { kind: "repeated", parent, records: records.map((r) => [r]), score: 1, ...extra };
}

/** A book's spec list as its own page shows it: one item's fields, of many kinds. */
export const BOOK_SPEC: ReadonlyArray<readonly [string, string]> = [
  ["UPC", "228ba5e7577e1d49"],
  ["Product Type", "Books"],
  ["Price (excl. tax)", "£26.08"],
  ["Price (incl. tax)", "£26.08"],
  ["Tax", "£0.00"],
  ["Availability", "In stock (1 available)"],
  ["Number of reviews", "0"],
];
