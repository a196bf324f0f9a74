/**
 * The address of the picture an <img> (or AMP's <amp-img>) shows once the page's scripts have run.
 * Lazy-loading pages ship a placeholder in `src` (a data: URI, a 1×1 "blank.gif") and keep the real
 * address elsewhere: a data-* attribute, a (data-)srcset, a <source> of the enclosing <picture>, or
 * a <noscript><img></noscript> beside it for readers without scripts. The engine runs no scripts,
 * so it reads those places itself, or an image field would hold the placeholder.
 */
import { parseFragment } from "parse5";
import { attr, elementChildren, isElement, isText, type Element } from "../dom";
import { resolveUrl } from "./values";

/** Tags that show a picture from `src`: HTML's and AMP's. */
export const IMAGE_TAGS: ReadonlySet<string> = new Set(["img", "amp-img"]);

/** Where lazy-loading scripts keep an image's real address until it scrolls into view. */
const LAZY_SRC = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-full-src", "data-hi-res-src"];
const LAZY_SRCSET = ["data-srcset", "data-lazy-srcset", "srcset"];

/**
 * A file name lazy-loading kits and themes use for the stand-in picture: "blank.gif", "1x1.png",
 * "spacer.gif", "placeholder.svg", "lazy-placeholder.png", "transparent.png", "pixel.gif" (not a photo
 * whose name starts so: "lazy-river.jpg").
 */
const PLACEHOLDER_FILE =
  /(?:^|[/_-])(?:blank|spacer|placeholder|pixel|transparent|empty|1x1|lazy|loading)(?:[_-](?:blank|spacer|placeholder|pixel|transparent|image|img|\d+(?:x\d+)?))*\.(?:gif|png|svg|jpe?g|webp)$/i;

/** A stand-in, not the picture: a data: URI, or a placeholder file name. */
export function isPlaceholderSrc(src: string): boolean {
  const s = src.trim();
  return /^data:/i.test(s) || PLACEHOLDER_FILE.test(s.split(/[?#]/)[0]!);
}

/** The first address of a srcset ("a.jpg 400w, b.jpg 800w" → "a.jpg"), unless it is a stand-in. */
function firstOfSrcset(srcset: string | undefined): string | undefined {
  // Candidates are split on a comma followed by space, as a data: URI's own commas are not.
  const first = srcset?.trim().split(/,\s+/)[0]?.trim().split(/\s+/)[0];
  return first && !isPlaceholderSrc(first) ? first : undefined;
}

export interface ImageSource {
  url: string;
  /** The attribute read ("src", "data-src", "srcset"…); of a <source> or a <noscript>'s <img> when read there. */
  attr: string;
}

/**
 * The picture `el` shows, resolved against `base`, with the attribute it was read from; undefined
 * when it has none but a placeholder.
 */
export function imageSource(el: Element, base: string): ImageSource | undefined {
  const found = (url: string | undefined, from: string) => {
    const resolved = resolveUrl(url, base);
    return resolved ? { url: resolved, attr: from } : undefined;
  };
  for (const name of LAZY_SRC) {
    const v = attr(el, name)?.trim();
    if (v && !isPlaceholderSrc(v)) return found(v, name);
  }
  const plain = attr(el, "src")?.trim();
  if (plain && !isPlaceholderSrc(plain)) return found(plain, "src");
  for (const name of LAZY_SRCSET) {
    const v = firstOfSrcset(attr(el, name));
    if (v) return found(v, name);
  }
  // <picture><source srcset="k.webp"><img src="1x1.gif"></picture>: the browser shows the source's.
  const parent = el.parentNode && isElement(el.parentNode) ? el.parentNode : undefined;
  if (parent?.tagName === "picture") {
    for (const source of elementChildren(parent)) {
      if (source.tagName !== "source") continue;
      const v = firstOfSrcset(attr(source, "data-srcset")) ?? firstOfSrcset(attr(source, "srcset"));
      if (v) return found(v, "source srcset");
    }
  }
  const fallback = noscriptImage(el);
  if (fallback) return found(fallback, "noscript img");
  // Only a placeholder: better no picture than the stand-in.
  return undefined;
}

/**
 * The src of the <img> in a <noscript> right beside `el` (or inside it: AMP's fallback), the page's
 * picture for readers without scripts. Parsed as a browser with scripts parses it (noscript's
 * content is raw text), bounded: such a fallback is one tag.
 */
function noscriptImage(el: Element): string | undefined {
  for (const node of [...el.childNodes, ...adjacentElements(el)]) {
    if (!isElement(node) || node.tagName !== "noscript") continue;
    const raw = node.childNodes.map((c) => (isText(c) ? c.value : "")).join("");
    if (raw.length > 4000 || !/<img\b/i.test(raw)) continue;
    const img = parseFragment(raw).childNodes.find((c): c is Element => isElement(c) && c.tagName === "img");
    const src = img && attr(img, "src")?.trim();
    if (src && !isPlaceholderSrc(src)) return src;
  }
  return undefined;
}

/** The elements right after and right before `el` among its parent's children. */
function adjacentElements(el: Element): Element[] {
  const parent = el.parentNode && isElement(el.parentNode) ? el.parentNode : undefined;
  if (!parent) return [];
  const kids = elementChildren(parent);
  const i = kids.indexOf(el);
  return [kids[i + 1], kids[i - 1]].filter((k): k is Element => !!k);
}

/** Where lazy-loading kits keep a background picture until the element scrolls into view. */
const LAZY_BACKGROUND = ["data-bg", "data-background", "data-background-image", "data-bg-src", "data-bgset"];
const CSS_URL = /background(?:-image)?\s*:[^;]*?url\(\s*(['"]?)([^'")]+)\1\s*\)/i;

/**
 * The picture an element other than an image shows as its CSS background (a card's photo drawn
 * with `style="background-image: url(…)"`, or its lazy `data-bg`), resolved; undefined when none.
 */
export function backgroundImage(el: Element, base: string): ImageSource | undefined {
  for (const name of LAZY_BACKGROUND) {
    const raw = attr(el, name)?.trim();
    const v = raw && (CSS_URL.exec(`background:${/^url\(/i.test(raw) ? raw : `url(${raw})`}`)?.[2] ?? raw).split(/[\s,|]+/)[0];
    if (v && !isPlaceholderSrc(v)) {
      const url = resolveUrl(v, base);
      if (url) return { url, attr: name };
    }
  }
  const style = attr(el, "style");
  const v = style ? CSS_URL.exec(style)?.[2]?.trim() : undefined;
  const url = v && !isPlaceholderSrc(v) ? resolveUrl(v, base) : null;
  return url ? { url, attr: "style" } : undefined;
}
