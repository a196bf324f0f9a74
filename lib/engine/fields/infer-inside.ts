/**
 * What lies inside what, within a record, for inferred columns: the elements other columns read
 * whole (a labelled line's links are part of its value) and the players (an <audio> or <video> and
 * what wraps it: its text is controls, "▶", "0:00 / 41:00", no record's data).
 */
import { elementChildren, isElement, type Element } from "../dom";
import type { RecordPieces } from "./pieces";

/** Whether the element (or, with `self`, it too) lies inside one of `set`, below its record. */
export function within(el: Element, set: Set<Element>, records: Set<Element>, self: boolean): boolean {
  for (let n: Element | null = self ? el : parentOf(el); n && !records.has(n); n = parentOf(n)) if (set.has(n)) return true;
  return false;
}

const parentOf = (el: Element): Element | null => (el.parentNode && isElement(el.parentNode) ? el.parentNode : null);

const MEDIA = new Set(["audio", "video"]);

/** The records' players: each <audio> or <video> and the elements around it inside its record, found once (not per piece). */
export function playerElements(all: RecordPieces[], records: Set<Element>): Set<Element> {
  const players = new Set<Element>();
  const visit = (el: Element) => {
    if (MEDIA.has(el.tagName)) for (let n: Element | null = el; n && !records.has(n); n = parentOf(n)) players.add(n);
    else elementChildren(el).forEach(visit);
  };
  for (const rp of all) rp.record.forEach(visit);
  return players;
}
