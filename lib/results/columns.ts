/**
 * How each result column is shown, from the row schema: order, a kind that picks the cell renderer,
 * alignment and filter, and the schema's description. Keys the schema does not name come after,
 * with a kind inferred from their values (inferKind; every key, when the extraction had no schema).
 *
 * A column is headed by its key, the field name, everywhere (grid, profile, columns menu), because
 * that is what the CSV header and every other export call it; the description is its tooltip.
 */
import { displayHost } from "./display-host";

export type ColumnKind = "text" | "uri" | "email" | "number" | "boolean" | "date" | "json";

export interface ColumnSpec {
  key: string;
  /** The schema's description of the field, when it has one. */
  description: string | null;
  kind: ColumnKind;
  inSchema: boolean;
}

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
  // A schema for the whole result (an array of rows) describes each row with its items, as the
  // engine's validator and the rows worker read it.
  const items = schema?.items;
  const row = !schema?.properties && items && typeof items === "object" && !Array.isArray(items) ? (items as Record<string, unknown>) : schema;
  const props = row?.properties;
  if (!props || typeof props !== "object" || Array.isArray(props)) return [];
  return Object.entries(props as Record<string, unknown>).map(([key, raw]) => {
    const prop = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    const description = typeof prop.description === "string" ? prop.description.trim() : "";
    return { key, description: description || null, kind: kindOf(prop), inSchema: true };
  });
}

/** A column header's tooltip: what the field is, when the schema says; else where the column came from. */
export function headerTooltip(spec: ColumnSpec): string {
  if (spec.description) return spec.description;
  return spec.inSchema ? spec.key : `${spec.key} (not in the schema)`;
}

/**
 * A column for a key seen in the rows but not in the schema; its kind is the one inferred from its
 * values (text until there is one).
 */
export const extraColumn = (key: string, kind: ColumnKind = "text"): ColumnSpec => ({ key, description: null, kind, inSchema: false });

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

/**
 * "example.com/people/zoe" for https://www.example.com/people/zoe?x=1: short, but says where it goes,
 * its host as written ("zürich.example", see displayHost), and a port other than the scheme's own stays ("127.0.0.1:4791/jobs/123": another server than :80).
 * `host` is that host alone (with its port).
 */
export function linkText(href: string): { host: string; text: string } {
  const url = new URL(href);
  const host = displayHost(url.host.replace(/^www\./, ""));
  return { host, text: host + (url.pathname === "/" ? "" : readablePath(url.pathname)) };
}

/**
 * A path as people write it: "/städte/zürich", not "/st%C3%A4dte/z%C3%BCrich". Control and
 * formatting characters stay escaped (a right-to-left override would make the label lie about
 * where the link goes), and so does anything decodeURI keeps escaped ("%2F") or cannot decode.
 */
function readablePath(path: string): string {
  if (!path.includes("%")) return path;
  try {
    return decodeURI(path).replace(/[\p{Cc}\p{Cf}\s]/gu, (c) => encodeURIComponent(c));
  } catch {
    return path;
  }
}

/** A link cell's text: linkText, cut short. */
export function linkLabel(href: string): string {
  const label = linkText(href).text;
  return label.length > 60 ? `${label.slice(0, 57)}…` : label;
}

/** What the email cell turns into a mailto: link. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

/**
 * What an inferred email column holds: stricter than EMAIL_PATTERN (a dot in the domain, no scheme,
 * no list), so that "user@host" handles, "a@b" notes or mailto: URLs (whose cell would link to
 * mailto:mailto:…) are not called email on their shape alone.
 */
const INFERRED_EMAIL = /^[^\s@:,;<>]+@[^\s@:,;<>/.]+(?:\.[^\s@:,;<>/.]+)+$/;

/** ISO 8601 date or date-time text, nothing after it: "2026-01-02", "2026-01-02T10:00:00.5+02:00". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isBlankValue = (v: unknown) => v === null || v === undefined || v === "";

/**
 * The kind of a column the schema does not type, from its values (all of them, or a sample). The
 * kind must hold for *every* value, since it changes how each cell is shown, filtered and sorted:
 * - blanks (null, missing, "") say nothing and are skipped; no other value at all: text;
 * - number: every value is a JSON number (never numeric text: "12" stays text, as it sorts);
 * - boolean: every value is true or false;
 * - json: every value is an object or an array;
 * - uri: every value is an absolute http(s) URL, written with its http:// or https:// and no space
 *   (URL parsing takes "https://a.com/x and more" as a path with spaces; that is text), and that
 *   safeHref makes a link of: the cell shows the host and opens it in a new tab;
 * - email: every value is text shaped like an address with a dotted domain;
 * - date: every value is ISO 8601 date or date-time text that parseDateValue reads (what the date
 *   filter and sort compare), and nothing more ("2026-01-02 is a Friday" is text);
 * - anything else, or a mix of the above: text.
 */
export function inferKind(values: readonly unknown[]): ColumnKind {
  let kind: ColumnKind | null = null;
  for (const value of values) {
    if (isBlankValue(value)) continue;
    const own = valueKind(value);
    if (own === "text" || (kind !== null && kind !== own)) return "text";
    kind = own;
  }
  return kind ?? "text";
}

function valueKind(value: unknown): ColumnKind {
  switch (typeof value) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "object":
      return "json";
    case "string":
      if (/^https?:\/\/\S+$/i.test(value) && safeHref(value)) return "uri";
      if (INFERRED_EMAIL.test(value)) return "email";
      if (ISO_DATE.test(value) && parseDateValue(value)) return "date";
      return "text";
    default:
      return "text";
  }
}

const isPrimitive = (v: unknown) => v === null || typeof v !== "object";

const isFlatObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isPrimitive);

/** "name: Acme · location: Berlin": an object of plain values, its empty ones left out. */
const flatObject = (value: Record<string, unknown>) =>
  Object.entries(value)
    .filter(([, v]) => v !== null && v !== "")
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(" · ");

/**
 * A value as a cell shows it (and as search and text filters read it): a list of plain values as
 * "news, tech" ("; " when an item has a comma), an object of plain values as "name: Acme · city:
 * Berlin", a list of such objects as those joined by "; "; anything deeper as its JSON. The
 * export writes JSON either way.
 */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every(isPrimitive)) {
    const items = value.filter((v) => v !== null && v !== "").map(String);
    return items.join(items.some((i) => i.includes(",")) ? "; " : ", ");
  }
  if (isFlatObject(value)) return flatObject(value);
  // A list of objects ("authors": [{name, url}]): each as above, one after the other.
  if (Array.isArray(value) && value.length && value.every(isFlatObject)) return value.map(flatObject).filter(Boolean).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Date filter comparator input: a row value (ISO 8601 text) → Date, or null. */
export function parseDateValue(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
