import { describe, expect, it } from "vitest";
import { linkText, safeHref } from "./columns";
import { shownLink } from "./quick-search";
import { EMPTY_QUERY, viewPredicate } from "./view";

const search = (quick: string, row: Record<string, unknown>, links: string[] = []) =>
  viewPredicate({ ...EMPTY_QUERY, quick, kinds: Object.fromEntries(links.map((key) => [key, "uri" as const])) })!(row, null);

describe("quick search in link columns", () => {
  const product = { name: "Rustic Teapot 2", url: "https://shop.example/products/117?ref=home#top" };

  it("does not find a word inside a link's longer words, nor digits inside its numbers", () => {
    // Every link of the catalogue holds "products" and digits: they must not make every row match.
    expect(search("product", product, ["url"])).toBe(false);
    expect(search("product 1", product, ["url"])).toBe(false);
    expect(search("11", product, ["url"])).toBe(false);
  });

  it("finds whole words of the host and path the cell shows", () => {
    expect(search("products", product, ["url"])).toBe(true);
    expect(search("117", product, ["url"])).toBe(true);
    expect(search("shop", product, ["url"])).toBe(true);
    expect(search("shop.example/products", product, ["url"])).toBe(true);
    expect(search("teapot products", product, ["url"])).toBe(true);
  });

  it("finds an international host by the letters the cell shows, not by its punycode", () => {
    const row = { url: "https://xn--zrich-kva.example/cafes" };
    expect(search("zürich", row, ["url"])).toBe(true);
    expect(search("zurich.example", row, ["url"])).toBe(true);
    expect(search("xn", row, ["url"])).toBe(false);
  });

  it("does not find what the cell does not show: the scheme, the query string, the fragment, www.", () => {
    for (const hidden of ["https", "ref", "home", "top"]) expect(search(hidden, product, ["url"])).toBe(false);
    expect(search("www", { url: "https://www.shop.example/" }, ["url"])).toBe(false);
  });

  it("takes an IP address and its port as one word each", () => {
    const local = { name: "Sleek Chair 3", url: "http://127.0.0.1:4721/products/102" };
    expect(search("1", local, ["url"])).toBe(false);
    expect(search("0.0", local, ["url"])).toBe(false);
    expect(search("127.0.0.1", local, ["url"])).toBe(true);
    expect(search("4721", local, ["url"])).toBe(true);
    expect(search("127.0.0.1:4721/products/102", local, ["url"])).toBe(true);
  });

  it("matches text in other columns anywhere, as before", () => {
    expect(search("product 1", { name: "Product 12", url: "https://shop.example/products/117" }, ["url"])).toBe(true);
    expect(search("teap", product, ["url"])).toBe(true);
  });

  it("reads a link's path as its cell shows it, decoded, and ignores accents there as in text", () => {
    expect(search("zurich", { url: "https://example.ch/st%C3%A4dte/Z%C3%BCrich" }, ["url"])).toBe(true);
    expect(search("städte", { url: "https://example.ch/st%C3%A4dte/Z%C3%BCrich" }, ["url"])).toBe(true);
  });

  it("reads a link column's value that is not a link, and a link in a text column, as text", () => {
    expect(search("prod", { url: "see the product page" }, ["url"])).toBe(true);
    expect(search("product 1", product)).toBe(true);
  });

});

describe("a link's shown text, read without the URL parser", () => {
  it("is what the parser makes of it, for plain addresses and for those it rewrites", () => {
    const values = [
      "http://127.0.0.1:4721/products/102?x=1",
      "https://www.shop.example/a/b-c_d.e~f/",
      "https://shop.example",
      "https://shop.example/",
      "https://shop.example:443/a",
      "http://shop.example:80/a",
      "http://shop.example:080/a",
      "http://shop.example:99999/a",
      "http://127.1/a",
      "http://0x7f.0.0.1/a",
      "http://shop.123/a",
      "http://xn--zrich-kva.example/a",
      "http://xn--invalid-.example/a",
      "https://shop.example/a/./b/../c",
      "https://shop.example/caf%C3%A9",
      "https://shop.example/a%E2%80%AEb",
      "https://Shop.Example/A",
      "HTTPS://shop.example/a",
      "https://user@shop.example/a",
      "https://www.www.shop.example/a",
      "https://shop.example/a b",
      "javascript:alert(1)",
      "not a link",
    ];
    for (const value of values) {
      const href = safeHref(value);
      expect(shownLink(value), value).toEqual(href ? linkText(href) : null);
    }
  });
});
