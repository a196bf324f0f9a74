import { describe, expect, it } from "vitest";
import type { FieldSource } from "@/lib/extract/types";
import { parseHtml, type Document } from "../dom";
import { elementByXPath, xpathOf } from "../xpath";
import { extractRows, fieldSources } from "./extract";
import { shiftedSlot } from "./assign-slots";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, fixture, region } from "./testing";

/** Each row with its fields' sources, as the pipeline stores them beside the row. */
function explained(doc: Document, fields: ReturnType<typeof fieldSpecsFromSchema> | null) {
  return extractRows(region(doc, byClass("workshop")), { pageUrl: "https://makers.example/workshops", fields, q: "every workshop" }).map((r) => {
    const xpath = xpathOf(r.record[0]!);
    return { row: r.row, xpath, fields: fieldSources(r.record, xpath, r.from, xpathOf) };
  });
}

const xpathIn = (source: FieldSource | undefined) => (source && "xpath" in source ? source.xpath : "");
const card = (n: number) => `/body[1]/main[1]/section[1]/article[${n}]`;

describe("fillFields: where each field was read", () => {
  const doc = fixture("fields-provenance.html");
  const schema = {
    type: "object",
    properties: {
      title: { type: "string" },
      url: { type: "string", format: "uri" },
      image: { type: "string", format: "uri" },
      starts: { type: "string", format: "date-time" },
      fee: { type: ["string", "null"] },
      sku: { type: "string" },
    },
  };
  const rows = explained(doc, fieldSpecsFromSchema(schema));

  it("names the element of a text field, and the attribute of a link, an image, a date and a microdata value", () => {
    expect(rows[0]!.row).toMatchObject({ title: "Soldering 101", url: "https://makers.example/workshops/soldering-101", image: "https://makers.example/img/soldering.jpg", fee: "£25.00", sku: "WS-101" });
    expect(rows[0]!.xpath).toBe(card(1));
    expect(rows[0]!.fields).toEqual({
      title: { xpath: `${card(1)}/h2[1]/a[1]` },
      url: { xpath: `${card(1)}/h2[1]/a[1]`, attr: "href" },
      image: { xpath: `${card(1)}/img[1]`, attr: "src" },
      starts: { xpath: `${card(1)}/p[1]/time[1]`, attr: "datetime" },
      fee: { xpath: `${card(1)}/p[2]` },
      sku: { xpath: `${card(1)}/meta[1]`, attr: "content" },
    });
  });

  it("names the attribute the value really came from: a lazy image's data-src, a truncated title's full title", () => {
    expect(rows[1]!.row).toMatchObject({ title: "Wood turning for beginners: bowls, spindles and safety", image: "https://makers.example/img/lathe.jpg" });
    expect(rows[1]!.fields.image).toEqual({ xpath: `${card(2)}/img[1]`, attr: "data-src" });
    expect(rows[1]!.fields.title).toEqual({ xpath: `${card(2)}/h2[1]/a[1]`, attr: "title" });
  });

  it("gives no source for a field left empty", () => {
    expect(rows[2]!.row.fee).toBeNull();
    expect(Object.keys(rows[2]!.fields).sort()).toEqual(["image", "sku", "starts", "title", "url"]);
  });

  it("writes XPaths the page itself resolves", () => {
    for (const { fields } of rows) {
      for (const source of Object.values(fields)) {
        expect(xpathIn(source)).toMatch(/^\/body\[1\]\/main\[1\]\/section\[1\]\/article\[\d\]\//);
        expect(elementByXPath(doc, xpathIn(source)), xpathIn(source)).toBeDefined();
      }
    }
    expect(elementByXPath(doc, xpathIn(rows[0]!.fields.fee))?.attrs).toEqual([{ name: "class", value: "fee" }]);
  });

  it("names the elements of inferred columns too", () => {
    const inferred = explained(doc, null);
    expect(inferred[1]!.row).toMatchObject({ title: "Wood turning for beginners: bowls, spindles and safety", when: "Starts Saturday 9 March", fee: "£40.00" });
    expect(inferred[1]!.fields).toEqual({
      title: { xpath: `${card(2)}/h2[1]/a[1]`, attr: "title" },
      url: { xpath: `${card(2)}/h2[1]/a[1]`, attr: "href" },
      image: { xpath: `${card(2)}/img[1]`, attr: "data-src" },
      when: { xpath: `${card(2)}/p[1]` },
      // (Named by its class: a fee, not any price.)
      fee: { xpath: `${card(2)}/p[2]` },
    });
    expect(inferred[2]!.fields.fee).toBeUndefined();
  });
});

describe("fillFields: an optional element before a value", () => {
  const hit = (title: string, text: string, date?: string) =>
    `<div class="hit"><h3><a href="/r/${title.length}">${title}</a></h3><div>${date ? `<span><span>${date}</span> — </span>` : ""}<span>${text}</span></div></div>`;
  const html = `<main>${[
    hit("Alpha guide", "How to set up alpha in five minutes, with worked examples for every platform we support."),
    hit("Beta manual", "Every option of beta explained, with defaults.", "Mar 4, 2025"),
    hit("Gamma notes", "Why we rewrote gamma from scratch this year, and what broke on the way there."),
    hit("Delta news", "Delta 2.0 is out: faster builds.", "Jan 12, 2025"),
  ].join("")}</main>`;

  it("reads a record's value from the slot's next element when a date pushed it there", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, snippet: { type: "string" }, date: { type: "string", format: "date" } } });
    const rows = extractRows(region(parseHtml(html), byClass("hit")), { pageUrl: "https://search.example/", fields, q: "every result" }).map((r) => r.row);
    expect(rows.map((r) => r.snippet)).toEqual([
      "How to set up alpha in five minutes, with worked examples for every platform we support.",
      "Every option of beta explained, with defaults.",
      "Why we rewrote gamma from scratch this year, and what broke on the way there.",
      "Delta 2.0 is out: faster builds.",
    ]);
    expect(rows.map((r) => r.date)).toEqual([undefined, "2025-03-04", undefined, "2025-01-12"]);
  });
});

describe("shiftedSlot", () => {
  it("is the same place but for one index", () => {
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[2]/span[2]")).toBe(true);
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[3]/span[1]")).toBe(true);
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[2]/span[1]")).toBe(false);
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[3]/span[2]")).toBe(false);
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[2]/em[1]")).toBe(false);
    expect(shiftedSlot("0:div/div[2]/span[1]", "0:div/div[2]@price")).toBe(false);
  });
});

describe("fillFields: two titles by one word", () => {
  const card = (n: number) => `<div class="card"><h3><a href="/p/${n}">Item ${n}</a></h3><p class="price">$${n}</p><ul><li class="tag">red</li><li class="tag">t${n}</li></ul></div>`;
  const doc = parseHtml(`<html><body><main>${[1, 2, 3, 4].map(card).join("")}</main></body></html>`);
  const rowsFor = (properties: Record<string, unknown>) =>
    extractRows(region(doc, byClass("card")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every item" }).map((r) => r.row);

  it("'name' and 'product name' both read the heading; the second does not take the tags, which nothing names", () => {
    expect(rowsFor({ name: { type: "string" }, "product name": { type: "string" } })[3]).toEqual({ name: "Item 4", "product name": "Item 4" });
  });
});

describe("fillFields: a name and a title asked apart", () => {
  const cards = (items: string[][], card: (cells: string[], n: number) => string) =>
    parseHtml(`<html><body><main>${items.map((cells, n) => card(cells, n)).join("")}</main></body></html>`);
  const read = (doc: ReturnType<typeof parseHtml>, order: string[]) => {
    const properties = Object.fromEntries(order.map((k) => [k, { type: "string" }]));
    return extractRows(region(doc, byClass("card")), { pageUrl: "https://site.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every item" }).map((r) => r.row);
  };
  const team = cards(
    [
      ["Ada Lovelace", "Chief Engineer", "London"],
      ["Grace Hopper", "Rear Admiral", "Arlington"],
      ["Alan Turing", "Cryptanalyst", "Bletchley"],
      ["Gerardus Mercator", "Cartographer", "Duisburg"],
    ],
    ([name, role, city]) => `<div class="card"><h3>${name}</h3><p>${role}</p><p>${city}</p></div>`,
  );

  it("on a team page, the name is the person's and the title her job title, whichever comes first in the schema", () => {
    const want = [
      { name: "Ada Lovelace", title: "Chief Engineer" },
      { name: "Grace Hopper", title: "Rear Admiral" },
      { name: "Alan Turing", title: "Cryptanalyst" },
      // No word of it says it is a job title: it is one where the other cards' job titles are.
      { name: "Gerardus Mercator", title: "Cartographer" },
    ];
    expect(read(team, ["name", "title"])).toEqual(want);
    expect(read(team, ["title", "name"])).toEqual(want.map(({ name, title }) => ({ title, name })));
  });

  it("on a job board, the title is the job's and the name is no company nothing names as one", () => {
    const jobs = cards(
      [
        ["Senior Engineer", "Acme Corp"],
        ["Product Designer", "Globex"],
        ["Data Analyst", "Initech"],
      ],
      ([title, company], n) => `<div class="card"><h3><a href="/jobs/${n}">${title}</a></h3><p>${company}</p><p>Berlin</p></div>`,
    );
    expect(read(jobs, ["name", "title"])[0]).toEqual({ title: "Senior Engineer" });
    const named = cards([["Senior Engineer", "Acme Corp"], ["Product Designer", "Globex"], ["Data Analyst", "Initech"]], ([title, company], n) => `<div class="card"><h3><a href="/jobs/${n}">${title}</a></h3><p class="company-name">${company}</p></div>`);
    expect(read(named, ["title", "name"])[1]).toEqual({ title: "Product Designer", name: "Globex" });
  });

  it("on a course or product listing, the second stays empty rather than take the instructor or the brand", () => {
    const courses = cards([["Intro to Machine Learning", "Andrew Ng"], ["Modern Databases", "Ann Lee"], ["Compilers from Scratch", "Bob Stone"]], ([title, who], n) => `<div class="card"><h3><a href="/c/${n}">${title}</a></h3><p>${who}</p><p>12 hours</p></div>`);
    expect(read(courses, ["title", "name"])[0]).toEqual({ title: "Intro to Machine Learning" });
    const products = cards([["Echo Dot", "Amazon"], ["Nest Mini", "Google"], ["Era 100", "Sonos"]], ([name, brand], n) => `<div class="card"><h3><a href="/p/${n}">${name}</a></h3><p class="brand">${brand}</p><p class="price">$49.99</p></div>`);
    expect(read(products, ["name", "title"])[2]).toEqual({ name: "Era 100" });
  });
});

describe("fillFields: a role that nothing names", () => {
  const people: Array<[string, string, string]> = [
    ["ada", "Ada Lovelace", "Staff Engineer"],
    ["alan", "Alan Turing", "Head of Research"],
    ["grace", "Grace Hopper", "Engineering Manager"],
  ];
  const doc = parseHtml(`<html><body><main><ul>${people.map(([id, name, role]) => `<li class="person"><a href="/p/${id}">${name}</a><span>${role}</span><span>London</span></li>`).join("")}</ul></main></body></html>`);
  const read = (properties: Record<string, unknown>) =>
    extractRows(region(doc, byClass("person")), { pageUrl: "https://site.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every person" }).map((r) => r.row);

  it("takes the job title a plain span shows, not the name in the link nor another text", () => {
    expect(read({ name: { type: "string" }, role: { type: "string" }, profile: { type: "string", format: "uri" } })).toEqual(
      people.map(([id, name, role]) => ({ name, role, profile: `https://site.example/p/${id}` })),
    );
    expect(read({ name: { type: "string" }, jobPosition: { type: "string" } }).map((r) => r.jobPosition)).toEqual(people.map(([, , role]) => role));
  });

  it("leaves a field that names no role without the job title", () => {
    expect(read({ name: { type: "string" }, favoriteColor: { type: "string" } }).map((r) => r.favoriteColor)).toEqual([undefined, undefined, undefined]);
  });
});

describe("fillFields: a record that writes a shared value elsewhere", () => {
  it("gives both ends of a salary range its other element holds", () => {
    const job = (n: number, salary: string, odd = false) =>
      odd
        ? `<li class="job"><h3><a href="/jobs/${n}">Job ${n}</a></h3><div class="meta"><span class="company">Firm ${n}</span></div><p class="perks">${salary} · Remote friendly</p></li>`
        : `<li class="job"><h3><a href="/jobs/${n}">Job ${n}</a></h3><div class="meta"><span class="company">Firm ${n}</span><span class="salary">${salary}</span></div></li>`;
    const doc = parseHtml(`<ul>${job(1, "€50k–€70k")}${job(2, "€45k–€60k")}${job(3, "€40k–€55k", true)}${job(4, "€55k–€75k")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salaryMin: { type: "number" }, salaryMax: { type: "number" } } });
    const rows = extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields, q: "every job" }).map((r) => r.row);
    expect(rows.map((r) => [r.salaryMin, r.salaryMax])).toEqual([
      [50000, 70000],
      [45000, 60000],
      [40000, 55000],
      [55000, 75000],
    ]);
  });
});
