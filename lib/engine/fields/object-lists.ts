/**
 * Lists of objects (`authors: [{ name, url }]`, `variants: [{ size, price }]`). Each item is an
 * element inside the record that a class, itemprop, id or data attribute names with the list's
 * word in the singular (an "author"), or a child of an element named with the plural or as a list
 * of them ("authors", "author-list"). Each item is then read as a small record of its own: its
 * properties are filled as fields (fill.ts) with one template across every item of every record,
 * so that "name" is the same slot in each. An item without the properties its schema requires is
 * left out of the list (else the whole row would fail the schema's check). Nothing named: the list
 * stays empty rather than guessed, as for lists of flat values (lists.ts).
 */
import { attr, classList, elementChildren, hasVisibleText, walkElements, type Element } from "../dom";
import { fillFields, type FilledRow } from "./fill";
import { CONTAINER_WORDS } from "./lists";
import type { Origin } from "./origin";
import { planFields } from "./plan";
import { collectPieces, type RecordPieces } from "./pieces";
import { tokens, type FieldSpec } from "./spec";
import { coerceRow } from "./validate";
import { singular } from "../words";
import { own } from "../lookup";
import { appendAll } from "../append";

/** A property an item's object is filled with: a flat value (not an object, not a list). */
const flatPart = (p: FieldSpec) => p.type !== "object" && p.type !== "array";

/** A list field whose items are objects with flat properties: the engine fills it here. */
export const fillsObjectList = (f: FieldSpec): boolean => f.type === "array" && f.items?.type === "object" && !!f.items.properties?.some(flatPart);

/** Words after the list's name in a class that names the list as a whole ("author-list", "tag-links"). */
const LIST_WORDS = new Set([...CONTAINER_WORDS].filter((w) => !["name", "text", "value", "field"].includes(w)));

/** Words after the item's name in a class that names something about the items, not one of them ("review-count", "author-avatar"). */
const ABOUT_WORDS = new Set(["count", "counts", "total", "number", "num", "id", "avatar", "icon", "photo", "image", "img", "picture", "thumb", "thumbnail", "rating", "ratings", "score", "stars", "summary", "more", "toggle", "follow", "filter", "sort"]);

/** What a name (class, itemprop, id, data attribute) says of its element: one item, the list of them, or nothing. */
function naming(name: string, item: string, plural: string): "item" | "list" | null {
  const words = tokens(name);
  const last = words[words.length - 1];
  // "size-400", "variant-2": a style's variant, not a name.
  if (!last || /^\d+$/.test(last)) return null;
  if (last === item) return "item";
  if (last === plural) return "list";
  const before = words[words.length - 2];
  if (words.length < 2 || (before !== item && before !== plural)) return null;
  // "author-list" is the list, "author-name", "author-link" or "tag-pill" one item; "review-count"
  // and "author-avatar" are neither, but something about them.
  return LIST_WORDS.has(last) ? "list" : ABOUT_WORDS.has(last) ? null : "item";
}

function namesOf(el: Element): string[] {
  return [
    ...(attr(el, "class") ?? "").split(/\s+/),
    attr(el, "itemprop") ?? "",
    attr(el, "id") ?? "",
    ...el.attrs.filter((a) => a.name.startsWith("data-")).map((a) => a.name.slice(5)),
  ].filter(Boolean);
}

/** The item elements of one record, in page order (see the header). */
export function itemElements(record: Element[], item: string, plural: string): Element[] {
  const out: Element[] = [];
  const visit = (el: Element, isRoot: boolean) => {
    if (!isRoot) {
      const says = namesOf(el)
        .map((n) => naming(n, item, plural))
        .filter(Boolean);
      if (says.includes("item")) {
        out.push(el);
        return;
      }
      if (says.includes("list")) {
        // The list's items are its children, unless they are named items themselves (found below).
        const kids = elementChildren(el).filter((k) => hasVisibleText(k) || holds(k, (n) => n.tagName === "a" || n.tagName === "img"));
        const named = kids.some((k) => containsNamedItem(k, item, plural));
        if (!named) {
          appendAll(out, kids.length ? kids : [el]);
          return;
        }
      }
    }
    for (const child of elementChildren(el)) visit(child, false);
  };
  for (const el of record) visit(el, true);
  return out;
}

function containsNamedItem(el: Element, item: string, plural: string): boolean {
  return holds(el, (n) => namesOf(n).some((name) => naming(name, item, plural) === "item"));
}

/** Whether `el` or an element below it passes `test`. */
function holds(el: Element, test: (n: Element) => boolean): boolean {
  if (test(el)) return true;
  let found = false;
  walkElements(el, (n) => {
    found ||= test(n);
    return !found;
  });
  return found;
}

/** The list's objects in each record (same order as `all`), and where the first item was read. */
export function objectListValues(all: RecordPieces[], spec: FieldSpec, pageUrl: string, host: string): Array<{ values: Record<string, unknown>[]; from?: Origin }> {
  const words = tokens(spec.name);
  const plural = words[words.length - 1] ?? spec.name.toLowerCase();
  const item = singular(plural);
  const perRecord = all.map((rp) => itemElements(rp.record, item, plural));
  const items = perRecord.flat();
  if (!items.length) return all.map(() => ({ values: [] }));
  const parts = spec.items!.properties!.filter(flatPart);
  // One template per shape of item: an author without a profile page (<span class="author">) is
  // read as such, not measured against the linked ones (<a class="author">).
  const plans = planFields(parts);
  const filled: FilledRow[] = new Array(items.length);
  const shapes = new Map<string, number[]>();
  items.forEach((el, i) => {
    const shape = `${el.tagName}.${[...classList(el)].sort().join(".")}`;
    (shapes.get(shape) ?? shapes.set(shape, []).get(shape)!).push(i);
  });
  for (const indices of shapes.values()) {
    const rows = fillFields(
      collectPieces(
        indices.map((i) => [items[i]!]),
        pageUrl,
      ),
      plans,
      host,
    );
    indices.forEach((i, k) => (filled[i] = rows[k]!));
  }
  const required = parts.filter((p) => p.required);
  let next = 0;
  return perRecord.map((els) => {
    const values: Record<string, unknown>[] = [];
    let from: Origin | undefined;
    for (const el of els) {
      const { row } = filled[next++]!;
      const obj = coerceRow(row, parts);
      const hasValue = Object.values(obj).some((v) => v !== null && v !== "" && v !== undefined);
      if (!hasValue || required.some((p) => own(obj, p.name) === undefined || (own(obj, p.name) === null && !p.nullable))) continue;
      values.push(obj);
      from ??= { el };
    }
    return from ? { values, from } : { values };
  });
}
