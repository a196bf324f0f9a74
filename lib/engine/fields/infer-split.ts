/**
 * Two places where an element-per-column reading of the record template gets an inferred row
 * wrong. A meta line ("By <span class="author">Jane Doe</span> · <time datetime="2024-03-12">March
 * 12, 2024</time> · 8 min read") is one text block, but its named elements are values of their
 * own: they become columns, and the line keeps only what is left ("8 min read"). A named list
 * (`<ul class="tags"><li>…</li><li>…</li></ul>`) holds however many items a record has: its items
 * make one list column, not a column per position that records fill differently.
 */
import { classList, elementChildren, isElement, isText, normalizeSpace, type Element } from "../dom";
import type { Piece } from "./pieces";
import { tokens } from "./spec";
import { GENERIC_CLASS, classKey } from "./infer-names";

/** What joins the values of a meta line. */
const SEPARATORS = /[·•|–—]/;
const SEPARATOR_ONLY = /^\s*[·•|–—]\s*$/;
const textOf = (el: Element): string => el.childNodes.map((c) => (isText(c) ? c.value : isElement(c) ? textOf(c) : "")).join("");
/** Words that lead into a value of a meta line ("By Jane Doe", "on March 12") and are not values. */
const LEAD_IN = /^(?:by|on|at|in|from|via|(?:written|posted|published|updated)(?:\s+(?:by|on|at|in))?)$/i;
/** Longer than this, a part of a line's own text is prose, not a short value between separators. */
const MAX_PART_WORDS = 4;
const MAX_PART_CHARS = 30;

/** The pieces of the element's own text (its text nodes, split at separators), lead-in words dropped. */
function ownParts(el: Element): { parts: string[]; glued: boolean } {
  const parts: string[] = [];
  let glued = false;
  for (const node of el.childNodes) {
    // A separator drawn as an element of its own (<span aria-hidden="true">•</span>) glues too.
    if (isElement(node) && SEPARATOR_ONLY.test(textOf(node))) glued = true;
    if (!isText(node)) continue;
    const split = node.value.split(SEPARATORS);
    if (split.length > 1) glued = true;
    for (const raw of split) {
      const part = normalizeSpace(raw);
      if (!part) continue;
      if (LEAD_IN.test(part)) glued = true;
      else parts.push(part);
    }
  }
  return { parts, glued };
}

/** An element without children whose tag or class says what it holds (`<time>`, `span.author`). */
function namedLeaf(el: Element): boolean {
  if (elementChildren(el).length || !el.childNodes.some((c) => isText(c) && c.value.trim())) return false;
  if (el.tagName === "time" || el.attrs.some((a) => a.name === "itemprop")) return true;
  return classList(el).some((c) => tokens(c).some((t) => t.length > 2 && !GENERIC_CLASS.has(t)));
}

/**
 * Named values joined by separators or lead-in words, with at most short values of its own between
 * them: a meta line. (Prose with an emphasised word in it has neither the glue nor short parts.)
 */
export function isMetaLine(el: Element): boolean {
  if (!elementChildren(el).some(namedLeaf)) return false;
  const { parts, glued } = ownParts(el);
  return glued && parts.every((p) => p.length <= MAX_PART_CHARS && p.split(/\s+/).length <= MAX_PART_WORDS);
}

/** What a meta line says besides its named values ("8 min read"), or "" when nothing. */
export const metaRest = (el: Element): string => ownParts(el).parts.join(" · ");

const LIST_ITEM = /^(.*\/(?:ul|ol)\[\d+\])\/li\[\d+\]((?:\/[a-z0-9-]+\[\d+\])*)$/;

/** The list-item slot a piece holds, whatever the item's position: "…/ul[1]/li[*]/a[1]". */
export function listSlot(p: Piece): string | null {
  if (p.slot.includes("@")) return null;
  const m = LIST_ITEM.exec(p.slot);
  return m ? `${m[1]}/li[*]${m[2]}` : null;
}

/** The name of the list a list-item piece is in, from the list's class ("tags"), or null. */
export function listName(p: Piece, skip: Set<string>): string | null {
  const steps = (LIST_ITEM.exec(p.path)?.[2]?.match(/\//g) ?? []).length + 1;
  let el: Element | null = p.el;
  for (let i = 0; i < steps && el; i++) el = el.parentNode && isElement(el.parentNode) ? el.parentNode : null;
  return el ? classKey(el, skip) : null;
}
