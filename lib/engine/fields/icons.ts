/**
 * Icons that say what they mean only to a screen reader: `<svg aria-label="Total time">`,
 * `<i class="fa fa-check" title="Yes">`, `<span role="img" aria-label="star">`. Beside a text the
 * icon's name is that text's label ("⏱ 30 mins" is the total time); alone in a cell it is the value
 * ("✓" is "Yes").
 */
import { attr, classList, elementChildren, isElement, isText, normalizeSpace, textContent, type Element } from "../dom";

const ICON_CLASS = /(?:^|[-_])(?:icon|icons|glyph|glyphicon|octicon|fa|fas|far|bi|material-icons)(?:$|[-_])|^(?:fa|bi|mdi|ti|ri|lucide)-/i;
const MAX_NAME = 40;

/** An icon's name, and the attribute it is written in (none: an SVG's <title>). */
export interface IconName {
  name: string;
  attr?: string;
}

/** The accessible name of an icon element (with no text of its own); undefined when it is no named icon. */
export function iconName(el: Element): IconName | undefined {
  const iconish = el.tagName === "svg" || el.tagName === "i" || attr(el, "role") === "img" || classList(el).some((c) => ICON_CLASS.test(c));
  // An icon hidden from screen readers says nothing; one with text is a label or a value itself.
  if (!iconish || el.tagName === "img" || attr(el, "aria-hidden") === "true" || textContent(el)) return undefined;
  const from = ["aria-label", "title"].find((n) => attr(el, n)?.trim());
  const svgTitle = el.tagName === "svg" ? elementChildren(el).find((k) => k.tagName === "title") : undefined;
  const name = normalizeSpace(from ? attr(el, from)! : svgTitle ? textContent(svgTitle) : "");
  return name && name.length <= MAX_NAME ? { name, attr: from } : undefined;
}

/** The name of the icon an element's text starts with: "<li><svg aria-label="Difficulty"/> Easy</li>" → "Difficulty". */
export function leadingIconName(el: Element): string | undefined {
  for (const c of el.childNodes) {
    if (isText(c)) {
      if (c.value.trim()) return undefined;
    } else if (isElement(c)) return iconName(c)?.name;
  }
  return undefined;
}

/** An icon font's class that says what the icon draws: "icon-bed", "fa-map-marker", "bi-clock", "mdi-ruler-square". */
const DRAWING_CLASS = /^(?:icon|icons|fa|fas|far|fal|bi|mdi|ti|ri|lucide|glyphicon|octicon|ico)[-_](.+)$/i;
/** Class words that say how an icon is drawn, not what: "fa-solid", "fa-lg", "icon-2x", "bi-fill". */
const STYLE_WORDS = /^(?:solid|regular|light|thin|duotone|brands|lg|sm|xs|xl|\d+x|fw|inline|outline|outlined|filled|fill|o|alt|round|rounded|sharp|small|large|icon|before|after|left|right)$/i;

/**
 * What a nameless icon the element's text starts with draws, by its class: "<li><i
 * class="icon-area"></i> 78 m²</li>" → "area". Weaker than a name a screen reader hears: a class.
 */
export function leadingIconDrawing(el: Element): string | undefined {
  for (const c of el.childNodes) {
    if (isText(c)) {
      if (c.value.trim()) return undefined;
    } else if (isElement(c)) {
      if (textContent(c) || attr(c, "aria-label")?.trim()) return undefined;
      const words = classList(c).flatMap((k) => DRAWING_CLASS.exec(k)?.[1]?.split(/[-_]/) ?? []).filter((w) => !STYLE_WORDS.test(w));
      return words.length ? words.join(" ") : undefined;
    }
  }
  return undefined;
}

/**
 * The name of an icon that is all its parent shows ("<td><svg aria-label="Yes"/></td>"): the value
 * the page gives there. Undefined for a link's or a button's icon, whose value is where it goes.
 */
export function iconValue(el: Element): IconName | undefined {
  const name = iconName(el);
  const parent = el.parentNode && isElement(el.parentNode) ? el.parentNode : null;
  if (!name || !parent || parent.tagName === "a" || parent.tagName === "button" || elementChildren(parent).length !== 1 || textContent(parent)) return undefined;
  return name;
}
