import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fillsList } from "./lists";
import { fillsObjectList, itemElements } from "./object-lists";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const page = (records: string) => parseHtml(`<html><body><main>${records}</main></body></html>`);
const arrayOf = (items: object) => ({ type: "array", items });
const object = (properties: Record<string, object>, required: string[] = []) => ({ type: "object", properties, required });
const str = { type: "string" };
const uri = { type: "string", format: "uri" };
const num = { type: "number" };

function rows(records: string, properties: Record<string, object>, required: string[] = []) {
  const fields = fieldSpecsFromSchema({ type: "object", properties, required });
  return extractRows(region(page(records), byClass("rec")), { pageUrl: "https://books.example/list", fields, q: "books" });
}

describe("lists of objects", () => {
  it("knows which list fields are lists of objects (with flat properties to fill)", () => {
    const specs = fieldSpecsFromSchema({
      type: "object",
      properties: {
        authors: arrayOf(object({ name: str, url: uri })),
        tags: arrayOf(str),
        empty: arrayOf(object({})),
        deep: arrayOf(object({ inner: object({ a: str }) })),
      },
    });
    expect(specs.map((s) => [s.name, fillsObjectList(s), fillsList(s)])).toEqual([
      ["authors", true, false],
      ["tags", false, true],
      ["empty", false, false],
      ["deep", false, false],
    ]);
  });

  it("reads each element named as an item as an object, with one template across records", () => {
    const rec = (title: string, authors: Array<[string, string]>) =>
      `<div class="rec"><h3><a href="/b/${title}">${title}</a></h3><p>by ${authors
        .map(([name, slug]) => `<span class="author"><a href="/a/${slug}">${name}</a></span>`)
        .join(", ")}</p><span class="price">$12.00</span></div>`;
    const out = rows(
      rec("Dune", [["Frank Herbert", "herbert"]]) + rec("Good Omens", [["Terry Pratchett", "pratchett"], ["Neil Gaiman", "gaiman"]]),
      { title: str, authors: arrayOf(object({ name: str, url: uri })) },
    );
    expect(out.map((r) => r.row)).toEqual([
      { title: "Dune", authors: [{ name: "Frank Herbert", url: "https://books.example/a/herbert" }] },
      {
        title: "Good Omens",
        authors: [
          { name: "Terry Pratchett", url: "https://books.example/a/pratchett" },
          { name: "Neil Gaiman", url: "https://books.example/a/gaiman" },
        ],
      },
    ]);
    // The list's source is its first item.
    expect(out[1]!.from.get("authors")?.el.attrs.find((a) => a.name === "class")?.value).toBe("author");
  });

  it("takes the children of an element named as the list, typed as the schema says", () => {
    const rec = (name: string, variants: Array<[string, string]>) =>
      `<div class="rec"><h3>${name}</h3><ul class="variant-list">${variants.map(([size, price]) => `<li><span class="size">${size}</span> <span class="price">${price}</span></li>`).join("")}</ul></div>`;
    const out = rows(rec("Tee", [["S", "10.50"], ["M", "11"]]) + rec("Hoodie", [["L", "30"]]), {
      name: str,
      variants: arrayOf(object({ size: str, price: num })),
    });
    expect(out.map((r) => r.row)).toEqual([
      { name: "Tee", variants: [{ size: "S", price: 10.5 }, { size: "M", price: 11 }] },
      { name: "Hoodie", variants: [{ size: "L", price: 30 }] },
    ]);
  });

  it("leaves out items missing a required property, and makes up nothing where nothing is named", () => {
    const rec = (title: string, reviews: string) => `<div class="rec"><h3>${title}</h3>${reviews}<p class="blurb">Staff pick</p></div>`;
    const review = (who: string, stars?: string) => `<div class="review"><b class="reviewer">${who}</b>${stars ? ` <i class="stars">${stars}</i>` : ""}</div>`;
    const out = rows(rec("Dune", review("Ann", "4") + review("Bo")) + rec("Emma", ""), {
      title: str,
      reviews: arrayOf(object({ reviewer: str, stars: num }, ["stars"])),
      editions: arrayOf(object({ year: num })),
    });
    expect(out.map((r) => r.row)).toEqual([{ title: "Dune", reviews: [{ reviewer: "Ann", stars: 4 }] }, { title: "Emma" }]);
  });

  it("finds items in the record, not the record itself, and not theme classes with numbers", () => {
    const doc = page(`<div class="rec author"><span class="author-2">x</span><div class="authors"><a href="/a">A</a><a href="/b">B</a></div></div>`);
    const rec = region(doc, byClass("rec")).records[0]!;
    expect(itemElements(rec, "author", "authors").map((el) => el.attrs.find((a) => a.name === "href")?.value)).toEqual(["/a", "/b"]);
    // BEM and theme suffixes name an item ("author-link", "tag__pill"); "author-avatar" and "review-count" name none.
    const bem = page(`<div class="rec"><img class="author-avatar" src="/i.png"><a class="author-link" href="/a">A</a><a class="author__link" href="/b">B</a><span class="author-count">2</span></div>`);
    expect(itemElements(region(bem, byClass("rec")).records[0]!, "author", "authors").map((el) => el.attrs.find((a) => a.name === "href")?.value)).toEqual(["/a", "/b"]);
  });

  it("reads items of another shape with their own template, and takes counts of items for no item", () => {
    const rec = (title: string, authors: string) => `<div class="rec"><h3><a href="/b/${title}">${title}</a></h3><p>${authors}</p><span class="author-count">3 authors</span><span class="review-count">12 reviews</span></div>`;
    const out = rows(
      rec("Cats", `<a class="author" href="/u/a">Ann Lee</a>, <a class="author" href="/u/b">Bob Stone</a>`) + rec("Birds", `<a class="author" href="/u/d">Di Jones</a>, <span class="author">Fay Ng</span>`),
      { title: str, authors: arrayOf(object({ name: str, url: uri }, ["name"])), reviews: arrayOf(object({ text: str, rating: num })) },
    );
    expect(out.map((r) => r.row)).toEqual([
      { title: "Cats", authors: [{ name: "Ann Lee", url: "https://books.example/u/a" }, { name: "Bob Stone", url: "https://books.example/u/b" }] },
      { title: "Birds", authors: [{ name: "Di Jones", url: "https://books.example/u/d" }, { name: "Fay Ng" }] },
    ]);
  });
});
