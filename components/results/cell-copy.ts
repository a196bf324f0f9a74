/**
 * Copying one cell's value with Ctrl/Cmd+C (AG Grid Community has no clipboard module): the raw
 * value, not what the cell shows, so a link copies its full URL rather than its host.
 */
import { needsFormulaGuard } from "@/lib/export/csv";

/**
 * The text a cell's value copies as: strings as they are, booleans as true/false, objects as JSON.
 * A string a spreadsheet would run as a formula ("=HYPERLINK(…)", " ＠cmd") gets a leading ' as
 * in the CSV export, by the same rule (the page's text is the site's, not the analyst's); a plain
 * number ("-12.5") stays a number.
 */
export function clipboardText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && needsFormulaGuard(value)) return `'${value}`;
  return String(value);
}

/** What the copy says when the guard changed the text: a stray ' must not look like a bug. */
export const GUARDED_COPY_STATUS = "Copied with a ' in front, so a spreadsheet keeps it as text and runs no formula";

/**
 * Whether a key press on a cell is "copy this cell": Ctrl/Cmd+C alone, and no text is selected
 * (a selection made with the pointer is the browser's to copy, as usual).
 */
export function isCellCopy(key: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "isComposing">, selectedText: string): boolean {
  if (key.key.toLowerCase() !== "c" || key.altKey || key.shiftKey || key.isComposing) return false;
  return (key.ctrlKey || key.metaKey) && selectedText === "";
}
