/**
 * The grid's quick search: a row matches when every word of the search occurs in some cell of it,
 * as the analyst reads that cell.
 *
 * A link cell shows its host and path ("shop.example/products/117"), never its scheme or query
 * string, and those are all it is searched by. Inside it a word matches only whole words of that
 * text: every link of a catalogue holds "products" and, on a numbered site, most digits, so a
 * substring match made "product 1" match every row through the links alone. An IP address (with
 * its port) is one word: its digits are not what anyone searches for. A word with punctuation
 * ("shop.example", "products/117") matches where it starts and ends on word boundaries.
 */
import { displayValue, linkText, safeHref } from "./columns";
import type { Row } from "./view";

/**
 * Lower case without diacritics, so "zurich" finds "Zürich" and "zürich" finds "Zurich". ASCII
 * text (most of it) skips the normalisation, which a search runs over every row.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** The search's words, folded as the cells are. */
export const searchWords = (quick: string): string[] => foldText(quick.trim()).split(/\s+/).filter(Boolean);

/**
 * A link cell's searchable text: its host (no "www.") and path; for an IP host, where the host
 * ends and where its address ends (before the port's colon). Both 0 for a named host.
 */
interface LinkText {
  text: string;
  ipHostEnd: number;
  ipAddressEnd: number;
}

const IP_HOST = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d+)?$/;

/**
 * An address whose host and path the URL parser would keep as written: lower-case host, a port
 * that is not the scheme's own, plain path characters. Read with this pattern rather than parsed:
 * a search reads every link of every row, and parsing them took most of its time.
 */
const PLAIN_LINK = /^(https?):\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(\/[\w\-.~/]*)?(?:[?#]\S*)?$/;
/** A host the parser rewrites: a number in its last label makes it an IPv4 address ("127.1", "0x7f.1"), and punycode is checked. */
const REWRITTEN_HOST = /(?:^|\.)(?:0x[0-9a-f]*|\d+)$|(?:^|\.)xn--/;
const DOTTED_QUAD = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The host and path a link cell shows (linkText), read without the URL parser when the address is plain. */
export function shownLink(value: string): { host: string; text: string } | null {
  const plain = PLAIN_LINK.exec(value);
  if (plain) {
    const [, scheme, name, port, path] = plain;
    const defaultPort = port !== undefined && ((scheme === "http" && port === "80") || (scheme === "https" && port === "443") || port.startsWith("0") || Number(port) > 65535);
    const rewritten = REWRITTEN_HOST.test(name!) && !DOTTED_QUAD.test(name!);
    if (!defaultPort && !rewritten && !path?.includes("/.")) {
      const host = port === undefined ? name! : `${name}:${port}`;
      return { host, text: host + (path === undefined || path === "/" ? "" : path) };
    }
  }
  const href = safeHref(value);
  return href ? linkText(href) : null;
}

function searchedLink(value: unknown): LinkText | null {
  if (typeof value !== "string") return null;
  const shown = shownLink(value);
  if (!shown) return null;
  const { host } = shown;
  const text = foldText(shown.text);
  const ip = IP_HOST.exec(host);
  return ip ? { text, ipHostEnd: host.length, ipAddressEnd: ip[1]!.length } : { text, ipHostEnd: 0, ipAddressEnd: 0 };
}

const isAsciiWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? isAsciiWordChar(code) : WORD_CHAR.test(text[at]!);
}

/** Whether position `at` of a link's text separates words. */
function isBoundary(link: LinkText, at: number): boolean {
  if (at <= 0 || at >= link.text.length) return true;
  // Inside an IP host only the colon before its port separates words.
  if (at < link.ipHostEnd) return at === link.ipAddressEnd || at === link.ipAddressEnd + 1;
  return !isWordChar(link.text, at - 1) || !isWordChar(link.text, at);
}

function linkHasWord(link: LinkText, word: string): boolean {
  for (let at = link.text.indexOf(word); at !== -1; at = link.text.indexOf(word, at + 1)) {
    if (isBoundary(link, at) && isBoundary(link, at + word.length)) return true;
  }
  return false;
}

/**
 * The row test for `words` (from searchWords). `linkColumns` are the columns the grid shows as
 * links; a value in them that is not an http(s) URL is shown, and searched, as text.
 */
export function quickMatcher(words: readonly string[], linkColumns: ReadonlySet<string>): (row: Row) => boolean {
  return (row) => {
    let text = "";
    let links: LinkText[] | null = null;
    for (const key of Object.keys(row)) {
      const link = linkColumns.has(key) ? searchedLink(row[key]) : null;
      if (link) (links ??= []).push(link);
      else text += `${displayValue(row[key])}\n`;
    }
    const folded = foldText(text);
    return words.every((w) => folded.includes(w) || (links !== null && links.some((l) => linkHasWord(l, w))));
  };
}
