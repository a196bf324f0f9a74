/**
 * The whole pipeline on real pages served on loopback (the fixture shop, plus a few one-off pages),
 * with real fetching, parsing, pagination, validation and link checks.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueProducts, startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import type { ExtractInput } from "@/lib/extract/types";
import { ExtractionError, runPipeline, type ExtractedRow, type PipelineOptions } from "./pipeline";

const opts: PipelineOptions = { maxPages: 20, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true };
const schema = {
  type: "object",
  properties: { name: { type: "string" }, price: { type: "string" }, availability: { type: "string" }, url: { type: "string", format: "uri" } },
  required: ["name", "url"],
};

let site: Awaited<ReturnType<typeof startCatalogueSite>>;
let pages: Server;
let pagesOrigin: string;
const extra: Record<string, string> = {};

async function run(input: Partial<ExtractInput> & { url: string }, options: Partial<PipelineOptions> = {}) {
  const rows: ExtractedRow[] = [];
  const progress = await runPipeline({ q: "every product with name, price, availability and url", schema, verifyUrls: false, ...input }, (r) => void rows.push(r), {
    ...opts,
    ...options,
  });
  return { rows, progress };
}

async function failure(promise: Promise<unknown>): Promise<ExtractionError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error("expected the extraction to fail");
}

beforeAll(async () => {
  site = await startCatalogueSite(0, { products: 45, deadProducts: [103] });
  pages = createServer((req, res) => {
    const body = extra[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((r) => pages.listen(0, "127.0.0.1", r));
  pagesOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  const card = (n: number) => `<div class="card"><h2>Person ${n}</h2><p class="role">Engineer ${n}</p><a href="/p/${n}">Profile</a></div>`;
  extra["/team"] = `<html><body><div class="team">${[1, 2, 3, 4].map(card).join("")}${card(2)}</div><a href="/team-2" rel="next">Next ›</a></body></html>`;
  // Pagination declared only in the head (a "load more" layout): page 2 follows the same template.
  const teamPage = (from: number, next: string | null) =>
    `<html><head>${next ? `<link rel="next" href="${next}">` : ""}</head><body><div class="team">${[0, 1, 2, 3].map((i) => card(from + i)).join("")}</div><button>Load more</button></body></html>`;
  extra["/declared"] = teamPage(1, "/declared?page=2");
  // "Load more" as a link to the next batch, and as a button that a script runs.
  const loadMore = (from: number, more: string) => `<html><body><div class="team">${[0, 1, 2, 3].map((i) => card(from + i)).join("")}</div>${more}</body></html>`;
  extra["/members"] = loadMore(1, `<div class="more"><a class="btn load-more" href="/members-2">Load more</a></div>`);
  extra["/members-2"] = loadMore(5, `<div class="more"><a class="btn load-more" href="/members-3">Load more</a></div>`);
  extra["/members-3"] = loadMore(9, "");
  extra["/scripted"] = loadMore(1, `<button id="more" data-next="/scripted-2">Load more</button>`);
  extra["/declared?page=2"] = teamPage(5, null);
  // A saved copy of a listing whose "next" link still points at the original site.
  extra["/saved-list"] = `<html><body><div class="team">${[1, 2, 3, 4].map(card).join("")}</div><a href="https://shop.example/list?page=2" rel="next">Next ›</a></body></html>`;
  extra["/two-links"] = `<html><body><main><h1>Our offices</h1><ul>${["North", "South"].map((n) => `<li><a href="/office/${n}">${n} office</a><p>Open to visitors</p><p>Ask at the desk</p></li>`).join("")}</ul></main></body></html>`;
  extra["/team-2"] = `<html><body><table><tr><th>Name</th><th>Role</th></tr><tr><td>X</td><td>Y</td></tr><tr><td>Z</td><td>W</td></tr><tr><td>Q</td><td>R</td></tr></table></body></html>`;
  // A short team list: four names and roles, under findRecords' text bar unless the query vouches for it.
  const people = ["Ada Lovelace|Engineer", "Grace Hopper|Compiler lead", "Alan Turing|Researcher", "Katherine Johnson|Mathematician"];
  extra["/small-team"] = `<html><body><main><h1>Our team</h1><ul class="team">${people.map((p) => p.split("|")).map(([n, r]) => `<li><h3>${n}</h3><p class="role">${r}</p></li>`).join("")}</ul></main></body></html>`;
  const job = (id: number, title: string, company: string, location: string) =>
    `<li class="job"><h2 class="job-title"><a href="/jobs/${id}">${title}</a></h2><p><strong>Company:</strong> ${company}</p><p>Location: ${location}</p></li>`;
  extra["/jobs"] = `<html><body><main><h1>Open positions</h1><ul class="jobs">${job(101, "Backend Engineer", "Acme Corp", "Berlin, Germany")}${job(102, "Data Analyst", "Globex", "Remote")}${job(103, "Site Reliability Engineer", "Initech", "Austin, TX")}</ul></main></body></html>`;
  const flat = (n: number, area: string, rooms: string) =>
    `<li class="flat"><h3><a href="/w/${n}">Wohnung ${n}</a></h3><p class="area">${area} m²</p><p class="rooms">${rooms} Zimmer</p></li>`;
  const flats = (lang: string) =>
    `<html lang="${lang}"><body><main><h1>Wohnungen</h1><ul class="flats">${flat(1, "1.200", "4,5")}${flat(2, "85", "2")}${flat(3, "2.350", "6")}</ul></main></body></html>`;
  const city = (name: string, people: string, area: string) => `<tr><td>${name}</td><td>${people}</td><td>${area}</td></tr>`;
  extra["/cities-de"] = `<html lang="de"><body><main><h1>Städte</h1><table><thead><tr><th>Stadt</th><th>Einwohner</th><th>Fläche</th></tr></thead><tbody>${city("Berlin", "3.755.251", "891,1")}${city("Hamburg", "1.892.122", "755,2")}${city("München", "1.512.491", "310,7")}${city("Köln", "1.084.831", "405,0")}</tbody></table></main></body></html>`;
  extra["/cities-in-en"] = extra["/cities-de"]!.replace('<html lang="de">', '<html lang="en">').replace("<table>", '<table lang="de">');
  const station = (n: number, price: string) => `<div class="station" itemscope itemtype="https://schema.org/Product"><h3 itemprop="name">Station ${n}</h3><meta itemprop="price" content="${price}"><span>Super E10</span></div>`;
  extra["/stations-de"] = `<html lang="de"><body><main><h1>Tankstellen</h1>${[1, 2, 3].map((n) => station(n, `1.7${n}9`)).join("")}</main></body></html>`;
  extra["/flats-de"] = flats("de-DE");
  extra["/posts"] = `<html><body><main><h1>Posts</h1>
<article class="post"><h2><a href="/p/1">First post</a></h2><ul class="tags"><li>news</li><li>tech</li></ul><p class="authors">By <a class="author" href="/u/a">Ann</a> and <a class="author" href="/u/b">Bob</a></p><img src="/i/1a.jpg"><img src="/i/1b.jpg"><p>Skills: Python, SQL · Excel</p></article>
<article class="post"><h2><a href="/p/2">Second post</a></h2><ul class="tags"><li>sports</li></ul><p class="authors">By <a class="author" href="/u/c">Cy</a></p><img src="/i/2a.jpg"><p>Skills: Go</p></article>
<article class="post"><h2><a href="/p/3">Third post</a></h2><p class="authors">By <a class="author" href="/u/d">Di</a></p><p>Skills: Rust, C</p></article>
</main></body></html>`;
  extra["/flats-en"] = flats("en");
  // Scores on an open scale beside ratings out of 5, and cards whose review count sits by the rating.
  const team = (name: string, score: number, rating: string) => `<tr><td>${name}</td><td>${score}</td><td>${rating}</td><td>Springfield</td></tr>`;
  extra["/scores"] = `<html><body><main><h1>League</h1><table><thead><tr><th>Team</th><th>Score</th><th>Rating</th><th>City</th></tr></thead><tbody>${team("Alpha", 12, "4.5")}${team("Bravo", 100, "3")}${team("Charlie", 7, "5")}${team("Delta", 25, "4")}</tbody></table></main></body></html>`;
  const hotel = (name: string, reviews: number) => `<div class="hotel"><h3>${name}</h3><p>Great stay, near the beach</p><span class="rating-count">${reviews}</span></div>`;
  extra["/hotels"] = `<html><body><main><h1>Hotels</h1>${hotel("Sol", 123)}${hotel("Mar", 87)}${hotel("Luna", 45)}</main></body></html>`;
  const scored = (name: string, inner: string) => `<div class="hotel"><h3><a href="/h/${name}">${name}</a></h3><p>Nice rooms close to the beach.</p>${inner}</div>`;
  extra["/hotel-scores"] = `<html><body><main><h1>Hotels</h1>${[["Sol", "(1,204)", "4.5"], ["Mar", "(87)", "3.9"], ["Luna", "(512)", "4.1"]].map(([n, c, r]) => scored(n!, `<div class="review-score"><span>${c}</span> <b>${r}</b></div>`)).join("")}</main></body></html>`;
  extra["/hotel-stars"] = `<html><body><main><h1>Hotels</h1>${[["Sol", "1,204"], ["Mar", "87"], ["Luna", "512"]].map(([n, c]) => scored(n!, `<div class="score"><span class="stars" style="width:90%"></span><span class="num">${c}</span></div>`)).join("")}</main></body></html>`;
  const story = (title: string, score: string) => `<tr class="athing"><td><span class="titleline"><a href="/s/${title.length}">${title}</a></span> <span class="score">${score}</span> <button class="star">☆</button></td></tr>`;
  extra["/stories"] = `<html><body><main><table>${story("Show HN: A tiny database", "118 points")}${story("Rust 2.0 announced", "542 points")}${story("Ask HN: Who is hiring?", "-3 points")}</table></main></body></html>`;
  // Words every JavaScript object inherits, as column names: "Constructor" in motor racing.
  const driver = (pos: number, name: string, team: string, points: number) => `<tr><td>${pos}</td><td>${name}</td><td>${team}</td><td>${points}</td></tr>`;
  extra["/drivers"] = `<html><body><main><h1>Drivers</h1><table><thead><tr><th>Pos</th><th>Driver</th><th>Constructor</th><th>Points</th></tr></thead><tbody>${driver(1, "Max Verstappen", "Red Bull", 437)}${driver(2, "Sergio Perez", "Red Bull", 285)}${driver(3, "Lewis Hamilton", "Mercedes", 234)}${driver(4, "Fernando Alonso", "Aston Martin", 206)}</tbody></table></main></body></html>`;
  extra["/empty"] = `<html><body><h1>Welcome</h1><p>Nothing to list here.</p></body></html>`;
  // A review page before its first review: the list is empty and says so.
  extra["/no-reviews"] = `<html><body><main><h1>Hotel Sol</h1><div id="reviews"><h4 class="count">0 Reviews</h4><div class="list"></div><p>Write the first review of Hotel Sol and tell other travellers what you think.</p></div></main></body></html>`;
  // A listing whose last page has one item, then a "no results" page; a two-item listing; a page with none.
  const nav = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/books">Books</a></li><li><a href="/about">About</a></li></ul></nav></header>`;
  const footer = `<footer><div class="cols"><div class="col"><h4>Help</h4><a href="/faq">FAQ</a></div><div class="col"><h4>Legal</h4><a href="/terms">Terms</a></div></div></footer>`;
  const book = (n: number) =>
    `<li class="product-li"><a class="product-link" href="/book/${n}">Book ${n}: a novel</a><p class="price">£${10 + n}.50</p><p class="mb-0">In stock</p></li>`;
  const shopPage = (ids: number[], next: string | null, banner = "") =>
    `<html><body>${nav}<main>${banner}<h1>Books</h1><ol id="products">${ids.map(book).join("")}</ol>` +
    `${next ? `<ul class="pagination"><li class="next"><a href="${next}">Next →</a></li></ul>` : ""}</main>${footer}</body></html>`;
  extra["/books"] = shopPage([1, 2, 3, 4, 5, 6], "/books?page=2");
  extra["/books?page=2"] = shopPage([7], "/books?page=3", `<div class="alert">Last few items!</div>`);
  extra["/books?page=3"] = `<html><body>${nav}<main><h1>Books</h1><ol id="products"></ol><p>No products found.</p></main>${footer}</body></html>`;
  extra["/two-books"] = shopPage([8, 9], null);
  extra["/one-book"] = shopPage([10], null);
  // Standings as a table with a frozen first column: the team names in one table, the figures in
  // the next one (row i of each is one team), over two pages.
  const standings = (teams: number[], next: string | null) =>
    `<html><body>${nav}<main><h1>Standings</h1><div class="standings">` +
    `<table class="fixed"><thead><tr><th>Team</th></tr></thead><tbody>${teams.map((n) => `<tr><td><a href="/team/${n}">Team ${n}</a></td></tr>`).join("")}</tbody></table>` +
    `<div class="scroller"><table class="figures"><thead><tr><th>Played</th><th>Won</th><th>Points</th></tr></thead><tbody>` +
    `${teams.map((n) => `<tr><td>10</td><td>${n}</td><td>${3 * n}</td></tr>`).join("")}</tbody></table></div></div>` +
    `${next ? `<a rel="next" href="${next}">Next</a>` : ""}</main>${footer}</body></html>`;
  extra["/standings"] = standings([1, 2, 3, 4, 5], "/standings?page=2");
  extra["/standings?page=2"] = standings([6, 7], null);
  // A book's own page: its price and stock lines and its spec list are its fields, not records.
  const spec = [["UPC", "228ba5e7577e1d49"], ["Product Type", "Books"], ["Price (excl. tax)", "£18.50"], ["Tax", "£0.00"], ["Availability", "In stock (3 available)"], ["Number of reviews", "0"]];
  extra["/book/8"] =
    `<html><body>${nav}<main><h1>Book 8: a novel</h1><p class="mb-0">Price: £18.50</p><p class="mb-0">In stock</p>` +
    `<h2>Product Description</h2><p>${"A long and winding story about a lighthouse keeper and the sea. ".repeat(10)}</p>` +
    `<h2>Product Information</h2><dl>${spec.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl></main>${footer}</body></html>`;
  extra["/no-books"] = `<html><body>${nav}<main><h1>Books</h1><p>No products match your search.</p><ul><li>Check the spelling</li><li>Try fewer words</li></ul></main>${footer}</body></html>`;
});

afterAll(async () => {
  await site.close();
  pages.closeAllConnections();
  await new Promise<void>((r) => pages.close(() => r()));
});

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

  it("types the query's text fields of plain numbers as numbers, but never a schema's", async () => {
    const { rows } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played, points and url", schema: null });
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ({ team: `Team ${n}`, played: 10, points: 3 * n, url: `${pagesOrigin}/team/${n}` })));
    // A type the query wrote is the analyst's.
    const { rows: asText } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played as text and points", schema: null });
    expect(asText[0]!.row).toEqual({ team: "Team 1", played: "10", points: 3 });
    // So is a schema's: "string" stays a string.
    const texts = { type: "object", properties: { team: { type: "string" }, played: { type: "string" }, points: { type: "string" } } };
    const { rows: withSchema } = await run({ url: `${pagesOrigin}/standings`, q: "teams with team, played and points", schema: texts });
    expect(withSchema[0]!.row).toEqual({ team: "Team 1", played: "10", points: "3" });
  });

  it("drops rows that do not match the schema, and fails when none are left", async () => {
    const strict = { ...schema, required: ["name", "url", "sku"] };
    const err = await failure(run({ url: `${site.origin}/catalogue`, schema: strict }));
    expect(err.message).toMatch(/every row failed the schema/);
  });

  it("keeps the rows of a schema that names its dialect (draft 2020-12)", async () => {
    const { rows } = await run({ url: `${pagesOrigin}/two-books`, schema: { $schema: "https://json-schema.org/draft/2020-12/schema", ...schema } });
    expect(rows.map((r) => r.row.name)).toEqual(["Book 8: a novel", "Book 9: a novel"]);
  });

  it("finds a short list with a schema the page does not fully show, and says which fields matched nothing", async () => {
    const q = "team members and their role";
    const url = `${pagesOrigin}/small-team`;
    const str = { type: "string" };
    expect((await run({ url, q, schema: null })).rows).toHaveLength(4);
    // Field names absent from the page do not hide the list the query finds.
    const { rows, progress } = await run({ url, q, schema: { type: "object", properties: { name: str, favoriteColor: str } } });
    expect(rows.map((r) => r.row)).toEqual(["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"].map((name) => ({ name })));
    expect(progress.notes).toContain('No row has a value for "favoriteColor": nothing on the page matched that field.');
    // A property that must be absent (false) is not one the page should have filled.
    const absent = await run({ url, q, schema: { type: "object", properties: { name: str, favoriteColor: str, salary: false } } });
    expect(absent.rows).toHaveLength(4);
    expect(absent.progress.notes).toContain('No row has a value for "favoriteColor": nothing on the page matched that field.');
    expect(absent.progress.notes.join(" ")).not.toMatch(/salary/);
    const required = { type: "object", properties: { name: str, favoriteColor: str }, required: ["name", "favoriteColor"] };
    expect((await failure(run({ url, q, schema: required }))).message).toMatch(/every row failed the schema .*missing required field "favoriteColor".*Nothing on the page matched "favoriteColor"\./);
    // The list is there but no field is: the message says so instead of blaming the URL.
    const none = (await failure(run({ url, q, schema: { type: "object", properties: { favoriteColor: str, shoeSize: str } } }))).message;
    expect(none).toMatch(/^The seed page lists 4 records, but none of the fields "favoriteColor" and "shoeSize" matched anything in them\./);
  });

  it("leaves an optional object or list field the page does not fill out instead of failing every row, and says why", async () => {
    const url = `${pagesOrigin}/small-team`;
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: {
        name: str,
        role: str,
        team: { type: "object", properties: { name: str, lead: str } },
        skills: { type: "array", items: str },
        meta: { type: "object" },
        links: { type: "array", items: { type: "object", properties: { url: str } } },
      },
    };
    const { rows, progress } = await run({ url, q: "team members and their role", schema });
    expect(rows).toHaveLength(4);
    // "team.name" is the team's name, not the person's: nothing on the page says it.
    expect(rows.every((r) => r.row.team === undefined && r.row.skills === undefined && typeof r.row.name === "string")).toBe(true);
    // A list of objects is filled when the page names its items (object-lists.ts); this one names none.
    expect(progress.notes).toContain('No row has a value for "team.name", "team.lead", "skills" and "links": nothing on the page matched those fields.');
    expect(progress.notes).toContain(
      '"meta" is not filled: the embedded engine fills text, numbers, yes/no, dates and links from the page, as fields of the row, properties of an object field, or items of a list field (values, or objects of such values), one level deep. Make its parts fields of the row, or properties of an object field.',
    );
  });

  it("reads numbers in the style of the page's language", async () => {
    const schema = { type: "object", properties: { name: { type: "string" }, area: { type: "number" } }, required: ["name"] };
    const area = async (path: string) => (await run({ url: `${pagesOrigin}${path}`, q: "every flat", schema })).rows.map((r) => r.row.area);
    expect(await area("/flats-de")).toEqual([1200, 85, 2350]);
    expect(await area("/flats-en")).toEqual([1.2, 85, 2.35]);
    // Without a schema, an inferred column of plain numbers is read the same way.
    const cities = (await run({ url: `${pagesOrigin}/cities-de`, q: "alle Städte", schema: null })).rows.map((r) => r.row);
    expect(cities[0]).toEqual({ stadt: "Berlin", einwohner: 3755251, fläche: 891.1 });
    expect(cities.map((r) => r.einwohner)).toEqual([3755251, 1892122, 1512491, 1084831]);
    // The records' language counts, not the page's: a German table on an English page.
    const inEnglish = (await run({ url: `${pagesOrigin}/cities-in-en`, q: "alle Städte", schema: null })).rows.map((r) => r.row);
    expect(inEnglish.map((r) => r.einwohner)).toEqual([3755251, 1892122, 1512491, 1084831]);
    // An attribute holds a number the machine's way, whatever the language: content="1.719" is 1.719.
    const prices = await run({ url: `${pagesOrigin}/stations-de`, q: "every station", schema: { type: "object", properties: { name: { type: "string" }, price: { type: "number" } } } });
    expect(prices.rows.map((r) => r.row.price)).toEqual([1.719, 1.729, 1.739]);
  });

  it("fills a list field with every element named like it, and a named text's parts", async () => {
    const list = (items: object) => ({ type: "array", items });
    const schema = {
      type: "object",
      properties: { title: { type: "string" }, tags: list({ type: "string" }), authors: list({ type: "string" }), images: list({ type: "string", format: "uri" }), skills: list({ type: "string" }), colors: list({ type: "string" }) },
      required: ["title"],
    };
    const { rows, progress } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", tags: ["news", "tech"], authors: ["Ann", "Bob"], images: [`${pagesOrigin}/i/1a.jpg`, `${pagesOrigin}/i/1b.jpg`], skills: ["Python", "SQL", "Excel"] },
      { title: "Second post", tags: ["sports"], authors: ["Cy"], images: [`${pagesOrigin}/i/2a.jpg`], skills: ["Go"] },
      { title: "Third post", authors: ["Di"], skills: ["Rust", "C"] },
    ]);
    // Nothing names a colour: no list is made up.
    expect(progress.notes).toContain('No row has a value for "colors": nothing on the page matched that field.');
    // A query's plural names a list too.
    const byQuery = await run({ url: `${pagesOrigin}/posts`, q: "every post with title, tags and authors", schema: null });
    expect(byQuery.rows.map((r) => r.row)).toEqual([
      { title: "First post", tags: ["news", "tech"], authors: ["Ann", "Bob"] },
      { title: "Second post", tags: ["sports"], authors: ["Cy"] },
      { title: "Third post", authors: ["Di"] },
    ]);
    // Where each list was read: its first item.
    expect(rows[0]!.source.fields?.tags).toEqual({ xpath: `${rows[0]!.source.xpath}/ul[1]/li[1]` });
  });

  it("reads a score above 10, while a rating out of 10 never takes the count beside it", async () => {
    const num = { type: "number" };
    const scores = await run({ url: `${pagesOrigin}/scores`, q: "every team", schema: { type: "object", properties: { team: { type: "string" }, score: num, rating: num } } });
    expect(scores.rows.map((r) => r.row)).toEqual([
      { team: "Alpha", score: 12, rating: 4.5 },
      { team: "Bravo", score: 100, rating: 3 },
      { team: "Charlie", score: 7, rating: 5 },
      { team: "Delta", score: 25, rating: 4 },
    ]);
    const hotels = await run({ url: `${pagesOrigin}/hotels`, q: "every hotel", schema: { type: "object", properties: { name: { type: "string" }, rating: num } } });
    expect(hotels.rows.map((r) => r.row)).toEqual([{ name: "Sol" }, { name: "Mar" }, { name: "Luna" }]);
    // A score field never takes the count of reviews: in brackets beside the score, or beside stars.
    const scoreOf = async (path: string) => (await run({ url: `${pagesOrigin}${path}`, q: "every hotel", schema: { type: "object", properties: { name: { type: "string" }, score: num } } })).rows.map((r) => r.row.score);
    expect(await scoreOf("/hotel-scores")).toEqual([4.5, 3.9, 4.1]);
    expect(await scoreOf("/hotel-stars")).toEqual([undefined, undefined, undefined]);
    // With a unit, negative, and beside a favourite button classed "star": still the score.
    const stories = await run({ url: `${pagesOrigin}/stories`, q: "every story with title and score", schema: { type: "object", properties: { title: { type: "string" }, score: num } } });
    expect(stories.rows.map((r) => r.row.score)).toEqual([118, 542, -3]);
  });

  it("reads a column or field named like an inherited member of objects ('constructor')", async () => {
    const teams = ["Red Bull", "Red Bull", "Mercedes", "Aston Martin"];
    const byQuery = await run({ url: `${pagesOrigin}/drivers`, q: "every driver with driver, constructor and points", schema: null });
    expect(byQuery.rows.map((r) => r.row.constructor)).toEqual(teams);
    // Inferred from the table's header too.
    const inferred = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema: null });
    expect(inferred.rows.map((r) => r.row.constructor)).toEqual(teams);
    const schema = { type: "object", properties: { driver: { type: "string" }, constructor: { type: "string" }, toString: { type: "string" } }, required: ["constructor"] };
    const bySchema = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema });
    expect(bySchema.rows.map((r) => r.row)).toEqual(teams.map((constructor, i) => ({ driver: ["Max Verstappen", "Sergio Perez", "Lewis Hamilton", "Fernando Alonso"][i], constructor })));
    expect(bySchema.progress.notes).toContain('No row has a value for "toString": nothing on the page matched that field.');
    // "__proto__" is a field like any other: written as the row's own key (null, as the schema allows), never its prototype.
    const proto = JSON.parse('{"type":"object","properties":{"driver":{"type":"string"},"__proto__":{"type":["string","null"]}},"required":["__proto__"]}');
    const withProto = await run({ url: `${pagesOrigin}/drivers`, q: "every driver", schema: proto });
    expect(withProto.rows).toHaveLength(4);
    expect(withProto.rows.every((r) => Object.hasOwn(r.row, "__proto__") && r.row["__proto__"] === null && Object.getPrototypeOf(r.row) === Object.prototype)).toBe(true);
  });

  it("fills a list of objects from the elements named as its items, and verifies their links", async () => {
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: { title: str, authors: { type: "array", items: { type: "object", properties: { name: str, url: { type: "string", format: "uri" } }, required: ["name"] } } },
      required: ["title"],
    };
    const { rows } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", authors: [{ name: "Ann", url: `${pagesOrigin}/u/a` }, { name: "Bob", url: `${pagesOrigin}/u/b` }] },
      { title: "Second post", authors: [{ name: "Cy", url: `${pagesOrigin}/u/c` }] },
      { title: "Third post", authors: [{ name: "Di", url: `${pagesOrigin}/u/d` }] },
    ]);
    expect(rows[0]!.source.fields?.authors).toEqual({ xpath: `${rows[0]!.source.xpath}/p[1]/a[1]` });
    // Verify-URLs checks the posts' links and the authors' pages: Cy's and Di's are served, Ann's and Bob's are not.
    extra["/u/c"] = extra["/u/d"] = extra["/p/1"] = extra["/p/2"] = extra["/p/3"] = "<html><body><h1>Page</h1></body></html>";
    const withUrl = { ...schema, properties: { ...schema.properties, url: { type: "string", format: "uri" } } };
    const verified = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema: withUrl, verifyUrls: true });
    expect(verified.rows.map((r) => r.row.title)).toEqual(["Second post", "Third post"]);
    expect(verified.progress.rowsDropped.deadLinks).toBe(1);
    expect(verified.progress.notes.join(" ")).toContain(`${pagesOrigin}/u/a (HTTP 404)`);
    for (const path of ["/u/c", "/u/d", "/p/1", "/p/2", "/p/3"]) delete extra[path];
  });

  it("takes an object's name, link or picture only where its object names it, and keeps sources of what the row has", async () => {
    const str = { type: "string" };
    const uri = { type: "string", format: "uri" };
    const schema = { type: "object", properties: { title: str, brand: { type: "object", properties: { name: str, logo: uri } }, author: { type: "object", properties: { name: str, url: uri }, required: ["name"] } }, required: ["title"] };
    const { rows } = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema });
    // The post's own title and pictures are not the brand's; the author is named (class="author").
    expect(rows.map((r) => r.row)).toEqual([
      { title: "First post", author: { name: "Ann", url: `${pagesOrigin}/u/a` } },
      { title: "Second post", author: { name: "Cy", url: `${pagesOrigin}/u/c` } },
      { title: "Third post", author: { name: "Di", url: `${pagesOrigin}/u/d` } },
    ]);
    expect(Object.keys(rows[0]!.source.fields ?? {}).sort()).toEqual(["author.name", "author.url", "title"]);
    // An object left out (its required name missing) leaves no source of its other parts behind.
    const noName = { ...schema, properties: { ...schema.properties, author: { type: "object", properties: { email: { type: "string", format: "email" }, url: uri }, required: ["email"] } } };
    const without = await run({ url: `${pagesOrigin}/posts`, q: "every post", schema: noName });
    expect(without.rows.map((r) => r.row)).toEqual(["First post", "Second post", "Third post"].map((title) => ({ title })));
    expect(without.rows.every((r) => Object.keys(r.source.fields ?? {}).every((k) => k === "title"))).toBe(true);
  });

  it("fills an object field's properties and nests them, as its schema asks", async () => {
    const str = { type: "string" };
    const schema = {
      type: "object",
      properties: {
        title: str,
        url: { type: "string", format: "uri" },
        company: { type: "object", properties: { name: str, location: str }, required: ["name", "location"] },
      },
      required: ["title", "company"],
    };
    const { rows } = await run({ url: `${pagesOrigin}/jobs`, q: "every job", schema });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Backend Engineer", url: `${pagesOrigin}/jobs/101`, company: { name: "Acme Corp", location: "Berlin, Germany" } },
      { title: "Data Analyst", url: `${pagesOrigin}/jobs/102`, company: { name: "Globex", location: "Remote" } },
      { title: "Site Reliability Engineer", url: `${pagesOrigin}/jobs/103`, company: { name: "Initech", location: "Austin, TX" } },
    ]);
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
