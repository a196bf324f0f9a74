/**
 * A field's source in a few characters, for the row-detail panel. The record's XPath is shown just
 * above, so an element inside the record is written from it ("./h3[1]/a[1]"), an attribute as XPath
 * writes one ("./h3[1]/a[1]/@href"), structured data as its property ("JSON-LD offers.price").
 * An element outside the record keeps its whole XPath.
 */
import type { FieldSource } from "@/lib/extract/types";

export function fieldSourceLabel(source: FieldSource, recordXPath: string): string {
  if ("jsonld" in source) return `JSON-LD ${source.jsonld}`;
  const { xpath, attr } = source;
  const path = recordXPath && xpath === recordXPath ? "." : recordXPath && xpath.startsWith(`${recordXPath}/`) ? `.${xpath.slice(recordXPath.length)}` : xpath;
  return attr ? `${path}/@${attr}` : path;
}

/** The whole XPath of a DOM source (with its attribute step), for a tooltip; null for structured data. */
export function fieldSourceXPath(source: FieldSource): string | null {
  if ("jsonld" in source) return null;
  return source.attr ? `${source.xpath}/@${source.attr}` : source.xpath;
}
