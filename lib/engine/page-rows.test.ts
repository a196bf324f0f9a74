import { describe, expect, it } from "vitest";
import type { ExtractInput } from "@/lib/extract/types";
import { parseHtml, type ChildNode, type Element } from "./dom";
import { elementByXPath } from "./xpath";
import type { FieldSpec } from "./fields";
import { rowsFromPage } from "./page-rows";

const input: ExtractInput = { q: "every item with name, value and note", url: "https://big.example/items", schema: null, verifyUrls: false };

/** Counts every read of one of `parent`'s children, by whatever code walks them. */
function countReads(parent: Element): { reads: number } {
  const counter = { reads: 0 };
  parent.childNodes = new Proxy(parent.childNodes, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as ChildNode[];
  return counter;
}

describe("rowsFromPage on a long list", () => {
  const n = 3_000;
  const html = (open: string, item: (i: number) => string, close: string) =>
    `<!doctype html><html><body>${open}${Array.from({ length: n }, (_, i) => item(i)).join("")}${close}</body></html>`;

  it("gives every row of a long table its record's XPath, reading the rows a bounded number of times each", async () => {
    const doc = parseHtml(
      html("<table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>", (i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`, "</tbody></table>"),
    );
    const reads = countReads(elementByXPath(doc, "/body[1]/table[1]/tbody[1]")!);
    const { rows } = await rowsFromPage(doc, input.url, input, null, null);
    expect(rows).toHaveLength(n);
    rows.forEach((r, i) => expect(r.source.xpath).toBe(`/body[1]/table[1]/tbody[1]/tr[${i + 1}]`));
    expect(rows[n - 1]!.source.fields).toMatchObject({ name: { xpath: `/body[1]/table[1]/tbody[1]/tr[${n}]/td[1]` } });
    // Counting each record's earlier siblings again reads them n²/2 times (4.5 million here).
    expect(reads.reads).toBeLessThan(50 * n);
  });

  it("gives the fields of a record's second element (a <dd> after its <dt>) their XPaths the same way", async () => {
    const doc = parseHtml(
      html("<h1>Glossary</h1><dl>", (i) => `<dt><a href="/t/${i}">Term ${i}</a></dt><dd>Meaning of term ${i} in a sentence, price £${i}.99</dd>`, "</dl>"),
    );
    const reads = countReads(elementByXPath(doc, "/body[1]/dl[1]")!);
    const { rows } = await rowsFromPage(doc, input.url, { ...input, q: "every term with its meaning" }, null, null);
    expect(rows).toHaveLength(n);
    rows.forEach((r, i) => {
      expect(r.source.xpath).toBe(`/body[1]/dl[1]/dt[${i + 1}]`);
      expect(r.source.fields).toMatchObject({ title: { xpath: `/body[1]/dl[1]/dt[${i + 1}]/a[1]` }, price: { xpath: `/body[1]/dl[1]/dd[${i + 1}]` } });
    });
    expect(reads.reads).toBeLessThan(50 * 2 * n);
  });
});

describe("rowsFromPage on a listing split into sections", () => {
  const event = (id: string) =>
    `<div class="event"><h3><a href="/e/${id}">Concert ${id} in the park</a></h3><p><span class="venue">Hall ${id}</span> · <span class="time">8:00 PM</span></p></div>`;
  const month = (name: string, ids: string[]) => `<section class="month"><h2>${name}</h2>${ids.map(event).join("")}</section>`;
  const events = (...months: string[]) => parseHtml(`<!doctype html><html><body><h1>What's on</h1><main>${months.join("")}</main></body></html>`);
  const q = { ...input, q: "every event with title, venue and url" };

  it("reads every month's events, each with its own XPath, and every month's on the next page too", async () => {
    const seed = await rowsFromPage(events(month("May", ["m1", "m2", "m3"]), month("June", ["j1", "j2"])), input.url, q, null, null);
    expect(seed.rows.map((r) => r.row.title)).toEqual(["m1", "m2", "m3", "j1", "j2"].map((id) => `Concert ${id} in the park`));
    expect(seed.rows.map((r) => r.source.xpath)).toEqual([
      "/body[1]/main[1]/section[1]/div[1]",
      "/body[1]/main[1]/section[1]/div[2]",
      "/body[1]/main[1]/section[1]/div[3]",
      "/body[1]/main[1]/section[2]/div[1]",
      "/body[1]/main[1]/section[2]/div[2]",
    ]);
    // The next page of the listing starts in June and runs into July: both months are the listing's.
    const next = await rowsFromPage(events(month("June", ["j3"]), month("July", ["k1", "k2"])), `${input.url}?page=2`, q, null, seed.signature);
    expect(next.rows.map((r) => r.row.title)).toEqual(["j3", "k1", "k2"].map((id) => `Concert ${id} in the park`));
  });
});

describe("rowsFromPage on months of thin events", () => {
  // Each event only a link, a date and a venue: each month's list is short beside the month itself.
  const event = (id: string, day: number) => `<li><a href="/e/${id}">Talk ${id} on tooling</a> <time datetime="2026-03-${10 + day}">${10 + day} Mar</time> <span class="venue">Room ${id}</span></li>`;
  const month = (name: string, ids: string[]) => `<section><h2>${name} 2026</h2><ul>${ids.map(event).join("")}</ul></section>`;
  const page = (...months: string[]) => parseHtml(`<!doctype html><html><body><main><h1>Events</h1>${months.join("")}</main></body></html>`);
  const seedPage = () => page(month("March", ["a1", "a2"]), month("April", ["b1", "b2", "b3"]), month("May", ["c1"]), month("June", ["d1", "d2"]));
  const fields = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: "string", required: false }));

  it("reads the events, every month's, each with its month, and the next page's by the seed's template", async () => {
    const q = { ...input, q: "every event with title, date, venue and month" };
    const seed = await rowsFromPage(seedPage(), input.url, q, fields("title", "date", "venue", "month"), null);
    expect(seed.rows.map((r) => [r.row.title, r.row.venue, r.row.month])).toEqual([
      ["Talk a1 on tooling", "Room a1", "March 2026"],
      ["Talk a2 on tooling", "Room a2", "March 2026"],
      ["Talk b1 on tooling", "Room b1", "April 2026"],
      ["Talk b2 on tooling", "Room b2", "April 2026"],
      ["Talk b3 on tooling", "Room b3", "April 2026"],
      ["Talk c1 on tooling", "Room c1", "May 2026"],
      ["Talk d1 on tooling", "Room d1", "June 2026"],
      ["Talk d2 on tooling", "Room d2", "June 2026"],
    ]);
    const next = await rowsFromPage(page(month("July", ["e1", "e2"]), month("August", ["f1"])), `${input.url}?page=2`, q, fields("title", "date", "venue", "month"), seed.signature);
    expect(next.rows.map((r) => r.row.title)).toEqual(["Talk e1 on tooling", "Talk e2 on tooling", "Talk f1 on tooling"]);
  });

  it("reads the same events without fields, by inferred columns", async () => {
    const seed = await rowsFromPage(seedPage(), input.url, { ...input, q: "every event" }, null, null);
    expect(seed.records).toBe(8);
  });

  it("keeps the months when the query asks for months", async () => {
    const seed = await rowsFromPage(seedPage(), input.url, { ...input, q: "every month with its name and events" }, null, null);
    expect(seed.records).toBe(4);
  });
});

describe("rowsFromPage on a listing that opens with a featured item", () => {
  const card = (id: string) =>
    `<article class="card"><h3><a href="/p/${id}">Post ${id} on the blog</a></h3><p class="excerpt">What post ${id} is about.</p><span class="author">Writer ${id}</span></article>`;
  const featured = `<div class="feature"><img src="/f.jpg" alt=""><h2 class="feature-title"><a href="/p/f">The featured post of the week</a></h2><p class="excerpt">Why it leads.</p><span class="author">Editor</span></div>`;
  const blog = (before: string) => parseHtml(`<!doctype html><html><body><main>${before}<div class="posts">${["a", "b", "c"].map(card).join("")}</div></main></body></html>`);
  const fields: FieldSpec[] = ["title", "excerpt", "author", "url"].map((name) => ({ name, type: "string", required: false, ...(name === "url" ? { format: "uri" as const } : {}) }));
  const q = { ...input, q: "every post with title, excerpt, author and url" };

  it("reads the featured item drawn in its own template first, with its own XPath", async () => {
    const { rows } = await rowsFromPage(blog(featured), input.url, q, fields, null);
    expect(rows.map((r) => r.row.title)).toEqual(["The featured post of the week", "Post a on the blog", "Post b on the blog", "Post c on the blog"]);
    expect(rows[0]!.row).toMatchObject({ url: "https://big.example/p/f", author: "Editor" });
    expect(rows[0]!.source.xpath).toBe("/body[1]/main[1]/div[1]");
  });

  it("leaves out what comes before the listing but is no item like its others (an intro, a banner)", async () => {
    const intro = `<div class="intro"><h2>Our blog</h2><p>News from the team, every week. <a href="/about">About us</a></p></div>`;
    const { rows } = await rowsFromPage(blog(intro), input.url, q, fields, null);
    expect(rows.map((r) => r.row.title)).toEqual(["Post a on the blog", "Post b on the blog", "Post c on the blog"]);
  });
});
