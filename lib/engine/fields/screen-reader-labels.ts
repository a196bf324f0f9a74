/**
 * Labels only a screen reader reads: a site that shows an icon, or nothing, before a value often
 * names the value for screen readers in a visually hidden element ("<span class="sr-only">Wind</span>
 * NW 12 km/h", "<svg/><span class="u-sr-only">Liked</span>" before a review's good points). Such
 * text is the value's label, not part of it: read as text, "Wind" was glued to the value
 * ("WindNW 12 km/h") and a field named for the label found nothing named so.
 */
import { classList, isElement, isText, normalizeSpace, type Element } from "../dom";
import type { Piece } from "./pieces";

/** Classes of text only a screen reader sees, as frameworks and sites prefix them ("bui-u-sr-only", "govuk-visually-hidden"). */
const SCREEN_READER_CLASS = /(?:^|[-_])(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|a11y-hidden|hidden-visually|assistive-text)$/i;

const screenReaderOnly = (el: Element) => classList(el).some((c) => SCREEN_READER_CLASS.test(c));

/** The text a sighted reader sees of an element. */
function shownText(el: Element): string {
  if (screenReaderOnly(el)) return "";
  let out = "";
  for (const c of el.childNodes) {
    if (isElement(c)) out += shownText(c);
    else if (isText(c)) out += c.value;
  }
  return out.trim();
}

/** A label: a few words, a colon after them or not. */
const isLabelText = (text: string) => text.length > 0 && text.length <= 40 && text.split(" ").length <= 4;

/** Whether all an element's text is for screen readers only, and reads as a label. */
export function unseenLabel(el: Element, textOf: (el: Element) => string): string | null {
  const text = normalizeSpace(textOf(el));
  return isLabelText(text) && !shownText(el) ? text.replace(/\s*[:：]$/, "") : null;
}

/**
 * The label and value of an element whose text starts with a label only screen readers read
 * ("<div><span class="sr-only">Wind</span>NW 12 km/h</div>"); null otherwise.
 */
export function screenReaderLabel(el: Element, textOf: (el: Element) => string): { label: string; value: string } | null {
  // The first thing the element holds, past blanks and icons (no text).
  const first = el.childNodes.find((c) => (isText(c) ? c.value.trim() !== "" : isElement(c) && textOf(c).trim() !== ""));
  if (!first || !isElement(first)) return null;
  const label = unseenLabel(first, textOf);
  if (!label) return null;
  const text = normalizeSpace(textOf(el));
  const hidden = normalizeSpace(textOf(first));
  if (!text.startsWith(hidden)) return null;
  const value = text.slice(hidden.length).trim();
  return value ? { label, value } : null;
}

/** Labels an unlabelled piece by the text only screen readers read at its start, or makes it a label when that is all it holds. */
export function labelUnseen(piece: Piece, textOf: (el: Element) => string): void {
  if (piece.label || piece.labelOnly) return;
  const spoken = screenReaderLabel(piece.el, textOf);
  const alone = spoken ? null : unseenLabel(piece.el, textOf);
  if (spoken) Object.assign(piece, { label: spoken.label, value: spoken.value, inline: true });
  else if (alone) Object.assign(piece, { label: alone, value: "", labelOnly: true });
}

/**
 * A heading's or a link's text as a sighted reader sees it, when screen-reader text follows what
 * it shows: a course card's title link repeats its instructors for screen readers ("…in Python
 * <div class="sr-only">Jose Portilla</div>"), shown beside it anyway. Null when nothing is hidden
 * after shown text (a hidden label at the start is a label: labelUnseen).
 */
export function shownTitle(el: Element, text: string): string | null {
  const shown = normalizeSpace(shownText(el));
  return shown && shown !== text && text.startsWith(shown) ? shown : null;
}
