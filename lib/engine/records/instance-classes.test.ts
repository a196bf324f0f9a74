import { describe, expect, it } from "vitest";
import { bodyElement, classList, elementChildren, parseHtml, textContent, type Element } from "../dom";
import { findRecords } from "../records";
import { PageFeatures, signature } from "./features";
import { groupSignatures } from "./instance-classes";
import { memberSimilarities } from "./member-similarity";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
/** Sibling divs with these class attributes. */
const divs = (...classes: string[]) => elementChildren(bodyElement(page(`<div>${classes.map((c) => `<div class="${c}">x</div>`).join("")}</div>`))!.childNodes[0] as Element);

const NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"];
const post = (body: string) => page(`<main><h1>A post about engines</h1><p>The article itself, long enough to be a paragraph of content.</p>${body}</main>`);
const comment = (i: number) =>
  `<span class="author">${NAMES[i]}</span><time>2024-03-0${i + 1}</time><p class="text">I think point ${i + 1} of this post is right, and here is why it matters.</p>`;
const pingback = (i: number) => `<a href="/elsewhere/${i}">Another blog linked to this post, number ${i}</a><time>2024-04-0${i}</time>`;
const card = (i: number) => `<h3><a href="/p/${i}">Coffee grinder ${i}</a></h3><p class="price">€${40 + i}.00</p><p class="blurb">A burr grinder with ${i + 10} settings.</p>`;
const first = (el: Element) => textContent(el).slice(0, 20);

describe("groupSignatures", () => {
  it("reads classes numbered one per sibling as one stem", () => {
    expect(groupSignatures(divs("comment-1", "comment-2", "comment-3"))).toEqual(["div.comment-#", "div.comment-#", "div.comment-#"]);
    expect(groupSignatures(divs("comment comment-7", "comment comment-12", "comment comment-31"))).toEqual(Array(3).fill("div.comment.comment-#"));
  });

  it("keeps two numbered kinds apart", () => {
    const sigs = groupSignatures(divs("comment-1", "pingback-1", "comment-2", "pingback-2", "comment-3", "pingback-3"));
    expect(new Set(sigs)).toEqual(new Set(["div.comment-#", "div.pingback-#"]));
  });

  it("keeps layout numbers that several siblings share (col-md-4 beside col-md-8)", () => {
    const els = divs("col-md-4", "col-md-4", "col-md-8", "col-md-4", "col-md-8");
    expect(groupSignatures(els)).toEqual(els.map(signature));
    expect(new Set(groupSignatures(els)).size).toBe(2);
  });

  it("keeps classes that are the same on all siblings (Tailwind, grid columns)", () => {
    const els = divs("h-12 grid-cols-3 col-md-4", "h-12 grid-cols-3 col-md-4", "h-12 grid-cols-3 col-md-4");
    expect(groupSignatures(els)).toEqual(Array(3).fill("div.col-md-4.grid-cols-3.h-12"));
  });

  it("keeps the numbers of two siblings: an id cannot be told from a layout there", () => {
    expect(groupSignatures(divs("col-8", "col-4"))).toEqual(["div.col-8", "div.col-4"]);
  });
});

describe("member similarity of items with numbered insides", () => {
  /** The similarity of each child of the page's first element to its siblings. */
  const similarities = (items: string[]) => {
    const list = bodyElement(page(`<ul>${items.join("")}</ul>`))!.childNodes[0] as Element;
    return memberSimilarities(elementChildren(list).map((el) => [el]), new PageFeatures(list));
  };

  it("finds items alike when each one's nested element carries its own number", () => {
    const sims = similarities([1, 2, 3, 4].map((i) => `<li><div class="comment comment-${i}"><span class="author">A</span><h${i}>t</h${i}></div></li>`));
    // Alike but for the heading, whose level (a tag, not a class number) differs in each item.
    expect(sims).toEqual(Array(4).fill(2 / 3));
  });

  it("keeps layout numbers that several items share apart", () => {
    const sims = similarities([4, 4, 8, 4].map((w) => `<li><div class="col-md-${w}"><p>t</p></div></li>`));
    expect(sims[2]).toBe(0);
    expect(sims[0]).toBeCloseTo(2 / 3);
  });
});

describe("records whose items carry numbered classes", () => {
  it("numbered classes only: comments apart from the pingbacks between them", () => {
    const items = [0, 1, 2, 3].map((i) => `<div class="comment-${i + 1}">${comment(i)}</div>${i < 3 ? `<div class="pingback-${i + 1}">${pingback(i + 1)}</div>` : ""}`);
    const region = findRecords(post(`<section>${items.join("")}</section>`), { q: "every comment with author and text" });
    expect(region?.records.map(([el]) => classList(el!)[0])).toEqual(["comment-1", "comment-2", "comment-3", "comment-4"]);
  });

  it("numbered and shared classes: the shared class and the stem name one kind", () => {
    const items = [0, 1, 2, 3].map((i) => `<div class="comment comment-${i + 1}">${comment(i)}</div>${i < 3 ? `<div class="pingback pingback-${i + 1}">${pingback(i + 1)}</div>` : ""}`);
    const region = findRecords(post(`<section>${items.join("")}</section>`), { q: "every comment with author and text" });
    expect(region?.records).toHaveLength(4);
    expect(region!.records.every(([el]) => classList(el!).includes("comment"))).toBe(true);
  });

  it("numbered classes on a nested element of each item", () => {
    const items = NAMES.map((_, i) => `<li><div class="comment comment-${i + 1}">${comment(i)}</div></li>`);
    const region = findRecords(post(`<ol class="comments">${items.join("")}</ol>`), { q: "every comment with author and text" });
    expect(region?.records.map(([el]) => el!.tagName)).toEqual(Array(6).fill("li"));
    expect(first(region!.records[5]![0]!)).toContain("Donald Knuth");
  });

  it("numbered cards in rows of a grid are one list of cards", () => {
    const rows = [0, 1, 2].map((r) => `<div class="row">${[1, 2, 3].map((c) => `<div class="card card-${r * 3 + c}">${card(r * 3 + c)}</div>`).join("")}</div>`);
    const region = findRecords(post(`<div class="grid">${rows.join("")}</div>`));
    expect(region?.records).toHaveLength(9);
  });

  it("numbered headings, each followed by its answer, are records of two elements", () => {
    const pairs = NAMES.map((n, i) => `<h3 class="q q-${i + 1}">What did ${n} build?</h3><p class="a">${n} built something that still matters, and wrote about it.</p>`);
    const region = findRecords(post(`<div class="faq">${pairs.join("")}</div>`));
    expect(region?.records.map((r) => r.map((el) => el.tagName).join("+"))).toEqual(Array(6).fill("h3+p"));
  });

  it("a grid's col-md-4 cards and col-md-8 panels stay two kinds", () => {
    const cards = [1, 2, 3, 4].map((i) => `<div class="col-md-4">${card(i)}</div>`);
    const panel = (i: number) =>
      `<div class="col-md-8"><h2>Why grind fresh, part ${i}</h2><p>Ground coffee loses its aroma within minutes; whole beans keep it for weeks.</p><p>Read more in our guide.</p><ul><li>Burrs</li><li>Blades</li></ul></div>`;
    const region = findRecords(post(`<div class="row">${cards.slice(0, 2).join("")}${panel(1)}${cards.slice(2).join("")}${panel(2)}</div>`));
    expect(region?.records.map(([el]) => classList(el!))).toEqual(Array(4).fill(["col-md-4"]));
  });
});
