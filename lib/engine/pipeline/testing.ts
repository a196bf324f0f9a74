/**
 * Test helpers for the whole pipeline on real pages served on loopback: the fixture shop, plus a few
 * one-off pages each test reads by its path (a team, books, standings, flats, posts…), with real
 * fetching, parsing, pagination, validation and link checks.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import type { ExtractInput } from "@/lib/extract/types";
import { runPipeline } from "../pipeline";
import { ExtractionError } from "./messages";
import type { ExtractedRow } from "../page-rows";
import type { PipelineOptions } from "./options";

export const opts: PipelineOptions = { maxPages: 20, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true };
export const schema = {
  type: "object",
  properties: { name: { type: "string" }, price: { type: "string" }, availability: { type: "string" }, url: { type: "string", format: "uri" } },
  required: ["name", "url"],
};

export async function run(input: Partial<ExtractInput> & { url: string }, options: Partial<PipelineOptions> = {}) {
  const rows: ExtractedRow[] = [];
  const progress = await runPipeline({ q: "every product with name, price, availability and url", schema, verifyUrls: false, ...input }, (r) => void rows.push(r), {
    ...opts,
    ...options,
  });
  return { rows, progress };
}

export async function failure(promise: Promise<unknown>): Promise<ExtractionError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error("expected the extraction to fail");
}

export interface PipelineSites {
  site: Awaited<ReturnType<typeof startCatalogueSite>>;
  pagesOrigin: string;
  /** The one-off pages by path; a test may add its own (and remove them). */
  extra: Record<string, string>;
  close: () => Promise<void>;
}

export async function startPipelineSites(): Promise<PipelineSites> {
  const extra: Record<string, string> = {};
  const site = await startCatalogueSite(0, { products: 45, deadProducts: [103] });
  const pages = createServer((req, res) => {
    const body = extra[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((r) => pages.listen(0, "127.0.0.1", r));
  const pagesOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
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
  extra["/scripted"] = loadMore(1, `<button id="more" data-target=".team">Load more</button>`);
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
  const close = async () => {
    await site.close();
    pages.closeAllConnections();
    await new Promise<void>((r) => pages.close(() => r()));
  };
  return { site, pagesOrigin, extra, close };
}
