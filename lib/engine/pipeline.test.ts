/**
 * The whole pipeline on real pages served on loopback (pipeline/testing.ts): following pages,
 * keeping rows and their sources, verifying links, and failing clearly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueProducts } from "@/e2e/fixtures/catalogue-site";
import { runPipeline } from "./pipeline";
import { failure, opts, run, startPipelineSites, type PipelineSites } from "./pipeline/testing";

let sites: PipelineSites;
let site: PipelineSites["site"];
let pagesOrigin: string;

beforeAll(async () => {
  sites = await startPipelineSites();
  ({ site, pagesOrigin } = sites);
});

afterAll(() => sites.close());

describe("runPipeline", () => {
  it("follows every page of a catalogue and keeps each row's source", async () => {
    const { rows, progress } = await run({ url: `${site.origin}/catalogue` });
    expect(progress).toMatchObject({ stage: "done", pagesFetched: 5, recordsFound: 45, rowsKept: 45 });
    expect(rows.map((r) => r.row)).toEqual(
      catalogueProducts(45).map((p) => ({ name: p.name, price: p.price, availability: p.availability, url: `${site.origin}/products/${p.id}` })),
    );
    // The record, and where in it each field was read: a link's text and its href, two paragraphs.
    const card = "/body[1]/main[1]/div[1]/article[1]";
    expect(rows[10]!.source).toEqual({
      page: `${site.origin}/catalogue?page=2`,
      xpath: card,
      fields: { name: { xpath: `${card}/h3[1]/a[1]` }, price: { xpath: `${card}/p[1]` }, availability: { xpath: `${card}/p[2]` }, url: { xpath: `${card}/h3[1]/a[1]`, attr: "href" } },
    });
  });

  it("keeps the JSON-LD property each field of a structured-data row was read from", async () => {
    const product = (name: string, price: string) => ({ "@type": "Product", name, url: `/p/${name.toLowerCase()}`, offers: { "@type": "Offer", price, priceCurrency: "GBP" } });
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "ItemList", itemListElement: [product("Kettle", "19.99"), product("Toaster", "34.50")].map((item, i) => ({ "@type": "ListItem", position: i + 1, item })) })}</script></head><body><p>Our range</p></body></html>`;
    const { rows } = await run({ url: "https://shop.example/range", q: "every product with name, price and url", schema: null }, { seedHtml: html });
    expect(rows[1]).toEqual({
      row: { name: "Toaster", price: "£34.50", url: "https://shop.example/p/toaster" },
      source: { page: "https://shop.example/range", xpath: "/head[1]/script[1]", fields: { name: { jsonld: "name" }, price: { jsonld: "offers.price" }, url: { jsonld: "url" } } },
    });
  });

  it("stops at ENGINE_MAX_PAGES and says so in the analyst's words, not the setting's name", async () => {
    const { rows, progress } = await run({ url: `${site.origin}/catalogue` }, { maxPages: 2 });
    expect(rows).toHaveLength(20);
    expect(progress.notes.join(" ")).toContain("Pagination stopped after 2 pages, the studio's limit");
    expect(progress.notes.join(" ")).not.toContain("ENGINE_");
    expect(progress.maxPages).toBe(2);
  });

  it("carries the page bound in every progress report, from the first, so a watcher reads page N of at most M", async () => {
    const reports: { stage: string; pagesFetched: number; maxPages?: number }[] = [];
    await run({ url: `${site.origin}/catalogue` }, { maxPages: 3, onProgress: (p) => reports.push(p) });
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.every((r) => r.maxPages === 3)).toBe(true);
    expect(Math.max(...reports.map((r) => r.pagesFetched))).toBe(3);
    // A seed page given, not fetched (the CLI's --file): no pagination, so at most that one page.
    const given = await runPipeline({ q: "every product with name and url", url: `${site.origin}/catalogue`, schema: null, verifyUrls: false }, () => {}, {
      ...opts,
      seedHtml: await (await fetch(`${site.origin}/catalogue`)).text(),
    });
    expect(given.maxPages).toBe(1);
  });

  it("drops rows with dead links when asked to verify URLs", async () => {
    const { rows, progress } = await run({ url: `${site.origin}/catalogue`, verifyUrls: true });
    expect(rows).toHaveLength(44);
    expect(rows.some((r) => String(r.row.url).endsWith("/products/103"))).toBe(false);
    expect(progress.rowsDropped.deadLinks).toBe(1);
    // The notes name the dead link, so that the analyst can check it.
    expect(progress.notes).toContain(`1 dead link: ${site.origin}/products/103 (HTTP 404).`);
  });

  it("dedupes rows and does not follow a next page with another record template", async () => {
    const { rows, progress } = await run({ url: `${pagesOrigin}/team`, q: "every person with name, role and profile", schema: null });
    expect(progress.pagesFetched).toBe(2);
    expect(progress.notes.join(" ")).toMatch(/does not list records like the first page/);
    expect(progress.rowsDropped.duplicate).toBe(1);
    expect(rows).toHaveLength(4);
  });

  it("follows a next page declared only by <link rel=next> in the head", async () => {
    const { rows, progress } = await run({ url: `${pagesOrigin}/declared`, q: "every person with name, role and profile", schema: null });
    expect(progress.pagesFetched).toBe(2);
    expect(rows.map((r) => r.row.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Person ${n}`));
  });

  it("follows 'Load more' links, and says when the page's 'Load more' is a button it cannot press", async () => {
    const linked = await run({ url: `${pagesOrigin}/members`, q: "every person with name, role and profile", schema: null });
    expect(linked.progress.pagesFetched).toBe(3);
    expect(linked.rows).toHaveLength(12);
    expect(linked.progress.notes).toEqual([]);
    const scripted = await run({ url: `${pagesOrigin}/scripted`, q: "every person with name, role and profile", schema: null });
    expect(scripted.rows).toHaveLength(4);
    expect(scripted.progress.notes.join(" ")).toContain(`"Load more" button that runs a script`);
  });

  it("does not follow a next-page link to another site", async () => {
    const { rows, progress } = await run({ url: `${pagesOrigin}/saved-list`, q: "every person with name, role and profile", schema: null });
    expect(progress.pagesFetched).toBe(1);
    expect(rows).toHaveLength(4);
    expect(progress.notes.join(" ")).toContain("leads to another site (https://shop.example/list?page=2)");
  });

  it("keeps items whose rows agree: a duplicate is the same item, not the same values", async () => {
    // (A schema of that one field: without one the query's products would get their names too, noun-column.ts.)
    const schema = { type: "object", properties: { availability: { type: "string" } } };
    const { rows, progress } = await run({ url: `${site.origin}/catalogue`, q: "every product with its availability", schema });
    expect(progress.pagesFetched).toBe(5);
    expect(progress.rowsDropped.duplicate).toBe(0);
    expect(rows).toHaveLength(45);
    expect(new Set(rows.map((r) => JSON.stringify(r.row))).size).toBeLessThan(5);
  });

  it("follows onto a last page with a single record, and stops at a page without records", async () => {
    const { rows, progress } = await run({ url: `${pagesOrigin}/books` });
    expect(progress).toMatchObject({ pagesFetched: 3, rowsKept: 7 });
    expect(progress.notes.join(" ")).toMatch(/books\?page=3: the page does not list records like the first page/);
    expect(rows[6]).toEqual({
      row: { name: "Book 7: a novel", price: "£17.50", availability: "In stock", url: `${pagesOrigin}/book/7` },
      source: expect.objectContaining({ page: `${pagesOrigin}/books?page=2`, xpath: "/body[1]/main[1]/ol[1]/li[1]" }),
    });
  });

  it("extracts a listing of two items, or of one, but still fails on a page with none", async () => {
    const { rows } = await run({ url: `${pagesOrigin}/two-books` });
    expect(rows.map((r) => r.row)).toEqual([
      { name: "Book 8: a novel", price: "£18.50", availability: "In stock", url: `${pagesOrigin}/book/8` },
      { name: "Book 9: a novel", price: "£19.50", availability: "In stock", url: `${pagesOrigin}/book/9` },
    ]);
    expect((await failure(run({ url: `${pagesOrigin}/no-books` }))).message).toMatch(/^The seed page lists no records: it says “No products match your search”\./);
    // A listing of one item (a category with a single book) gives its row.
    const { rows: one } = await run({ url: `${pagesOrigin}/one-book` });
    expect(one.map((r) => r.row)).toEqual([{ name: "Book 10: a novel", price: "£20.50", availability: "In stock", url: `${pagesOrigin}/book/10` }]);
    expect(one[0]!.source.xpath).toBe("/body[1]/main[1]/ol[1]/li[1]");
    // A book's own page is not a listing: no rows made of its spec list.
    expect((await failure(run({ url: `${pagesOrigin}/book/8` }))).message).toMatch(/No repeated records.*not a home or detail page/);
    // Without a field list, two items count when each shows a link and a price, a stock status or the like...
    expect((await run({ url: `${pagesOrigin}/two-books`, q: "everything", schema: null })).rows.map((r) => r.row.price)).toEqual(["£18.50", "£19.50"]);
    // ...not two blocks of links and words.
    expect((await failure(run({ url: `${pagesOrigin}/two-links`, q: "everything", schema: null }))).message).toMatch(/No repeated records/);
  });

  it("reads a table with frozen columns (two tables side by side) as one row per line, on every page", async () => {
    const { rows, progress } = await run({ url: `${pagesOrigin}/standings`, q: "the standings table", schema: null });
    expect(progress).toMatchObject({ pagesFetched: 2, rowsKept: 7 });
    // Without a schema, columns of figures (across both pages) come out as numbers.
    const team = (n: number) => ({ team: `Team ${n}`, played: 10, won: n, points: 3 * n, url: `${pagesOrigin}/team/${n}` });
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7].map(team));
    // A line's cells are in both tables: each field names the cell it was read from.
    const team6 = "/body[1]/main[1]/div[1]/table[1]/tbody[1]/tr[1]";
    const figures6 = "/body[1]/main[1]/div[1]/div[1]/table[1]/tbody[1]/tr[1]";
    expect(rows[5]!.source).toEqual({
      page: `${pagesOrigin}/standings?page=2`,
      xpath: team6,
      fields: { team: { xpath: `${team6}/td[1]` }, url: { xpath: `${team6}/td[1]/a[1]`, attr: "href" }, played: { xpath: `${figures6}/td[1]` }, won: { xpath: `${figures6}/td[2]` }, points: { xpath: `${figures6}/td[3]` } },
    });
    // With a schema, each field is found in whichever of the two tables holds it.
    const typed = { type: "object", properties: { team: { type: "string" }, points: { type: "integer" }, url: { type: "string", format: "uri" } }, required: ["team", "points"] };
    const { rows: withSchema } = await run({ url: `${pagesOrigin}/standings`, q: "teams with points", schema: typed });
    expect(withSchema.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ({ team: `Team ${n}`, points: 3 * n, url: `${pagesOrigin}/team/${n}` })));
  });

  it("fails clearly on a page with no records, a missing page, or a refused address", async () => {
    expect((await failure(run({ url: `${pagesOrigin}/empty` }))).message).toMatch(/No repeated records/);
    expect((await failure(run({ url: `${pagesOrigin}/no-reviews`, q: "every review" }))).message).toBe(
      "The seed page lists no records: it says “0 Reviews”. Point the URL at a listing that shows items, or run again when this one has some.",
    );
    expect((await failure(run({ url: `${pagesOrigin}/missing` }))).message).toMatch(/could not be read.*404/);
    expect((await failure(run({ url: `${site.origin}/catalogue` }, { allowPrivate: false }))).message).toMatch(/could not be read.*(loopback|private)/i);
  });

  it("respects robots.txt", async () => {
    const refused = (await failure(run({ url: `${site.origin}/private/catalogue` }))).message;
    expect(refused).toMatch(/could not be read: the site's robots\.txt forbids reading/);
    expect(refused).not.toContain("ENGINE_");
    const { rows } = await run({ url: `${site.origin}/private/catalogue` }, { respectRobots: false, maxPages: 1 });
    expect(rows).toHaveLength(10);
  });
});
