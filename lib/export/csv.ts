/**
 * CSV cells and lines (RFC 4180). Pure; used by the streaming export.
 * - null/undefined → empty; 0 and false are kept as "0" and "false";
 * - objects and arrays → their JSON text;
 * - formula guard (on by default): a text cell starting with = + - @ (or tab/CR) gets a leading
 *   apostrophe so spreadsheet apps do not execute it (OWASP "CSV injection"), also after leading
 *   spaces and in fullwidth or small forms ("＝", "﹢"), unless the text is a plain number (see
 *   `needsFormulaGuard`).
 */
export interface CsvOptions {
  formulaGuard: boolean;
  /** Prefix the file with a UTF-8 byte-order mark so Excel reads it as UTF-8. */
  bom: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * What a spreadsheet app skips before it looks for a formula: spaces of any width (no-break
 * included), zero-width characters and a BOM. Tabs and CRs are not skipped: they are a formula
 * start of their own.
 */
const LEADING_BLANKS = /^[\p{Zs}\u200b-\u200d\u2060\ufeff]+/u;
/** Optional sign, digits, optional decimal part, optional exponent: "-2", "+30", "-1.5e3", "-.5". */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a text cell must get the apostrophe. A signed plain number ("-2", "+30") starts like a
 * formula, but a spreadsheet reads it as that number and nothing runs; prefixing it turned
 * prices and deltas into text ("'-2") in every export. Anything more ("-2+3", "+A1", "-cmd|…")
 * is still guarded. The one rule for every CSV the studio writes.
 *
 * Spreadsheet apps trim leading spaces (" =1+1", "\u00a0=1+1") and fold fullwidth and small
 * forms ("＝1+1", "﹢A1") to ASCII before reading a formula, so the text is looked at as they
 * would (NFKC, the Unicode folding that maps those forms) after its leading blanks.
 */
export function needsFormulaGuard(text: string): boolean {
  const rest = text.replace(LEADING_BLANKS, "");
  const first = rest.codePointAt(0);
  if (first === undefined) return false;
  const ascii = first < 0x80;
  if (!FORMULA_START.test(ascii ? rest : String.fromCodePoint(first).normalize("NFKC"))) return false;
  return !PLAIN_NUMBER.test(ascii ? rest : rest.normalize("NFKC"));
}

export function csvCell(value: unknown, formulaGuard: boolean): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "string") {
    text = formulaGuard && needsFormulaGuard(value) ? `'${value}` : value;
  } else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    text = String(value);
  } else {
    text = JSON.stringify(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[], formulaGuard: boolean): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ",";
    line += csvCell(values[i], formulaGuard);
  }
  return `${line}\r\n`;
}

/** Header cells are column names: guarded like any other text. */
export function csvHeader(columns: readonly string[], formulaGuard: boolean): string {
  return csvLine(columns, formulaGuard);
}
