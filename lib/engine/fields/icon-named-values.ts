/**
 * A value only an icon's accessible name gives, with the field's own name beside it: an advisory's
 * `<svg class="octicon-shield" aria-label="High severity">`, a card's `<i title="Priority: urgent">`.
 * Such an icon sits beside other content, so it is no piece of the record (icons.ts reads an icon
 * as a value only when it is all its parent shows); a text field the record leaves empty takes the
 * words its name gives ("High"). The field's name must be written in the icon's: an icon's name
 * alone is no value of a field it does not name.
 */
import { walkElements, type Element } from "../dom";
import { put } from "../lookup";
import type { Steps } from "../steps";
import { iconName } from "./icons";
import type { Origin } from "./origin";
import { tokens, type FieldSpec } from "./spec";

/** One or two words of a value: "High", "Very high", "in progress". */
const VALUE = String.raw`(\p{L}[\p{L}\d-]*(?: \p{L}[\p{L}\d-]*)?)`;

/** "High severity" or "Severity: high" for the words "severity": the value, or null. */
export function valueInIconName(name: string, words: string[]): string | null {
  if (!words.length) return null;
  const field = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s_-]*");
  const m = new RegExp(`^${VALUE}\\s+${field}$`, "iu").exec(name) ?? new RegExp(`^${field}\\s*:\\s*${VALUE}$`, "iu").exec(name);
  return m?.[1] ?? null;
}

/** Text fields a row may fill from an icon's name: plain strings, not links, dates, lists or the record's own name. */
const textField = (f: FieldSpec) => f.type === "string" && !f.format && !f.implied;

/**
 * Fills, in each row, the plain text fields it left empty from an icon of its record that names
 * the field and its value. `records[i]` holds row i's elements.
 */
export function* fillFromIconNamesSteps(rows: { row: Record<string, unknown>; from: Map<string, Origin> }[], records: Element[][], fields: FieldSpec[]): Steps<void> {
  const wanted = fields.filter(textField).map((f) => ({ f, words: tokens(f.name) }));
  if (!wanted.length) return;
  for (const [i, { row, from }] of rows.entries()) {
    // (A step per record: a long table's records are walked once each.)
    yield;
    const empty = wanted.filter(({ f }) => !filled(row[f.name]));
    if (!empty.length) continue;
    for (const root of records[i] ?? []) {
      walkElements(root, (el) => {
        const icon = el.tagName === "svg" || el.tagName === "i" || el.attrs.some((a) => a.name === "role") ? iconName(el) : undefined;
        if (!icon) return;
        for (const { f, words } of empty) {
          if (filled(row[f.name])) continue;
          const value = valueInIconName(icon.name, words);
          if (!value) continue;
          const conformed = f.enum?.find((e) => typeof e === "string" && e.toLowerCase() === value.toLowerCase()) ?? value;
          put(row, f.name, conformed);
          from.set(f.name, { el, attr: icon.attr });
        }
      });
    }
  }
}

const filled = (v: unknown) => v !== undefined && v !== null && v !== "";
