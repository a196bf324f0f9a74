import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { decorativeImages, listPlan, listValues, fillsList } from "./lists";
import { collectPieces } from "./pieces";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const page = (records: string) => parseHtml(`<html><body><main>${records}</main></body></html>`);
const lists = (records: string, schema: Record<string, unknown>) => {
  const doc = page(records);
  const specs = fieldSpecsFromSchema({ type: "object", properties: schema });
  const all = collectPieces(region(doc, byClass("rec")).records, "https://shop.example/");
  const decorative = decorativeImages(all);
  return all.map((rp) => Object.fromEntries(specs.filter(fillsList).map((s) => [s.name, listValues(rp, listPlan(s), "shop.example", decorative).values])));
};
const arrayOf = (items: object) => ({ type: "array", items });

describe("list fields", () => {
  it("knows which list fields it fills: lists of flat items", () => {
    const specs = fieldSpecsFromSchema({ type: "object", properties: { tags: arrayOf({ type: "string" }), rows: arrayOf({ type: "object", properties: {} }), any: { type: "array" } } });
    expect(specs.map((s) => [s.name, fillsList(s)])).toEqual([
      ["tags", true],
      ["rows", false],
      ["any", false],
    ]);
  });

  it("takes a named link with a picture inside as the item, not the text beside it (a speaker with her avatar)", () => {
    const speaker = (slug: string, name: string, org: string) => `<a href="/speakers/${slug}" class="speaker"><img src="/s/${slug}.jpg" alt=""> ${name}</a>, <span class="org">${org}</span>`;
    const rec = (title: string, ...people: string[]) => `<div class="rec"><h3>${title}</h3><div class="speakers">${people.join(" &amp; ")}</div></div>`;
    const rows = lists(
      rec("Open data", speaker("mg", "Maria García", "Open Data Institute")) +
        rec("Dashboards", speaker("ao", "Amina Okafor", "Stripe"), speaker("ln", "Lars Nilsson", "Spotify")) +
        rec("Parquet", speaker("cw", "Chen Wei", "Databricks")),
      { speakers: arrayOf({ type: "string" }) },
    );
    expect(rows.map((r) => r.speakers)).toEqual([["Maria García"], ["Amina Okafor", "Lars Nilsson"], ["Chen Wei"]]);
  });

  it("takes the named elements, not the one around them, typed as the items are", () => {
    const rec = (sizes: string) => `<div class="rec"><h3>Shoe</h3><ul class="sizes">${sizes}</ul><span class="price">$40</span></div>`;
    const rows = lists(rec("<li>40</li><li>41.5</li>") + rec("<li>38</li>"), { sizes: arrayOf({ type: "number" }), prices: arrayOf({ type: "number" }) });
    expect(rows).toEqual([
      { sizes: [40, 41.5], prices: [40] },
      { sizes: [38], prices: [40] },
    ]);
  });

  it("splits one named text into its items, and makes up nothing where nothing is named", () => {
    const rec = (skills: string) => `<div class="rec"><h3>Ann</h3><p class="skills">${skills}</p><p>Berlin, Paris</p></div>`;
    const rows = lists(rec("Python, SQL; Excel") + rec("Go"), { skills: arrayOf({ type: "string" }), cities: arrayOf({ type: "string" }) });
    expect(rows).toEqual([
      { skills: ["Python", "SQL", "Excel"], cities: [] },
      { skills: ["Go"], cities: [] },
    ]);
  });

  it("takes the record's pictures for a list of images, but not the template's stars or pixels", () => {
    const rec = (n: number) =>
      `<div class="rec"><h3>Item ${n}</h3><img src="/a${n}.jpg"><img src="/b${n}.jpg"><img src="/a${n}.jpg"><img src="/star.svg"><img src="/px${n}.gif" width="1" height="1"></div>`;
    const uri = arrayOf({ type: "string", format: "uri" });
    expect(lists(rec(1) + rec(2) + rec(3), { images: uri, logos: uri })).toEqual([1, 2, 3].map((n) => ({ images: [`https://shop.example/a${n}.jpg`, `https://shop.example/b${n}.jpg`], logos: [] })));
  });

  it("is named inside the record: the record's own classes name no items", () => {
    const rec = (n: number) => `<article class="rec post tag-python category-news"><h2>Post ${n}</h2><p>1 day ago</p><span class="tags"><a>py</a>, <a>sql</a></span></article>`;
    expect(lists(rec(1) + rec(2), { tags: arrayOf({ type: "string" }), categories: arrayOf({ type: "string" }) })).toEqual([
      { tags: ["py", "sql"], categories: [] },
      { tags: ["py", "sql"], categories: [] },
    ]);
  });

  it("takes no theme or utility class for a name, and prefers items named themselves", () => {
    const rec = (n: number) =>
      `<div class="rec"><div class="color-scheme-2 category-product-image c-PJLV-bFpBhg-size-400"><h3 class="color-black">Item ${n}</h3><span>$${n}0</span></div>` +
      `<h4 class="author vcard"><span itemprop="author">Ann ${n}</span> <time>13 July 2013</time></h4><ul class="tag-list"><li>red</li><li>blue</li></ul></div>`;
    const text = arrayOf({ type: "string" });
    expect(lists(rec(1) + rec(2), { colors: text, categories: text, sizes: text, authors: text, tags: text })).toEqual([1, 2].map((n) => ({ colors: [], categories: [], sizes: [], authors: [`Ann ${n}`], tags: ["red", "blue"] })));
  });

  it("splits neither a price, a date nor a link, and splits numbers only at a comma and a space", () => {
    const rec = (n: number) =>
      `<div class="rec"><h3>Item ${n}</h3><span class="price">$1,29${n}.00</span><span class="date">March ${n}, 2024</span><p class="sizes">38, 39, 4${n}</p></div>`;
    expect(lists(rec(1) + rec(2), { prices: arrayOf({ type: "string" }), dates: arrayOf({ type: "string" }), sizes: arrayOf({ type: "number" }) })).toEqual([
      { prices: ["$1,291.00"], dates: ["March 1, 2024"], sizes: [38, 39, 41] },
      { prices: ["$1,292.00"], dates: ["March 2, 2024"], sizes: [38, 39, 42] },
    ]);
  });

  it("parts one text of people at 'and' and '&' too, but no other list", () => {
    const rec = (authors: string, flavours: string) => `<div class="rec"><h3>Paper</h3><p class="authors">${authors}</p><p class="flavours">${flavours}</p></div>`;
    const rows = lists(rec("J. Doe, R. Roe, and K. Poe", "Salt & Pepper, Lime") + rec("B. Lee &amp; C. Kim", "Fish and Chips") + rec("Smith, John", "Sweet"), {
      authors: arrayOf({ type: "string" }),
      flavours: arrayOf({ type: "string" }),
    });
    expect(rows).toEqual([
      { authors: ["J. Doe", "R. Roe", "K. Poe"], flavours: ["Salt & Pepper", "Lime"] },
      { authors: ["B. Lee", "C. Kim"], flavours: ["Fish and Chips"] },
      { authors: ["Smith, John"], flavours: ["Sweet"] },
    ]);
  });

  it("matches items to the item's enum, and reads plurals in the singular", () => {
    const rec = (types: string) => `<div class="rec"><h3>Job</h3>${types}<img class="photo" src="/p.jpg"><span class="size">38</span><span class="size">41</span></div>`;
    const rows = lists(rec(`<span class="type">Full time</span><span class="type">Remote</span><span class="type">Gig</span>`) + rec(`<span class="type">Part-time</span>`), {
      types: arrayOf({ type: "string", enum: ["full_time", "part_time", "remote"] }),
      photos: arrayOf({ type: "string", format: "uri" }),
      sizes: arrayOf({ type: "number" }),
    });
    expect(rows).toEqual([
      { types: ["full_time", "remote"], photos: ["https://shop.example/p.jpg"], sizes: [38, 41] },
      { types: ["part_time"], photos: ["https://shop.example/p.jpg"], sizes: [38, 41] },
    ]);
  });
});

describe("a list item every record shares", () => {
  // Every card's first tag is "red", the second differs: "red" is a tag, not the label of the second.
  const card = (n: number) => `<div class="rec"><h3><a href="/p/${n}">Item ${n}</a></h3><p class="price">$${n}</p><ul><li class="tag">red</li><li class="tag">t${n}</li></ul></div>`;
  const cards = [1, 2, 3, 4].map(card).join("");

  it("is one of the list's items", () => {
    expect(lists(cards, { tags: arrayOf({ type: "string" }) }).map((r) => r.tags)).toEqual([1, 2, 3, 4].map((n) => ["red", `t${n}`]));
  });

  it("labels nothing, while constant text before a value still labels it", () => {
    const all = collectPieces(region(page(cards), byClass("rec")).records, "https://shop.example/");
    expect(all[3]!.pieces.filter((p) => p.el.tagName === "li").map((p) => [p.value, p.label, p.labelOnly])).toEqual([
      ["red", undefined, false],
      ["t4", undefined, false],
    ]);
    const priced = [1, 2, 3].map((n) => `<div class="rec"><h3>Item ${n}</h3><p><span>Price</span><span>$${n}</span></p></div>`).join("");
    const labelled = collectPieces(region(page(priced), byClass("rec")).records, "https://shop.example/");
    expect(labelled[2]!.pieces.find((p) => p.value === "$3")?.label).toBe("Price");
  });
});

describe("a list written in one text, some of its items marked up", () => {
  const read = (lines: string[], properties: Record<string, unknown>) =>
    extractRows(region(parseHtml(`<ul>${lines.map((l, i) => `<li class="pub"><h3><a href="/p/${i}">Paper ${i}</a></h3>${l}</li>`).join("")}</ul>`), byClass("pub")), {
      pageUrl: "https://lab.example/publications",
      fields: fieldSpecsFromSchema({ type: "object", properties }),
      q: "",
    }).map((r) => r.row);

  it("takes every item the text lists, not only the emphasised ones", () => {
    const rows = read(
      [
        `<span class="authors">Maria Lindqvist, Tomás Ferreira, <b>Anh Nguyen</b></span>`,
        `<span class="authors"><b>Anh Nguyen</b>, Julia Becker</span>`,
        `<span class="authors">Kenji Watanabe and <strong>Maria Lindqvist</strong></span>`,
      ],
      { title: { type: "string" }, authors: { type: "array", items: { type: "string" } } },
    );
    expect(rows.map((r) => r.authors)).toEqual([["Maria Lindqvist", "Tomás Ferreira", "Anh Nguyen"], ["Anh Nguyen", "Julia Becker"], ["Kenji Watanabe", "Maria Lindqvist"]]);
  });

  it("still takes the marked-up items alone when the text around them is only a label and joining words", () => {
    const rows = read(
      [
        `<p class="authors">by <a href="/u/1">Maria Lindqvist</a> and <a href="/u/2">Tomás Ferreira</a></p>`,
        `<p class="authors">by <a href="/u/3">Anh Nguyen</a></p>`,
        `<p class="authors">Authors: <a href="/u/4">Julia Becker</a>, <a href="/u/5">Kenji Watanabe</a></p>`,
      ],
      { title: { type: "string" }, authors: { type: "array", items: { type: "string" } } },
    );
    expect(rows.map((r) => r.authors)).toEqual([["Maria Lindqvist", "Tomás Ferreira"], ["Anh Nguyen"], ["Julia Becker", "Kenji Watanabe"]]);
  });
});
