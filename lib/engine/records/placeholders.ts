/**
 * Skeleton cards: the grey stand-ins a page draws where records will appear once its script has
 * fetched them ("Loading…", blank shimmering bars). They share the records' template, so they are
 * found with them, but they hold no item: a person sees them vanish, never reads them as rows.
 */
import { attr, classList, INVISIBLE_TAGS, isElement, isText, textContent, walkElements, walkElementsSteps, type ChildNode, type Element } from "../dom";
import { filterSteps, type Steps } from "../steps";
import type { RecordRegion } from "./index";

/** What a placeholder says while it waits, in the languages listing sites commonly use. */
const WAITING = /loading|please wait|one moment|lädt|wird geladen|bitte warten|chargement|cargando|carregando|caricamento|bezig met laden|ładowanie|načítání|загрузка|読み込み中|加载中|載入中/giu;
/** Class words of skeleton screens: Bootstrap's placeholder-glow, Tailwind's animate-pulse, "skeleton", "shimmer". */
const SKELETON_CLASS = /^(?:skeleton|shimmer|placeholder-glow|placeholder-wave|animate-pulse)$|(?:^|[-_])(?:skeleton|shimmer)(?:$|[-_])/i;

const SAYS_WAITING = new RegExp(WAITING.source, "iu");

const bare = (text: string) => text.replace(WAITING, " ").replace(/[^\p{L}\p{N}]+/gu, "");

function marked(el: Element): boolean {
  return attr(el, "aria-busy") === "true" || classList(el).some((c) => SKELETON_CLASS.test(c));
}

/** Whether the record links anywhere or shows a picture: a card with those is an item, whatever it is marked. */
function holdsContent(record: Element[]): boolean {
  let found = false;
  for (const root of record)
    walkElements(root, (el) => {
      const href = attr(el, "href")?.trim();
      if ((el.tagName === "a" && href && href !== "#") || (el.tagName === "img" && attr(el, "alt")?.trim())) found = true;
      return !found;
    });
  return found;
}

const skeletonClassed = (el: Element) => classList(el).some((c) => SKELETON_CLASS.test(c));

/**
 * Whether the record holds a skeleton-classed element and no letter or digit outside such elements:
 * a skeleton's grey bars may be drawn around stand-in text ("Lorem ipsum", a sample title) that the
 * real item replaces. (aria-busy alone is not enough: a live region marks real text busy while it
 * updates it.)
 */
function textOnlyInSkeletons(record: Element[]): boolean {
  let skeleton = false;
  const stack: ChildNode[] = [...record].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (/[\p{L}\p{N}]/u.test(node.value)) return false;
    } else if (isElement(node)) {
      if (skeletonClassed(node)) skeleton = true;
      else if (!INVISIBLE_TAGS.has(node.tagName)) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return skeleton;
}

/**
 * A record that says only that it is loading ("Loading…", "Please wait"), one marked as a
 * skeleton (aria-busy, a skeleton class on it or inside) that shows no text, link or picture, or
 * one whose only text sits in its skeleton's bars.
 */
export function isPlaceholderRecord(record: Element[]): boolean {
  const text = record.map((el) => textContent(el)).join(" ");
  if (bare(text) !== "") return textOnlyInSkeletons(record);
  if (SAYS_WAITING.test(text)) return true;
  let skeleton = record.some(marked);
  for (const root of record) if (!skeleton) walkElements(root, (el) => !(skeleton ||= marked(el)));
  return skeleton && !holdsContent(record);
}

/** The region without its placeholder records (the region itself when it has none). */
export function* withoutPlaceholdersSteps(region: RecordRegion): Steps<RecordRegion> {
  // (A step per record: every record of the page's list is read, 30,000 on a long team page, and in
  // one go that was the extraction's longest hold on the event loop.)
  const records = yield* filterSteps(region.records, (r) => !isPlaceholderRecord(r));
  return records.length === region.records.length ? region : { ...region, records };
}

/**
 * Whether the page draws any skeleton (a skeleton class or aria-busy anywhere): most pages do not,
 * and their candidates need no placeholder check. A step every STRIDE elements (walkElementsSteps):
 * on a page without skeletons the walk reads every element, and a 30,000-person page's walk in one
 * go held the event loop some 15 ms longer than any other step.
 */
export function* drawsSkeletonsSteps(root: Element): Steps<boolean> {
  let found = false;
  yield* walkElementsSteps(root, (el) => {
    const cls = attr(el, "class");
    if ((cls && /skeleton|shimmer|placeholder-|animate-pulse/i.test(cls) && marked(el)) || attr(el, "aria-busy") === "true") found = true;
    return !found;
  });
  return found;
}
