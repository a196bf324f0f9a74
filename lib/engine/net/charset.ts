/**
 * Which encoding a page is in, the way browsers decide (a simplified WHATWG "encoding sniffing"):
 * BOM, then the Content-Type charset, then a <meta> in the first 4 KB, else UTF-8.
 * The BOM goes first, as in browsers: a page whose bytes start with a UTF-8 BOM is UTF-8 whatever a
 * misconfigured server claims.
 */

/** A decoder for a label, or null when TextDecoder does not know it. Labels map like browsers
 * (iso-8859-1, latin1, ascii → windows-1252) because TextDecoder implements the WHATWG Encoding table. */
export function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  // HTML: a <meta> cannot declare UTF-16 (the bytes would not be ASCII-compatible), and x-user-defined
  // is treated as windows-1252.
  const fixed = /^utf-16(be|le)?$/.test(clean) ? "utf-8" : clean === "x-user-defined" ? "windows-1252" : clean;
  try {
    return new TextDecoder(fixed);
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

/** `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`, ASCII scan of 4 KB. */
export function metaCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 4096)).toString("latin1").replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([^\s"';/>]+)/i.exec(tag);
    if (m?.[1] && decoderFor(m[1])) return m[1];
  }
  return null;
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

/** Decodes a page. `charset` is the canonical name of the encoding used (e.g. "windows-1252"). */
export function decodeHtml(body: Uint8Array, contentType: string | undefined): { html: string; charset: string } {
  const decoder =
    decoderFor(bomEncoding(body)) ?? decoderFor(headerCharset(contentType)) ?? decoderFor(metaCharset(body)) ?? new TextDecoder("utf-8");
  // TextDecoder drops a BOM matching its encoding; a different one would be kept as text, which is what
  // a browser shows too.
  const html = decoder.decode(body);
  return { html: decoder.encoding === "windows-1252" ? fixCp1252(html) : html, charset: decoder.encoding };
}
