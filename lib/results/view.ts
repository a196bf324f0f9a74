/**
 * What the results grid shows of a result: which rows (column filters, quick search, the profile's
 * row filter) and in which order (the grid's sort). Pure, so the rows worker computes the view and
 * the rows a view export names with the same code, and so it is unit-tested.
 *
 * Semantics follow AG Grid's own client-side filters and sort (what the grid did before its rows
 * moved into the worker): case-insensitive text matching, blanks fail every comparison but
 * "blank", number ranges exclusive, dates compared by day, missing values first when ascending;
 * but numbers inside text sort by value (naturalKey), as an analyst reads "£5.00" and "£42.13", and
 * text sorts in the locale's order, ignoring case and accents first ("apple", "Äpfel", "Zebra").
 */
import { displayValue, parseDateValue, type ColumnKind } from "./columns";
import { quickMatcher, searchWords } from "./quick-search";

export type Row = Record<string, unknown>;
/** Per row: its invalid field names ("" for the row as a whole), or null when valid. */
export type RowInvalidity = string[] | null;

/** The column profile's and the "invalid rows only" selection. */
export type RowFilter = null | { kind: "invalid" } | { kind: "missing" | "invalid-in"; column: string };

export interface SortItem {
  colId: string;
  sort: "asc" | "desc";
}

/** One condition of an AG Grid text / number / date filter model. */
export interface FilterCondition {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** An AG Grid simple filter model: one condition, or several joined by AND / OR. */
export type ColumnFilterModel = FilterCondition | { filterType?: string; operator: "AND" | "OR"; conditions: FilterCondition[] };

export interface ViewQuery {
  /** In priority order. */
  sort: SortItem[];
  /** AG Grid's filter model: column id → model. */
  filters: Record<string, ColumnFilterModel>;
  quick: string;
  rowFilter: RowFilter;
  /** Kinds of the columns that sort or search other than by value (dates, links). */
  kinds: Record<string, ColumnKind>;
}

export const EMPTY_QUERY: ViewQuery = { sort: [], filters: {}, quick: "", rowFilter: null, kinds: {} };

export type RowPredicate = (row: Row, invalid: RowInvalidity) => boolean;

const isBlank = (v: unknown) => v === null || v === undefined || v === "";
const own = (row: Row, key: string): unknown => (Object.hasOwn(row, key) ? row[key] : undefined);

/** Local midnight of a filter's "YYYY-MM-DD[ hh:mm:ss]" (AG Grid's date filter model format). */
function filterDay(text: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? "");
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

function cellDay(value: unknown): number | null {
  const date = parseDateValue(value);
  return date ? new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime() : null;
}

function textPasses(c: FilterCondition, value: unknown): boolean {
  const type = c.type ?? "contains";
  if (type === "blank") return isBlank(value);
  if (type === "notBlank") return !isBlank(value);
  const wanted = String(c.filter ?? "").toLowerCase();
  if (isBlank(value)) return type === "notEqual" || type === "notContains";
  const text = displayValue(value).toLowerCase();
  switch (type) {
    case "equals":
      return text === wanted;
    case "notEqual":
      return text !== wanted;
    case "startsWith":
      return text.startsWith(wanted);
    case "endsWith":
      return text.endsWith(wanted);
    case "notContains":
      return !text.includes(wanted);
    default:
      return text.includes(wanted);
  }
}

function scalarPasses(type: string, value: number | null, from: number | null, to: number | null): boolean {
  if (type === "blank") return value === null;
  if (type === "notBlank") return value !== null;
  if (value === null || from === null) return false;
  switch (type) {
    case "equals":
      return value === from;
    case "notEqual":
      return value !== from;
    case "greaterThan":
      return value > from;
    case "greaterThanOrEqual":
      return value >= from;
    case "lessThan":
      return value < from;
    case "lessThanOrEqual":
      return value <= from;
    case "inRange":
      return to !== null && value > Math.min(from, to) && value < Math.max(from, to);
    default:
      return true;
  }
}

function conditionPasses(c: FilterCondition, value: unknown): boolean {
  if (c.filterType === "number") {
    const n = typeof value === "number" ? value : null;
    return scalarPasses(c.type ?? "equals", n, typeof c.filter === "number" ? c.filter : null, c.filterTo ?? null);
  }
  if (c.filterType === "date") return scalarPasses(c.type ?? "equals", cellDay(value), filterDay(c.dateFrom), filterDay(c.dateTo));
  return textPasses(c, value);
}

function columnPasses(model: ColumnFilterModel, value: unknown): boolean {
  if ("conditions" in model) {
    return model.operator === "OR" ? model.conditions.some((c) => conditionPasses({ filterType: model.filterType, ...c }, value)) : model.conditions.every((c) => conditionPasses({ filterType: model.filterType, ...c }, value));
  }
  return conditionPasses(model, value);
}

function rowFilterPasses(filter: NonNullable<RowFilter>, row: Row, invalid: RowInvalidity): boolean {
  if (filter.kind === "invalid") return !!invalid && invalid.length > 0;
  if (filter.kind === "invalid-in") return !!invalid && invalid.includes(filter.column);
  return isBlank(own(row, filter.column));
}

/** The rows the query keeps, or null when it keeps every row. */
export function viewPredicate(query: ViewQuery): RowPredicate | null {
  const filters = Object.entries(query.filters);
  const words = searchWords(query.quick);
  const rowFilter = query.rowFilter;
  if (!filters.length && !words.length && !rowFilter) return null;
  const quickPasses = words.length ? quickMatcher(words, new Set(Object.keys(query.kinds).filter((key) => query.kinds[key] === "uri"))) : null;
  return (row, invalid) =>
    (!rowFilter || rowFilterPasses(rowFilter, row, invalid)) &&
    filters.every(([key, model]) => columnPasses(model, own(row, key))) &&
    (!quickPasses || quickPasses(row));
}

/** Sort rank of a value's type, so mixed columns sort consistently: missing first, objects last. */
function rank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case "boolean":
      return 1;
    case "number":
      return 2;
    case "string":
      return 3;
    default:
      return 4;
  }
}

/** A number written in text: digits with optional thousands commas and decimals ("1,082.50"). */
const NUMBER_IN_TEXT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/**
 * Text whose numbers compare by value: "£5.00" before "£42.13" before "£100.55", "Item 2" before
 * "Item 10". Prices, sizes and counts stay text in a result (their currency and units are part of
 * them), and in code-unit order "£100.55" came before "£5.00". Each number's whole part is written
 * after its length (two digits), so a longer number sorts after a shorter one; its decimals follow
 * as they are, which compares them by value too.
 */
export function naturalKey(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(NUMBER_IN_TEXT, (run) => {
    const [whole = "", decimals] = run.replace(/,/g, "").split(".");
    const digits = whole.replace(/^0+(?=\d)/, "");
    return `${String(Math.min(digits.length, 99)).padStart(2, "0")}${digits}${decimals === undefined ? "" : `.${decimals}`}`;
  });
}

/** A value as it sorts: dates (in date columns) by time, objects by their JSON text, numbers in text by value. */
function sortKey(value: unknown, kind: ColumnKind | undefined): unknown {
  if (kind === "date") return parseDateValue(value)?.getTime() ?? null;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string") return naturalKey(value);
  return value;
}

/**
 * Text in the locale's order: letters before case and accents, so "apple" no longer follows "Zebra"
 * (code-unit order put every capital first) and "Édith" sits among the E's; case and accents only
 * break ties ("apple" before "Apple"), so the order stays total. Not `numeric: true`: it reads
 * "10.45" as 10, ".", 45 and puts it after "10.5", and "1,082.50" before "982.00"; naturalKey has
 * already rewritten numbers so that their digits compare in value order.
 */
export const textOrder = (locale?: string) => new Intl.Collator(locale, { usage: "sort" });

/** The browser's language (the worker's default locale): "Äpfel" after "Zebra" in Swedish, as a Swede reads it. */
const defaultTextOrder = textOrder();

/** AG Grid's default comparator (text in the locale's order, compared by naturalKey), made total across types. */
function compareValues(a: unknown, b: unknown, text: Intl.Collator): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb || ra === 0) return ra - rb;
  if (ra === 3) return text.compare(a as string, b as string);
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/**
 * Sorts `indices` (row positions) in place by the query's sort; ties keep file order, as AG Grid's
 * stable sort does. Each sort column's keys are extracted once, not per comparison. `text` orders
 * text: the default locale's order, unless a caller (a test) names its own.
 */
export function sortIndices(indices: Int32Array, rows: readonly Row[], sort: readonly SortItem[], kinds: Record<string, ColumnKind>, text = defaultTextOrder): Int32Array {
  if (!sort.length) return indices;
  const columns = sort.map((s) => {
    const keys: unknown[] = new Array(rows.length);
    for (const i of indices) keys[i] = sortKey(own(rows[i]!, s.colId), Object.hasOwn(kinds, s.colId) ? kinds[s.colId] : undefined);
    return { keys, sign: s.sort === "desc" ? -1 : 1 };
  });
  return indices.sort((x, y) => {
    for (const c of columns) {
      const d = compareValues(c.keys[x], c.keys[y], text);
      if (d !== 0) return d * c.sign;
    }
    return x - y;
  });
}

/** Whether the query shows every row in file order. */
export const isIdentity = (query: ViewQuery) => viewPredicate(query) === null && query.sort.length === 0;
