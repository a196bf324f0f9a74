/**
 * Copying one cell's value with Ctrl/Cmd+C (AG Grid Community has no clipboard module): the raw
 * value, not what the cell shows, so a link copies its full URL rather than its host.
 */

/** The text a cell's value copies as: strings as they are, booleans as true/false, objects as JSON. */
export function clipboardText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Whether a key press on a cell is "copy this cell": Ctrl/Cmd+C alone, and no text is selected
 * (a selection made with the pointer is the browser's to copy, as usual).
 */
export function isCellCopy(key: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "isComposing">, selectedText: string): boolean {
  if (key.key.toLowerCase() !== "c" || key.altKey || key.shiftKey || key.isComposing) return false;
  return (key.ctrlKey || key.metaKey) && selectedText === "";
}
