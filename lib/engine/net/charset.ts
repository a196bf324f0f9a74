/**
 * Which encoding a page is in, the way browsers decide (a simplified WHATWG "encoding sniffing"):
 * BOM, then the Content-Type charset, then a <meta> in the first 4 KB, else UTF-8.
 * The BOM goes first, as in browsers: a page whose bytes start with a UTF-8 BOM is UTF-8 whatever a
 * misconfigured server claims.
 */
import { runSteps, type Steps } from "../steps";

/** A decoder for a label, or null when TextDecoder does not know it. Labels map like browsers
 * (iso-8859-1, latin1, ascii → windows-1252) because TextDecoder implements the WHATWG Encoding table. */
export function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  // x-user-defined is treated as windows-1252 (TextDecoder does not implement it).
  try {
    return new TextDecoder(clean === "x-user-defined" ? "windows-1252" : clean);
  } catch {
    return null;
  }
}

function bomEncoding(body: Uint8Array): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  return null;
}

export function headerCharset(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType ?? "");
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * The WHATWG prescan of the first 4 KB: the first <meta> that declares a known encoding, by a `charset`
 * attribute or by `content` with `http-equiv="content-type"`. Only tags are read, with their quoted
 * values: a description that mentions "charset=koi8-r", or a <meta> inside another tag's attribute or
 * a comment, declares nothing.
 */
export function metaCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 4096)).toString("latin1");
  let i = 0;
  while ((i = head.indexOf("<", i)) >= 0) {
    if (head.startsWith("<!--", i)) {
      const end = head.indexOf("-->", i + 2); // "<!-->" is a whole comment
      if (end < 0) return null;
      i = end + 3;
    } else if (/^<meta[\s/]/i.test(head.slice(i, i + 6))) {
      const tag = readAttributes(head, i + 5);
      const declared = declaredCharset(tag.attributes);
      if (declared) return declared;
      i = tag.end;
    } else if (/^<\/?[a-z]/i.test(head.slice(i, i + 3))) {
      // Any other tag: skip its attributes whole, so a quoted "<meta …>" inside one is not read.
      TAG_NAME.lastIndex = i;
      TAG_NAME.exec(head);
      i = readAttributes(head, TAG_NAME.lastIndex).end;
    } else if (/^<[!/?]/.test(head.slice(i, i + 2))) {
      const end = head.indexOf(">", i);
      if (end < 0) return null;
      i = end + 1;
    } else i++;
  }
  return null;
}

/**
 * One attribute (group 2 its name, 3-5 its value), or the tag's closing ">" (group 1). A quoted value
 * runs to its closing quote, ">" included; an unclosed one to the end, as in the prescan.
 */
const ATTRIBUTE = /[\s/]*(?:(>)|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)/y;
const TAG_NAME = /<\/?[^\s>]*/y;

/** The attributes of a tag from `from` (just after its name), in order, first of each name only. */
function readAttributes(text: string, from: number): { attributes: [string, string][]; end: number } {
  const attributes: [string, string][] = [];
  ATTRIBUTE.lastIndex = from;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    if (m[1]) return { attributes, end: ATTRIBUTE.lastIndex };
    const name = m[2]!.toLowerCase();
    if (!attributes.some(([n]) => n === name)) attributes.push([name, m[3] ?? m[4] ?? m[5] ?? ""]);
  }
  return { attributes, end: text.length }; // the tag runs past the scanned bytes
}

/** The encoding a <meta>'s attributes declare, by the prescan's rules, or null. */
function declaredCharset(attributes: [string, string][]): string | null {
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  for (const [name, value] of attributes) {
    if (name === "http-equiv") gotPragma ||= value.trim().toLowerCase() === "content-type";
    else if (name === "charset" && charset === null) [charset, needPragma] = [value, false];
    else if (name === "content" && charset === null) {
      const fromContent = contentCharset(value);
      if (fromContent !== null) [charset, needPragma] = [fromContent, true];
    }
  }
  if (charset === null || needPragma === null || (needPragma && !gotPragma)) return null;
  const decoder = decoderFor(charset);
  if (!decoder) return null;
  // A <meta> cannot mean UTF-16: it was read as ASCII, so the page is not UTF-16. Browsers take UTF-8.
  return decoder.encoding.startsWith("utf-16") ? "utf-8" : charset;
}

/** `text/html; charset=…` in a content attribute (WHATWG "extracting a character encoding from a meta element"). */
function contentCharset(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

// WHATWG index-windows-1252 for 0x80–0x9F (the five undefined bytes map to themselves).
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/**
 * Node 20.18.3+ / 22.13+ decode windows-1252 with a Latin-1 fast path, turning 0x80–0x9F (€, smart
 * quotes, dashes) into C1 controls (nodejs/node#56542, #60888). Remapping those code points is exact
 * with the buggy decoder and a no-op with a fixed one.
 */
const fixCp1252 = (text: string) => text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80]!));

/** Bytes decoded at a time: a few milliseconds, so a 10 MB page is no one long stretch. */
export const DECODE_CHUNK = 262_144;

/** Decodes a page. `charset` is the canonical name of the encoding used (e.g. "windows-1252"). */
export function decodeHtml(body: Uint8Array, contentType: string | undefined): { html: string; charset: string } {
  return runSteps(decodeHtmlSteps(body, contentType));
}

/**
 * decodeHtml as steps (see steps.ts), a step every `chunk` bytes: the decoder streams (a character
 * split between two chunks is kept for the next), so the text is the one-call decode's.
 */
export function* decodeHtmlSteps(body: Uint8Array, contentType: string | undefined, chunk = DECODE_CHUNK): Steps<{ html: string; charset: string }> {
  const decoder =
    decoderFor(bomEncoding(body)) ?? decoderFor(headerCharset(contentType)) ?? decoderFor(metaCharset(body)) ?? new TextDecoder("utf-8");
  // TextDecoder drops a BOM matching its encoding; a different one would be kept as text, which is what
  // a browser shows too.
  const fix = decoder.encoding === "windows-1252" ? fixCp1252 : (text: string) => text;
  const parts: string[] = [];
  let at = 0;
  for (; at + chunk < body.length; at += chunk) {
    parts.push(fix(decoder.decode(body.subarray(at, at + chunk), { stream: true })));
    yield;
  }
  parts.push(fix(decoder.decode(body.subarray(at))));
  return { html: parts.join(""), charset: decoder.encoding };
}
