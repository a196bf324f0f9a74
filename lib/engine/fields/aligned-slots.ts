/**
 * Slots that line up across records whatever one record leaves out. A piece's path counts its
 * element among its same-tag siblings ("span[3]"), so a card without the optional badge has its
 * price one span earlier than the others, and its price would sit in their "old price" slot. Here
 * the children of each place in the template are aligned across records instead: by tag, by class
 * (a "badge" is never a "was"), and, where classes say nothing, by what the element holds (a price,
 * a number, a date, words; struck out or not). Each element then takes the index of its place in
 * the merged template, so the same place has the same slot in every record.
 *
 * Table rows keep their cells' positions: a cell's place is its column (records/row-spans.ts).
 */
import { classList, elementChildren, type Element } from "../dom";
import { textMemo } from "./dom-text";
import { MONEY } from "./numbers";
import type { RecordPieces } from "./pieces";
import { STRIDE, type Steps } from "../steps";

/** What an element looks like for alignment. */
interface Shape {
  tag: string;
  classes: string[];
  kind: string;
  inner: string;
}

/** One place in the merged template of a group of siblings, and the elements across records that fill it. */
interface Place {
  shape: Shape;
  members: Element[];
}

/** Past this many (children × places) a group keeps plain positions: alignment costs more than it can fix. */
const MAX_CELLS = 4096;

/** Class names with digits are generated or positional ("col-3", "css-1x2y"): they say nothing of the place. */
const namingClasses = (el: Element) => classList(el).filter((c) => !/\d/.test(c));

const NUMBER = /^[\d\s.,:%+/×x*()–-]+$/;
const DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const STRUCK_TAGS = new Set(["del", "s", "strike"]);

function kindOf(el: Element, text: string): string {
  const struck = STRUCK_TAGS.has(el.tagName) ? "~" : "";
  if (!text) return "";
  if (MONEY.test(text)) return `${struck}money`;
  if (DATE.test(text)) return `${struck}date`;
  if (NUMBER.test(text)) return `${struck}number`;
  return `${struck}${text.length > 80 ? "prose" : "words"}`;
}

/**
 * How well a record's child fits a place of the template, or null when it cannot be that place
 * (another tag, or nothing in its favour).
 */
function fit(c: Shape, t: Shape): number | null {
  if (c.tag !== t.tag) return null;
  let s = 1;
  if (c.classes.length && t.classes.length) {
    const shared = c.classes.filter((k) => t.classes.includes(k)).length;
    s += shared ? (2 * shared) / new Set([...c.classes, ...t.classes]).size : -2;
  }
  if (c.kind === t.kind) s += 1;
  else s -= c.kind && t.kind ? 1 : 0.5;
  if (c.inner === t.inner) s += 0.5;
  return s > 0 ? s : null;
}

const sameSequence = (shapes: Shape[], places: Place[]) =>
  shapes.length === places.length && shapes.every((s, i) => s.tag === places[i]!.shape.tag && s.classes.join(" ") === places[i]!.shape.classes.join(" "));

/**
 * The place of each child (an index into `places`, or -1 for a child no place takes), best total
 * fit, children and places kept in order. On equal totals a child takes the earlier place (the
 * first of several list items stays the first).
 */
function alignTo(shapes: Shape[], places: Place[]): number[] {
  const n = shapes.length;
  const m = places.length;
  const score: number[] = new Array<number>((n + 1) * (m + 1)).fill(0);
  const at = (i: number, j: number) => score[i * (m + 1) + j]!;
  const fits: (number | null)[] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const f = fit(shapes[i - 1]!, places[j - 1]!.shape);
      fits[i * (m + 1) + j] = f;
      score[i * (m + 1) + j] = Math.max(at(i, j - 1), at(i - 1, j), f === null ? -Infinity : at(i - 1, j - 1) + f);
    }
  }
  const out = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (at(i, j) === at(i, j - 1)) j--;
    else if (at(i, j) === at(i - 1, j)) i--;
    else {
      out[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  return out;
}

/**
 * Merges one record's children into the template: each takes its aligned place, and a child no
 * place takes gets a new place of its own, before the place of the next child that has one.
 */
function merge(children: Element[], shapes: Shape[], places: Place[]): void {
  const aligned = sameSequence(shapes, places) ? shapes.map((_, i) => i) : alignTo(shapes, places);
  const target: (Place | undefined)[] = aligned.map((j) => (j >= 0 ? places[j] : undefined));
  for (let i = children.length - 1; i >= 0; i--) {
    let place = target[i];
    if (!place) {
      const next = target.slice(i + 1).find((p) => p);
      place = { shape: shapes[i]!, members: [] };
      places.splice(next ? places.indexOf(next) : places.length, 0, place);
      target[i] = place;
    }
    place.members.push(children[i]!);
  }
}

/** Each place's step ("span[2]": its tag and its rank among the template's places of that tag). */
function steps(places: Place[], out: Map<Element, string>): void {
  const seen = new Map<string, number>();
  for (const place of places) {
    const n = (seen.get(place.shape.tag) ?? 0) + 1;
    seen.set(place.shape.tag, n);
    for (const el of place.members) out.set(el, `${place.shape.tag}[${n}]`);
  }
}

/** The aligned step of every element under the records' roots (table rows' cells aside). */
function* alignedSteps(all: RecordPieces[]): Steps<Map<Element, string>> {
  const out = new Map<Element, string>();
  const text = textMemo();
  const shapeOf = (el: Element): Shape => ({
    tag: el.tagName,
    classes: namingClasses(el).sort(),
    kind: kindOf(el, text(el)),
    inner: elementChildren(el)
      .slice(0, 4)
      .map((k) => k.tagName)
      .join(" "),
  });
  const groups: Element[][] = [];
  for (const rp of all) rp.record.forEach((root, i) => (groups[i] ??= []).push(root));
  let work = 0;
  while (groups.length) {
    const group = groups.pop()!;
    const places: Place[] = [];
    const byStep = new Map<string, Place>();
    // Longest first: the fullest record lays out the template the others fit into.
    const lists = group.map((el) => elementChildren(el)).filter((k) => k.length);
    lists.sort((a, b) => b.length - a.length);
    const positional = group[0]!.tagName === "tr" || lists.length < 2 || lists[0]!.length * lists[0]!.length > MAX_CELLS;
    for (const children of lists) {
      if (positional) {
        const seen = new Map<string, number>();
        for (const k of children) {
          const n = (seen.get(k.tagName) ?? 0) + 1;
          seen.set(k.tagName, n);
          const key = `${k.tagName}[${n}]`;
          let place = byStep.get(key);
          if (!place) byStep.set(key, (place = { shape: shapeOf(k), members: [] }));
          place.members.push(k);
        }
      } else merge(children, children.map(shapeOf), places);
      work += children.length;
      if (work >= STRIDE) {
        work = 0;
        yield;
      }
    }
    places.push(...byStep.values());
    // (Table cells keep the positions record-pieces.ts gave them: only their insides are aligned.)
    if (!positional) steps(places, out);
    for (const place of places) if (place.members.some((el) => elementChildren(el).length)) groups.push(place.members);
  }
  return out;
}

/**
 * Sets each piece's slot to its aligned path: the positional path with each step of an element
 * that has an aligned one replaced (a labelled slot, "path@label", keeps its label).
 */
export function* alignSlots(all: RecordPieces[]): Steps<void> {
  if (all.length < 2) return;
  const aligned = yield* alignedSteps(all);
  for (const rp of all) {
    for (const p of rp.pieces) {
      if (p.slot !== p.path && !p.slot.startsWith(`${p.path}@`)) continue;
      const parts = p.path.split("/");
      let el: Element | null = p.el;
      for (let i = parts.length - 1; i > 0 && el; i--) {
        const step = aligned.get(el);
        if (step) parts[i] = step;
        el = el.parentNode && "tagName" in el.parentNode ? el.parentNode : null;
      }
      p.slot = parts.join("/") + p.slot.slice(p.path.length);
    }
    yield;
  }
}
