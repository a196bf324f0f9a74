/**
 * Skeleton cards: the grey stand-ins a page draws where records will appear once its script has
 * fetched them ("Loading…", blank shimmering bars). They share the records' template, so they are
 * found with them, but they hold no item: a person sees them vanish, never reads them as rows.
 */
import { attr, classList, textContent, walkElements, type Element } from "../dom";
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

/**
 * A record that says only that it is loading ("Loading…", "Please wait"), or one marked as a
 * skeleton (aria-busy, a skeleton class on it or inside) that shows no text, link or picture.
 */
export function isPlaceholderRecord(record: Element[]): boolean {
  const text = record.map((el) => textContent(el)).join(" ");
  if (bare(text) !== "") return false;
  if (SAYS_WAITING.test(text)) return true;
  let skeleton = record.some(marked);
  for (const root of record) if (!skeleton) walkElements(root, (el) => !(skeleton ||= marked(el)));
  return skeleton && !holdsContent(record);
}

/** The region without its placeholder records (the region itself when it has none). */
export function withoutPlaceholders(region: RecordRegion): RecordRegion {
  const records = region.records.filter((r) => !isPlaceholderRecord(r));
  return records.length === region.records.length ? region : { ...region, records };
}
