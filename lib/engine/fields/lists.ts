/**
 * List fields (`tags: { type: "array", items: { type: "string" } }`): every element inside the
 * record that something names like the list — a class, itemprop, id, data attribute, label or
 * header with its last word, in the singular or the plural (`<li class="tag">` for "tags",
 * `company.tags` too) — read as one item each, in page order. One named text that separates its items ("Skills: Python, SQL · Excel",
 * "Sizes: 38, 39, 41") gives its parts, unless it is a price, a date or a link. A list of images
 * or photos takes the record's pictures, but not those every record shows (a star, a badge) or
 * icons a few pixels wide; "logos" or "thumbnails" take only pictures named so. The record's own
 * classes name no items (a WordPress post's "tag-python" names the post, not its title). Nothing
 * named, no list: the items of a list are never guessed from unnamed text, as a text field is not.
 */
import { attr, isElement, isText, type Element } from "../dom";
import { parseDate } from "./dates";
import { conformEnum } from "./fill";
import { fit } from "./match";
import { type Origin } from "./origin";
import { planField, type FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { tokens, type FieldSpec } from "./spec";
import { listsPeople, splitNames } from "./person-names";
import { MONEY, parseNumber } from "./values";
import { singular } from "../words";
import { namesSizes, shownSizes } from "./size-lists";
import { kindNames, linksOfKinds } from "./category-links";
import { SYNONYMS } from "./synonyms";
import { labelledItems } from "./text-segments";
import { linkedItem, linkNamesItems } from "./list-links";

/** A list field whose items are flat values (text, numbers, yes/no, dates, links): the engine fills it. */
export const fillsList = (f: FieldSpec): boolean => f.type === "array" && !!f.items && f.items.type !== "object";

export interface ListPlan {
  /** One item's plan: its type and format, named in the singular ("photos" reads pictures). */
  item: FieldPlan;
  /** Words that name the list's items: its last word, singular and plural. */
  names: Set<string>;
}

export function listPlan(spec: FieldSpec): ListPlan {
  const words = tokens(spec.name);
  const head = words[words.length - 1] ?? spec.name.toLowerCase();
  const one = singular(head);
  const item = planField({ ...spec.items!, name: [...words.slice(0, -1), one].join(" "), description: spec.description ?? spec.items!.description, required: false });
  for (const w of [head, one]) item.words.set(w, Math.max(item.words.get(w) ?? 0, 3));
  // A list is named by its item's other names too: "phones" by class="tel", a "Telefon:" label.
  const other = (SYNONYMS[one] ?? SYNONYMS[head] ?? []).filter((w) => w.length >= 3);
  return { item, names: new Set([head, one, ...kindNames(one), ...other]) };
}

const GENERIC_PICTURES = new Set(["image", "images", "img", "imgs", "photo", "photos", "picture", "pictures", "gallery"]);

/** Items written in one text: "Python, SQL · Excel"; numbers only at a comma with a space ("1,299" is one). */
const SEPARATORS = /\s*(?:[,;·•|]|\s\/\s)\s*/;
const NUMBER_SEPARATORS = /\s*(?:[;·•|]|,\s|\s\/\s)\s*/;
/** Between people, the separators splitNames does not read: it parts at commas and ";" itself. */
const PERSON_SEPARATORS = /\s*(?:[·•|]|\s\/\s)\s*/;
const MAX_PART = 60;
const LINK_LIKE = /^[a-z][a-z0-9+.-]*:|^\/|\bwww\./i;

/**
 * Pictures that every record shows (a star, a badge, a tracking pixel): the template's, not the
 * record's. Only with three records or more, when "every" says something.
 */
export function decorativeImages(all: RecordPieces[]): Set<string> {
  if (all.length < 3) return new Set();
  const [first, ...rest] = all.map((rp) => new Set(rp.pieces.map((p) => p.src).filter((s): s is string => !!s)));
  return new Set([...first!].filter((src) => rest.every((srcs) => srcs.has(src))));
}

/** The list's items in one record, and where the first was read. */
export function listValues(rp: RecordPieces, plan: ListPlan, host: string, decorative: Set<string> = new Set()): { values: unknown[]; from?: Origin } {
  const { item } = plan;
  const image = item.kind === "image";
  const roots = new Set(rp.record);
  const namedEls = new Map<Element, boolean>();
  const picture = (p: Piece) => !!p.src && !decorative.has(p.src) && !tiny(p.el);
  // "images" or "photos" are the record's pictures; "logos" or "thumbnails" only those named so.
  const anyPicture = image && [...plan.names].some((n) => GENERIC_PICTURES.has(n));
  const naming = new Map<Piece, "own" | "inside">();
  for (const p of rp.pieces) {
    if (p.labelOnly) continue;
    const how = anyPicture ? (picture(p) ? "own" : null) : !image || picture(p) ? namedInside(p, plan.names, roots, namedEls) : null;
    if (how) naming.set(p, how);
  }
  let named = [...naming.keys()];
  // The items, not the element around them: a <ul class="tags"> holds the tags. (A text item is
  // not the wrapper of its picture: <a class="speaker"><img> Maria García</a> is the speaker.)
  // Unless the element writes items itself between them: "Maria Lindqvist, Tomás Ferreira, <b>Anh
  // Nguyen</b>" lists three authors, the lab's own in bold; that one alone is not the list.
  const writes = (p: Piece) => !image && writesItems(p.el);
  const kept = named.filter((p) => !named.some((q) => q !== p && ((contains(p, q) && (image || !!q.text) && !writes(p)) || (contains(q, p) && writes(q)))));
  // An item inside an element named itself, and the only one there, stands for it ("<li class="tel">
  // Mobile: <a>+49…</a></li>"); beside items named themselves it stays one in a named wrapper.
  for (const p of named) {
    const inside = kept.filter((q) => contains(p, q));
    if (!kept.includes(p) && naming.get(p) === "own" && inside.length === 1 && naming.get(inside[0]!) === "inside") naming.set(inside[0]!, "own");
  }
  named = kept;
  // Items named themselves win over others in a named wrapper: in <h3 class="author"><span
  // itemprop="author">Helmo</span> <time>…</time></h3> the author is Helmo, not the date too.
  const leaves = linksOfKinds(plan.names, named.some((p) => naming.get(p) === "own") ? named.filter((p) => naming.get(p) === "own") : named);
  // A text list's items are words, not prices or dates its wrapper also holds.
  const plainText = item.spec.type === "string" && !item.spec.format && (item.kind === "text" || item.kind === "long");
  const items: { value: unknown; piece: Piece; attr?: string; el?: Element }[] = [];
  const seen = new Set<string>();
  const add = (value: unknown, piece: Piece, attrName?: string, el?: Element) => {
    const v = conformEnum(item.spec, value);
    if (v === undefined || v === null || v === "" || (item.spec.enum && !item.spec.enum.includes(v))) return;
    const key = JSON.stringify(v);
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ value: v, piece, attr: attrName, el });
  };
  for (const piece of leaves) {
    if (plainText && (MONEY.test(piece.value) || (piece.value.length <= 40 && parseDate(piece.value) !== null))) continue;
    const f = fit(item, piece, host) ?? linkedItem(piece, plan.names);
    if (f && f.score > 0) add(f.value, piece, f.attr, f.el);
  }
  if (items.length === 1) {
    const parts = splitParts(items[0]!.piece, item, listsPeople(plan.names));
    if (parts) {
      const first = items.pop()!;
      seen.clear();
      for (const part of parts) add(part, first.piece, first.attr, first.el);
    }
  }
  const sizes = !items.length && plainText && namesSizes(plan.names) ? shownSizes(rp.pieces) : null;
  for (const v of sizes?.values ?? []) add(v, sizes!.piece);
  if (!items.length) return labelledItems(rp, item) ?? { values: [] };
  const first = items[0]!;
  return { values: items.map((i) => i.value), from: { el: first.el ?? first.piece.el, attr: first.attr } };
}

/**
 * The items one text lists, typed as the list's items; null when it lists one thing. People are
 * parted as person-names.ts says ("A. Kumar, L. Chen, and M. Rossi", "Ann & Bob", but "Smith, John"
 * is one); in another list "and" and "&" are part of an item ("Salt & Pepper").
 */
function splitParts(piece: Piece, item: FieldPlan, people: boolean): unknown[] | null {
  const text = piece.value;
  const type = item.spec.type;
  if (!text || piece.hidden) return null;
  if (type === "number" || type === "integer") {
    const parts = text.split(NUMBER_SEPARATORS).map((s) => s.trim()).filter(Boolean);
    if (parts.length < 2) return null;
    const numbers = parts.map((s) => parseNumber(s, true, piece.numbers));
    if (numbers.some((n) => n === null || (type === "integer" && !Number.isInteger(n)))) return null;
    return numbers;
  }
  if (type !== "string" || item.spec.format || (item.kind !== "text" && item.kind !== "long")) return null;
  // A price, a date or a link is one value, commas and all.
  if (MONEY.test(text) || parseDate(text) !== null || LINK_LIKE.test(text)) return null;
  const parts = (people ? text.split(PERSON_SEPARATORS).flatMap(splitNames) : text.split(SEPARATORS)).map((s) => s.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((s) => s.length <= MAX_PART) ? parts : null;
}

/** Words after the item's name in a class that names a list of them: "tag-list", "author-links". */
export const CONTAINER_WORDS = new Set(["list", "lists", "links", "items", "wrapper", "wrap", "container", "group", "box", "block", "section", "area", "field", "value", "values", "name", "names", "text"]);

/**
 * Whether one name (a class, an itemprop, an id, a data attribute) names the items: its last word
 * is one of `names`, or a word such as "list" follows one ("tag-list", "post-tags"). Not a word in
 * the middle, nor before a number: "color-scheme-2", "category-product-image", "color-black" and
 * "size-400" are a theme's, not a list of colours, categories or sizes.
 */
function namesItems(name: string, names: Set<string>): boolean {
  const words = tokens(name);
  const last = words[words.length - 1];
  // "size-400", "color-scheme-2": a style's variant, not a name.
  if (!last || /^\d+$/.test(last)) return false;
  if (names.has(last)) return true;
  return CONTAINER_WORDS.has(last) && words.length >= 2 && names.has(words[words.length - 2]!);
}

/**
 * How an element inside the record (not the record itself) names the piece with one of `names`:
 * "own" when the piece's own element or label does, "inside" when a wrapper does; null when
 * nothing does.
 */
function namedInside(piece: Piece, names: Set<string>, roots: Set<Element>, memo: Map<Element, boolean>): "own" | "inside" | null {
  if (piece.label && tokens(piece.label).some((t) => names.has(t))) return "own";
  if (linkNamesItems(piece, names)) return "own";
  for (let n: Element | null = piece.el; n && !roots.has(n); n = n.parentNode && isElement(n.parentNode) ? n.parentNode : null) {
    let hit = memo.get(n);
    if (hit === undefined) {
      const values = [
        ...(attr(n, "class") ?? "").split(/\s+/),
        attr(n, "itemprop"),
        attr(n, "id"),
        attr(n, "name"),
        ...n.attrs.filter((a) => a.name.startsWith("data-")).map((a) => a.name.slice(5)),
      ];
      hit = values.some((v) => !!v && namesItems(v, names));
      memo.set(n, hit);
    }
    if (hit) return n === piece.el ? "own" : "inside";
  }
  return null;
}

/**
 * Whether an element's own text (not its children's) holds an item: a word that is not a label
 * ("Tags:"), a separator or a joining word ("by", "and").
 */
function writesItems(el: Element): boolean {
  const own = el.childNodes.map((c) => (isText(c) ? c.value : " | ")).join("");
  return own
    .replace(/^[^:：|]{1,40}[:：]/u, "")
    .split(/[,;·•|/&]|\s(?:and|by|with|und|et|y)\s/iu)
    .some((part) => /\p{L}{2}/u.test(part) && !/^\s*(?:and|by|with|und|et|y|von|de|par)\s*$/iu.test(part));
}

/** A picture drawn a few pixels wide or high: an icon or a tracking pixel. */
function tiny(el: Element): boolean {
  const size = (name: string) => Number.parseInt(attr(el, name) ?? "", 10);
  return size("width") <= 16 || size("height") <= 16;
}

function contains(outer: Piece, inner: Piece): boolean {
  for (let n = inner.el.parentNode; n && isElement(n); n = n.parentNode) if (n === outer.el) return true;
  return false;
}
