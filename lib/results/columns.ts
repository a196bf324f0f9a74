/**
 * How each result column is shown, from the row schema: order, header, and a kind that picks the
 * cell renderer, alignment and filter. Keys the schema does not name come after, shown as text.
 */
export type ColumnKind = "text" | "uri" | "email" | "number" | "boolean" | "date" | "json";

export interface ColumnSpec {
  key: string;
  /** The schema's description when it has one (short), else the key. */
  header: string;
  kind: ColumnKind;
  inSchema: boolean;
}

const MAX_HEADER = 40;

function kindOf(prop: Record<string, unknown>): ColumnKind {
  const types = Array.isArray(prop.type) ? prop.type.filter((t) => t !== "null") : [prop.type];
  const type = types[0];
  if (type === "number" || type === "integer") return "number";
  if (type === "boolean") return "boolean";
  if (type === "array" || type === "object") return "json";
  if (prop.format === "uri") return "uri";
  if (prop.format === "email") return "email";
  if (prop.format === "date" || prop.format === "date-time") return "date";
  return "text";
}

export function schemaColumnSpecs(schema: Record<string, unknown> | null | undefined): ColumnSpec[] {
  const props = schema?.properties;
  if (!props || typeof props !== "object" || Array.isArray(props)) return [];
  return Object.entries(props as Record<string, unknown>).map(([key, raw]) => {
    const prop = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    const description = typeof prop.description === "string" ? prop.description.trim() : "";
    return {
      key,
      header: description && description.length <= MAX_HEADER ? description : key,
      kind: kindOf(prop),
      inSchema: true,
    };
  });
}

/** A column for a key seen in the rows but not in the schema. */
export const extraColumn = (key: string): ColumnSpec => ({ key, header: key, kind: "text", inSchema: false });

/** Only http(s) values become links: a `javascript:` URL in a row must never be clickable. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** "example.com/people/zoe" for https://www.example.com/people/zoe?x=1: short, but says where it goes. */
export function linkLabel(href: string): string {
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./, "");
  const path = url.pathname === "/" ? "" : url.pathname;
  const label = host + path;
  return label.length > 60 ? `${label.slice(0, 57)}…` : label;
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Date filter comparator input: a row value (ISO 8601 text) → Date, or null. */
export function parseDateValue(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
