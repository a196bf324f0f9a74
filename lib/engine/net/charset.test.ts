import { describe, expect, it } from "vitest";
import { drainSteps } from "../steps-testing";
import { decodeHtml, decodeHtmlSteps, metaCharset } from "./charset";

const bytes = (text: string) => Buffer.from(text, "latin1");
const meta = (html: string) => metaCharset(bytes(html));

describe("metaCharset (the WHATWG prescan)", () => {
  it("reads a charset attribute, or content only under http-equiv=content-type", () => {
    expect(meta('<meta charset="Shift_JIS">')).toBe("Shift_JIS");
    expect(meta("<meta charset=koi8-r>")).toBe("koi8-r");
    expect(meta('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">')).toBe("shift_jis");
    expect(meta("<meta content='text/html; charset=\"euc-jp\"' http-equiv=content-type>")).toBe("euc-jp");
    // content without the pragma declares nothing.
    expect(meta('<meta content="text/html; charset=koi8-r">')).toBeNull();
    expect(meta('<meta http-equiv="refresh" content="0; charset=koi8-r">')).toBeNull();
  });

  it("does not take charset= from a description that mentions it", () => {
    const html = '<meta name="description" content="set charset=koi8-r for Cyrillic"><meta charset="utf-8"><p>héllo</p>';
    expect(meta(html)).toBe("utf-8");
    expect(decodeHtml(Buffer.from(html, "utf8"), "text/html")).toEqual({ html: html, charset: "utf-8" });
  });

  it("reads tags, not text: comments and other tags' quoted attributes are skipped", () => {
    expect(meta('<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">')).toBe("windows-1251");
    expect(meta('<div title="<meta charset=koi8-r>"><meta charset="windows-1251">')).toBe("windows-1251");
    expect(meta('<meta name="x" content="a > b"><meta charset=euc-kr>')).toBe("euc-kr");
    expect(meta("<p>charset=koi8-r</p>")).toBeNull();
  });

  it("takes the first meta with a known encoding, the first attribute of each name", () => {
    expect(meta('<meta charset="klingon"><meta charset="koi8-r">')).toBe("koi8-r");
    expect(meta('<meta charset="koi8-r" charset="utf-8">')).toBe("koi8-r");
    // The first of charset and content that yields an encoding wins, the pragma coming from anywhere.
    expect(meta('<meta content="text/html; charset=koi8-r" charset="utf-8" http-equiv="content-type">')).toBe("koi8-r");
    expect(meta('<meta charset="koi8-r" content="text/html; charset=utf-8">')).toBe("koi8-r");
  });

  it("reads UTF-16 in a meta as UTF-8 (the page was read as ASCII)", () => {
    expect(meta('<meta charset="utf-16le">')).toBe("utf-8");
    expect(meta('<meta http-equiv="content-type" content="text/html; charset=UTF-16">')).toBe("utf-8");
    expect(decodeHtml(bytes('<meta charset="utf-16"><p>ok</p>'), "text/html").charset).toBe("utf-8");
  });
});

describe("decodeHtml", () => {
  const utf16le = Buffer.from("<p>héllo ✓</p>", "utf16le");

  it("decodes UTF-16 named by the HTTP header, with or without a BOM", () => {
    expect(decodeHtml(utf16le, "text/html; charset=utf-16le")).toEqual({ html: "<p>héllo ✓</p>", charset: "utf-16le" });
    expect(decodeHtml(Buffer.from("<p>é</p>", "utf16le").swap16(), "text/html; charset=UTF-16BE")).toEqual({ html: "<p>é</p>", charset: "utf-16be" });
    expect(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), "text/html")).toEqual({ html: "<p>héllo ✓</p>", charset: "utf-16le" });
  });

  it("puts the BOM before the header, and the header before a meta", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>é</p>")]);
    expect(decodeHtml(bom, "text/html; charset=utf-16le")).toEqual({ html: "<p>é</p>", charset: "utf-8" });
    expect(decodeHtml(bytes('<meta charset="koi8-r"><p>\xe9</p>'), "text/html; charset=iso-8859-1").charset).toBe("windows-1252");
  });
});

describe("decodeHtmlSteps", () => {
  const text = "<p>Crème brûlée — “4,50 €” ✓ 🍰 naïve</p>".repeat(40);

  it("decodes windows-1252 in chunks to the text of one decode, € and curly quotes included", () => {
    const body = Buffer.from(text.replace(/[^\x00-\xff]/gu, (c) => ({ "—": "\x97", "“": "\x93", "”": "\x94", "€": "\x80" })[c] ?? "?"), "latin1");
    const expected = text.replace(/[✓🍰]/gu, "?");
    const { value, steps } = drainSteps(decodeHtmlSteps(body, "text/html; charset=windows-1252", 7));
    expect(value).toEqual({ html: expected, charset: "windows-1252" });
    expect(value).toEqual(decodeHtml(body, "text/html; charset=windows-1252"));
    expect(steps).toBe(Math.ceil(body.length / 7) - 1);
  });

  it("keeps a UTF-8 character split between two chunks whole, and a broken one as one decode does", () => {
    const body = Buffer.concat([Buffer.from(text, "utf8"), Buffer.from([0xe2, 0x82]), Buffer.from("<p>end</p>")]);
    const { value, steps } = drainSteps(decodeHtmlSteps(body, "text/html; charset=utf-8", 5));
    expect(value.html).toBe(new TextDecoder("utf-8").decode(body));
    expect(value.html.startsWith(text)).toBe(true);
    expect(steps).toBe(Math.ceil(body.length / 5) - 1);
  });

  it("decodes UTF-16 from its BOM in odd chunks (a code unit, or a surrogate pair, split)", () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const { value } = drainSteps(decodeHtmlSteps(body, "text/html", 3));
    expect(value).toEqual({ html: text, charset: "utf-16le" });
  });
});
