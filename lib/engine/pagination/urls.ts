/**
 * URL handling for pagination: resolving hrefs, normalising for equality, and recognising that a link
 * points at "the current page + 1" from the shape of the two URLs.
 */
import { resolveLink } from "../net/user-info";

/**
 * Absolute URL without fragment or user info (net/user-info.ts), or null for hrefs that do not load
 * a page (javascript:, #, mailto:…).
 */
export function resolveHref(href: string, base: URL): URL | null {
  const h = href.trim();
  if (!h || h.startsWith("#")) return null;
  if (/^(?:javascript|mailto|tel|data|about|sms|callto|whatsapp):/i.test(h)) return null;
  const url = resolveLink(h, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
  url.hash = "";
  return url;
}

export function normalizeUrl(u: string): string {
  try {
    const url = new URL(u);
    url.hash = "";
    return url.href;
  } catch {
    return u.replace(/#.*$/, "");
  }
}

/**
 * Approximate registrable domain, so www.example.com, forum.example.com and example.com are one site
 * (last two labels, three under short second-level labels such as co.uk / com.au).
 */
export function siteOf(u: URL): string {
  const labels = u.hostname.split(".");
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1]!)) return u.hostname;
  const sld = labels[labels.length - 2]!;
  const tld = labels[labels.length - 1]!;
  const keep = tld.length === 2 && sld.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join(".");
}

const PAGE_PARAMS = /^(?:page|pages|p|pg|pag|paged|pagina|seite|pagenum|pageno|page_?num(?:ber)?|pn|pageindex|page_?id|currentpage|curpage|cpage|pagen_\d+|pi|pnum|sayfa|strona|stranica|side|sivu)$/i;
const OFFSET_PARAMS = /^(?:start|offset|from|skip|limitstart|first|begin|o|s|startrow|startindex|catlistingoffset|beginindex)$/i;
/** Path page markers: /page/3, /page-3, /p3, /Seite/3, /pagina/3 (the number is the captured group). */
const PATH_PAGE = /\/(?:page|seite|pagina|p|pg|pages|strona|side|sayfa)[/_-]?(\d{1,6})(?=\/|$|\.)/i;

export interface PageRef {
  /** URL with the page marker removed, for comparing "the same listing". */
  stripped: string;
  /** Page number (1-based pages) or offset; null when the URL has no marker (usually page 1 / offset 0). */
  value: number | null;
  offset: boolean;
  name: string;
}

/** Finds a page marker in a URL: a page/offset query parameter or a /page/N path segment. */
export function pageRef(u: URL): PageRef | null {
  for (const [name, value] of u.searchParams) {
    const isPage = PAGE_PARAMS.test(name);
    if ((isPage || OFFSET_PARAMS.test(name)) && /^\d{1,7}$/.test(value)) {
      const copy = new URL(u.href);
      copy.searchParams.delete(name);
      return { stripped: stripTail(copy), value: Number(value), offset: !isPage, name: `${name}=` };
    }
  }
  const m = PATH_PAGE.exec(u.pathname);
  if (m) {
    const copy = new URL(u.href);
    copy.pathname = u.pathname.slice(0, m.index) + u.pathname.slice(m.index + m[0].length);
    return { stripped: stripTail(copy), value: Number(m[1]), offset: false, name: m[0].replace(/\d+$/, "") };
  }
  return null;
}

/** Parameters that do not change which page is shown. */
const NOISE_PARAMS = /^(?:utm_\w+|fbclid|gclid|msclkid|ref|referrer|sessionid|session_id|sid|phpsessid|jsessionid|osCsid|zenid)$/i;

/** Comparable form of a listing URL: no fragment, no tracking/session parameters, sorted query, no trailing "/" or "?". */
export function stripTail(u: URL): string {
  u.hash = "";
  for (const name of [...u.searchParams.keys()]) if (NOISE_PARAMS.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  const s = u.href.replace(/\?$/, "");
  return s.endsWith("/") ? s.slice(0, -1) : s;
}

export interface UrlStep {
  /** +1 = exactly the next page, >1 = further ahead (or an offset step), <0 = backwards. */
  delta: number;
  why: string;
}

/**
 * How the candidate URL relates to the current one as a page sequence, or null when they are not
 * the same listing. Uses named page markers first, then "exactly one number differs".
 */
export function urlStep(current: URL, currentRef: PageRef | null, cand: URL, candRef: PageRef | null): UrlStep | null {
  if (candRef) {
    const baseCur = currentRef ? currentRef.stripped : stripTail(new URL(current.href));
    if (candRef.stripped === baseCur && candRef.value !== null) {
      const from = currentRef?.value ?? null;
      if (from === null) {
        // The current URL has no marker: it is the first page (page 1, offset 0).
        if (candRef.offset) return candRef.value > 0 ? { delta: 1, why: `url ${candRef.name}${candRef.value} from first page` } : { delta: 0, why: "" };
        if (candRef.value === 2 || candRef.value === 1) return { delta: 1, why: `url ${candRef.name}${candRef.value} from first page` };
        return { delta: candRef.value - 1, why: `url ${candRef.name}${candRef.value}` };
      }
      const delta = candRef.value - from;
      // Offsets move by the page size; any forward step could be the next page.
      if (candRef.offset && delta > 0) return { delta: 1.5, why: `url ${candRef.name}${candRef.value} after ${from}` };
      return { delta, why: `url ${candRef.name}${candRef.value} after ${from}` };
    }
  }
  return numberDiff(current.href, cand.href);
}

const DIGITS = /\d+/g;

/** Same URL except for one number, e.g. f42-topics-101.html → f42-topics-102.html. */
function numberDiff(a: string, b: string): UrlStep | null {
  if (a.length > 2000 || b.length > 2000) return null;
  const skA = a.replace(DIGITS, "#");
  const skB = b.replace(DIGITS, "#");
  if (skA !== skB) return null;
  const na = a.match(DIGITS) ?? [];
  const nb = b.match(DIGITS) ?? [];
  let diff = -1;
  for (let i = 0; i < na.length; i++) {
    if (na[i] === nb[i]) continue;
    if (diff >= 0) return null;
    diff = i;
  }
  if (diff < 0) return null;
  const delta = Number(nb[diff]) - Number(na[diff]);
  return { delta, why: `url number ${nb[diff]} after ${na[diff]}` };
}
