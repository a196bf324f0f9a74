import { describe, expect, it } from "vitest";
import { syntheticListing } from "../../bench/lib/synthetic";
import { attr, classList, parseHtml, textContent, type Element } from "./dom";
import { BOOK_SPEC } from "./fields/testing";
import { detectAllRecords, findRecordRegions, findRecords, selectDisjointRegions } from "./records";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const texts = (records: Element[][]) => records.map((r) => r.map((e) => textContent(e)).join(" | "));

const MENU = `<header><nav><ul>${["Home", "Products", "Team", "Careers", "Blog", "Contact", "Press", "Legal"]
  .map((w) => `<li><a href="/${w.toLowerCase()}">${w}</a></li>`)
  .join("")}</ul></nav></header>`;
const FOOTER = `<footer><div class="cols">${[1, 2, 3, 4]
  .map((c) => `<div class="col"><h4>Column ${c}</h4><ul>${[1, 2, 3, 4].map((l) => `<li><a href="/f/${c}/${l}">Footer link ${c}.${l}</a></li>`).join("")}</ul></div>`)
  .join("")}</div></footer>`;

function cards(n: number): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(
      `<div class="card"><img src="/i/${i}.jpg" alt=""><h3 class="name"><a href="/p/${i}">Espresso machine model ${i}</a></h3>` +
        `<p class="price">€${100 + i}.00</p><p class="blurb">A compact machine with a steam wand, number ${i}.</p></div>`,
    );
  }
  return out.join("\n");
}

describe("findRecords", () => {
  it("finds the cards of a grid, not the menu or the footer", () => {
    const doc = page(`${MENU}<main><h1>Machines</h1><div class="grid">${cards(6)}</div></main>${FOOTER}`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(region!.kind).toBe("repeated");
    expect(region!.records).toHaveLength(6);
    expect(region!.records.every((r) => r.length === 1 && classList(r[0]!).includes("card"))).toBe(true);
    expect(classList(region!.parent)).toContain("grid");
  });

  it("keeps a long nav menu and footer columns from winning over a short real list", () => {
    const bigMenu = `<nav class="main-nav"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c/${i}">Category ${i}</a></li>`).join("")}</ul></nav>`;
    const doc = page(`${bigMenu}<div id="content"><ul class="results">${[
      ["Ada Lovelace", "Analyst", "London"],
      ["Grace Hopper", "Rear admiral", "New York"],
      ["Alan Turing", "Mathematician", "Manchester"],
      ["Edsger Dijkstra", "Professor", "Austin"],
    ]
      .map(([n, r, c]) => `<li class="person"><a href="/p/${n}">${n}</a><span class="role">${r}</span><span class="city">Works from the ${c} office</span></li>`)
      .join("")}</ul></div>${FOOTER}`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("Ada Lovelace");
    expect(region!.records).toHaveLength(4);
  });

  it("reads a data table with a <thead> header", () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td>Widget ${i}</td><td>${i * 3}</td><td>$${i}.99</td></tr>`).join("");
    const doc = page(`<table><thead><tr><th>Name</th><th>Stock</th><th>Price</th></tr></thead><tbody>${rows}</tbody></table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["Name", "Stock", "Price"]);
    expect(region?.records).toHaveLength(5);
    expect(region!.records.every((r) => r[0]!.tagName === "tr")).toBe(true);
  });

  it("reads a data table whose header is a first row of <th> (no <thead>)", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>City ${i}</td><td>${1000 * (i + 1)} inhabitants</td></tr>`).join("");
    const doc = page(`<table><tr><th>City</th><th>Population</th></tr>${rows}</table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["City", "Population"]);
    expect(texts(region!.records)).toEqual(["City 0 1000 inhabitants", "City 1 2000 inhabitants", "City 2 3000 inhabitants", "City 3 4000 inhabitants"]);
  });

  it("names the columns by the last header row, a spanning header naming each column it spans", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>Fund ${i}</td><td>${i}.1%</td><td>${i}.2%</td></tr>`).join("");
    const doc = page(
      `<table><thead><tr><th></th><th colspan="2">Return</th></tr><tr><th>Fund</th><th colspan="2">Return</th></tr><tr><td></td><td></td><td></td></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(findRecords(doc)?.headers).toEqual(["Fund", "Return", "Return"]);
  });

  it("names the columns of a header of two rows as laid out, a cell spanning rows keeping its column (standings)", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>${i + 1}</td><td>Team ${i}</td><td>13</td><td>6</td><td>1</td><td>0</td><td>4</td><td>1</td><td>1</td><td>${20 - i}</td></tr>`).join("");
    const head =
      `<tr><th rowspan="2">Pos</th><th rowspan="2">Team</th><th rowspan="2">P</th><th colspan="3">Home</th><th colspan="3">Away</th><th rowspan="2">Pts</th></tr>` +
      `<tr><th>W</th><th>D</th><th>L</th><th>W</th><th>D</th><th>L</th></tr>`;
    const doc = page(`<table><thead>${head}</thead><tbody>${rows}</tbody></table>`);
    expect(findRecords(doc)?.headers).toEqual(["Pos", "Team", "P", "Home W", "Home D", "Home L", "Away W", "Away D", "Away L", "Pts"]);
  });

  it("takes a short table whose header names what the query asks for (four teams, a score and a rating each)", () => {
    const rows = [["Alpha", "12", "4.5"], ["Bravo", "100", "3"], ["Charlie", "7", "4"], ["Delta", "25", "2"]];
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    const table = `<table><thead><tr><th>Team</th><th>Score</th><th>Rating</th></tr></thead><tbody>${body}</tbody></table>`;
    const headed = findRecords(page(table), { q: "every team" });
    expect(headed?.kind).toBe("table");
    expect(headed?.records).toHaveLength(4);
    // Without the query's word, or without a header, so little text is no listing: a product page's
    // shipping rates are not its products.
    expect(findRecords(page(table), { q: "every product with name and price" })).toBeNull();
    expect(findRecords(page(`<table><tbody>${body}</tbody></table>`), { q: "every team" })).toBeNull();
    const shipping = (a: string, b: string) =>
      `<h1>Kettle</h1><p>$39.00</p><table><thead><tr><th>${a}</th><th>${b}</th></tr></thead><tbody><tr><td>Standard</td><td>$5</td></tr><tr><td>Express</td><td>$15</td></tr><tr><td>Next day</td><td>$25</td></tr></tbody></table>`;
    expect(findRecords(page(shipping("Method", "Cost")), { q: "every product with name and price" })).toBeNull();
    // Headers that name attributes every small table has ("Name", "Price") do not vouch for it.
    expect(findRecords(page(shipping("Name", "Price")), { q: "every product with name and price" })).toBeNull();
  });

  it("leaves out body rows classed as group headings", () => {
    const group = (name: string, n: number) =>
      `<tr class="subgroup-headers Table__sub-header"><td>${name}</td><td></td></tr>` +
      Array.from({ length: n }, (_, i) => `<tr><td>${name} team ${i}</td><td>${i * 3}</td></tr>`).join("");
    const doc = page(`<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody>${group("East", 4)}${group("West", 4)}</tbody></table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.records.map((r) => textContent(r[0]!))).toEqual([0, 1, 2, 3].map((i) => `East team ${i} ${i * 3}`).concat([0, 1, 2, 3].map((i) => `West team ${i} ${i * 3}`)));
    // A class that merely contains "head" (a "headline" row) is a record.
    const plain = page(
      `<table><thead><tr><th>Story</th><th>Votes</th></tr></thead><tbody>${Array.from({ length: 6 }, (_, i) => `<tr class="headline"><td>Story ${i}</td><td>${i}</td></tr>`).join("")}</tbody></table>`,
    );
    expect(findRecords(plain)?.records).toHaveLength(6);
    // Headers of any group ("division-header", "heading") are left out too.
    for (const cls of ["division-header", "heading", "date-header"]) {
      const doc = page(`<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody>${group("East", 3).replace(/subgroup-headers Table__sub-header/g, cls)}${group("West", 3).replace(/subgroup-headers Table__sub-header/g, cls)}</tbody></table>`);
      expect(findRecords(doc)?.records).toHaveLength(6);
    }
    // A row pinned or headed by its first cell ("sticky-header", "row-header") is a record too.
    const pinned = page(
      `<table><thead><tr><th>Job</th><th>Place</th></tr></thead><tbody>${Array.from({ length: 5 }, (_, i) => `<tr class="${i === 0 ? "sticky-header" : i === 1 ? "row-header" : "job"}"><td>Engineer ${i}</td><td>City ${i}</td></tr>`).join("")}</tbody></table>`,
    );
    expect(findRecords(pinned)?.records).toHaveLength(5);
  });

  it("reads two tables side by side (frozen columns) as one table, row i of each being one record", () => {
    const n = 5;
    const names = Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/t/${i}">Team ${i}</a></td></tr>`).join("");
    const stats = Array.from({ length: n }, (_, i) => `<tr><td>${10 + i}</td><td>${i}</td><td>${20 - i}</td><td>${3 * i}</td></tr>`).join("");
    const doc = page(
      `<div class="standings"><table class="fixed"><thead><tr><th>#</th><th>Team</th></tr></thead><tbody>${names}</tbody></table>` +
        `<div class="scroll"><table><thead><tr><th>P</th><th>W</th><th>L</th><th>Pts</th></tr></thead><tbody>${stats}</tbody></table></div></div>`,
    );
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["#", "Team", "P", "W", "L", "Pts"]);
    expect(texts(region!.records)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1} Team ${i} | ${10 + i} ${i} ${20 - i} ${3 * i}`));
    expect(detectAllRecords(doc)).toHaveLength(n);
  });

  it("does not pair two tables with text between them (a side table, then a heading and the data)", () => {
    const side = Array.from({ length: 4 }, (_, i) => `<tr><td><a href="/c/${i}">Category ${i}</a></td><td>${i * 7}</td></tr>`).join("");
    const data = Array.from({ length: 4 }, (_, i) => `<tr><td>Widget ${i}</td><td>${i * 3} in stock</td><td>$${i}.99</td></tr>`).join("");
    const doc = page(`<div class="page"><table class="side"><tbody>${side}</tbody></table><h2>Widgets</h2><table class="data"><tbody>${data}</tbody></table></div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
    // The same tables touching are one split table.
    const touching = page(`<div class="page"><table class="side"><tbody>${side}</tbody></table><table class="data"><tbody>${data}</tbody></table></div>`);
    expect(findRecords(touching)?.records[0]).toHaveLength(2);
  });

  it("does not chain a page of small tables into one split table (at most three parts)", () => {
    const table = (i: number) =>
      `<table><tbody>${[1, 2, 3].map((r) => (i % 2 ? `<tr><td>Item ${i}.${r}</td><td>${r}</td></tr>` : `<tr><td>Item ${i}.${r}</td><td>${r}</td><td>${r * 2}</td></tr>`)).join("")}</tbody></table>`;
    const doc = page(`<div class="tables">${Array.from({ length: 8 }, (_, i) => table(i)).join("")}</div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
  });

  it("keeps two lists of one kind side by side (same columns) as two tables", () => {
    const table = (title: string) =>
      `<table><thead><tr><th>${title}</th><th>Price</th><th>Change</th></tr></thead><tbody>${Array.from(
        { length: 4 },
        (_, i) => `<tr><td>${title} stock ${i}</td><td>${100 + i}.50</td><td>${i}.5%</td></tr>`,
      ).join("")}</tbody></table>`;
    const doc = page(`<div class="movers">${table("Gainers")}${table("Losers")}</div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
    expect(detectAllRecords(doc)).toHaveLength(8);
  });

  it("does not take a layout table for a data table, and finds the list inside it", () => {
    const doc = page(
      `<table role="presentation" width="100%"><tr><td>${MENU}</td></tr><tr><td><div class="list">${cards(4)}</div></td></tr>` +
        `<tr><td><p>© 2024 Example Ltd. All rights reserved.</p></td></tr></table>`,
    );
    const region = findRecords(doc);
    expect(region?.kind).toBe("repeated");
    expect(region?.records).toHaveLength(4);
    expect(findRecordRegions(doc).some((r) => r.kind === "table")).toBe(false);
  });

  it("prefers microdata items", () => {
    const items = Array.from(
      { length: 3 },
      (_, i) =>
        `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle ${i}</span> <span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">${20 + i}.00</span> EUR</span> <p itemprop="description">Boils water fast, model ${i}.</p></div>`,
    ).join("");
    const doc = page(`<section>${items}</section>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("microdata");
    expect(region?.records).toHaveLength(3);
    // Top-level items only: the nested offers are part of their product.
    expect(region!.records.every((r) => attr(r[0]!, "itemtype") === "https://schema.org/Product")).toBe(true);
  });

  it("groups dt/dd pairs into records of two consecutive siblings", () => {
    const terms = ["Latency", "Throughput", "Jitter", "Packet loss", "Bandwidth"];
    const doc = page(`<dl class="glossary">${terms.map((t) => `<dt>${t}</dt><dd>The measured ${t.toLowerCase()} of a network link, in its usual unit.</dd>`).join("")}</dl>`);
    const region = findRecords(doc);
    expect(region?.records).toHaveLength(5);
    expect(region!.records.every((r) => r.length === 2 && r[0]!.tagName === "dt" && r[1]!.tagName === "dd")).toBe(true);
  });

  it("finds no records on an item's own page: its spec list and paragraphs are its fields", () => {
    const doc = page(
      `${MENU}<main><nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/c/2">Travel</a></li><li>Places to See</li></ol></nav>` +
        `<h1>1,000 Places to See Before You Die</h1><p class="mb-0">Price: £26.08</p><p class="mb-0">In stock</p>` +
        `<h2>Product Description</h2><p>${"Around the world, continent by continent, here is the best the world has to offer. ".repeat(12)}</p>` +
        `<h2>Product Information</h2><dl class="row">${BOOK_SPEC.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl></main>${FOOTER}`,
    );
    expect(findRecords(doc, { q: "every product with name, price and url" })).toBeNull();
    // Terms without their descriptions (or descriptions without their terms) are half records.
    const halves = findRecordRegions(doc).filter((r) => r.parent.tagName === "dl" && r.records.every((rec) => rec.length === 1));
    expect(halves).toEqual([]);
  });

  it("keeps a dl of people (names and roles) as records", () => {
    const people = [["Ada Lovelace", "Engineer"], ["Grace Hopper", "Staff engineer"], ["Edsger Dijkstra", "Engineering manager"], ["Barbara Liskov", "Principal engineer"]];
    const doc = page(`<main><h1>Team</h1><dl class="team">${people.map(([n, r]) => `<dt><a href="/people/${n!.split(" ")[0]!.toLowerCase()}">${n}</a></dt><dd>${r}</dd>`).join("")}</dl></main>`);
    const region = findRecords(doc, { q: "every engineer with name, role and profile page" });
    expect(texts(region?.records ?? [])).toEqual(people.map(([n, r]) => `${n} | ${r}`));
  });

  it("groups tile + quick-view pairs whose tiles carry grid-position classes (alpha/omega, odd/even)", () => {
    const pos = ["alpha odd", "even", "odd", "omega even", "alpha odd", "even"];
    const doc = page(
      `<div class="products">${pos
        .map(
          (p, i) =>
            `<div class="four columns thumbnail ${p}"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a><span class="title">Figure number ${i}</span><span class="price">$${100 + i}</span></div>` +
            `<div class="modal product-${1000 + i}"><h4>Figure number ${i}</h4><p>Ships within two days, boxed, with a certificate of authenticity.</p><button>Add to cart</button></div>`,
        )
        .join("")}</div>`,
    );
    const region = findRecords(doc);
    expect(region?.records).toHaveLength(6);
    expect(region!.records.map((r) => r.map((e) => classList(e)[0]))).toEqual(Array(6).fill(["four", "modal"]));
  });

  it("groups h3 + p pairs into records", () => {
    const doc = page(
      `<div class="jobs">${["Backend engineer", "Designer", "Data scientist", "Support lead"]
        .map((t) => `<h3>${t}</h3><p>Remote, full time. Join the team building the ${t.toLowerCase()} roadmap.</p>`)
        .join("")}</div>`,
    );
    const region = findRecords(doc);
    expect(region?.records.map((r) => r.map((e) => e.tagName))).toEqual([
      ["h3", "p"],
      ["h3", "p"],
      ["h3", "p"],
      ["h3", "p"],
    ]);
  });

  it("matches the query's plurals to the page's singulars ('roles' vouches for class=\"role\")", () => {
    const team = page(`<main><h1>Our team</h1><ul class="team">${["Ada Lovelace|Engineer", "Grace Hopper|Compiler lead", "Alan Turing|Researcher", "Katherine Johnson|Mathematician"]
      .map((p) => p.split("|"))
      .map(([n, r]) => `<li><h3>${n}</h3><p class="role">${r}</p></li>`)
      .join("")}</ul></main>`);
    expect(findRecords(team, { q: "everyone listed" })).toBeNull(); // short items: not a listing by default
    expect(findRecords(team, { q: "names and roles" })?.records).toHaveLength(4);
  });

  it("lets the kinds of value a query asks for vouch for a short listing whose markup never names them", () => {
    const books = [
      ["Someone Like You", "£52.79", "In stock", 5],
      ["We Are All Completely Beside Ourselves", "£24.04", "Out of stock", 1],
      ["When We Collided", "£31.77", "Out of stock", 1],
    ] as const;
    const category = page(`${MENU}<main><h2>3 products:</h2><ol id="products">${books
      .map(([n, p, a, r], i) => `<li class="product-li"><a class="product-link" href="/product/${i}">${n}</a><p class="mb-0">${p}</p><p class="mb-0">${a}</p><div class="rating">${"<span>★</span>".repeat(r)}${"<span>☆</span>".repeat(5 - r)}</div></li>`)
      .join("")}</ol></main>`);
    // Prices, stock words, stars and links are what "price, availability, rating and url" ask for...
    expect(findRecords(category, { q: "every book with name, price, availability, rating and url" })?.records).toHaveLength(3);
    // ...and items that each show a link and a price (or two typed values) are a listing anyway.
    expect(findRecords(category, { q: "every book" })?.records).toHaveLength(3);
    expect(findRecords(category)?.records).toHaveLength(3);
    // Three short items without such values are page furniture, not a listing.
    const hours = page(`${MENU}<main><h2>Opening hours</h2><ul>${["Monday to Friday", "Saturday mornings", "Sunday closed"].map((d) => `<li><a href="/hours">${d}</a> open</li>`).join("")}</ul></main>`);
    expect(findRecords(hours)).toBeNull();
  });

  it("reads a table whose header names its columns as records, however varied its values (not a spec list)", () => {
    const rows = ["-$5.00", "−€12,50", "+3.5%", "-1,234.56 USD", "$-7.25"].map((a, i) => `<tr><td>Txn ${i}</td><td>${a}</td></tr>`).join("");
    expect(findRecords(page(`<main><table><tr><th>Description</th><th>Amount</th></tr>${rows}</table></main>`))?.records).toHaveLength(5);
    // Without the header row, label/value rows of mixed kinds are an item's own properties.
    expect(findRecords(page(`<main><table>${["Weight|1.2 kg", "Colour|Blue", "Price|$30", "Released|2021-03-04", "Rating|4.5/5"].map((r) => `<tr><td>${r.split("|").join("</td><td>")}</td></tr>`).join("")}</table></main>`))).toBeNull();
  });

  it("takes a list of links in the content when the query names it, and only then", () => {
    const names = ["Arts & Creativity", "Children's", "Classics", "Erotica", "Fiction", "Genre Fiction", "Historical Fiction", "Nonfiction"];
    const links = names.map((n, i) => `<li class="category-li"><a href="/category/${i}">${n}</a></li>`).join("");
    const home = page(`${MENU}<main><h1>8 product categories:</h1><ol id="categories">${links}</ol></main>`);
    expect(findRecords(home)).toBeNull(); // a list of links is a menu by default
    expect(findRecords(home, { q: "every book" })).toBeNull();
    const asked = findRecords(home, { q: "every product category with name and url", fieldNames: ["name", "url"] });
    expect(asked && texts(asked.records)).toEqual(names);
    // A tab menu whose text holds the query's word is not what it names: "Reviews (0)" is a tab.
    const tabs = ["Overview", "Menu", "Reviews (0)", "Map & route", "Reserve now", "Contact", "Photos"];
    const restaurant = page(`<div class="content"><h1>Nelson's</h1><ul>${tabs.map((t, i) => `<li><a id="menu${i + 1}" href="/r/${i}">${t}</a></li>`).join("")}</ul><h4>0 Reviews</h4></div>`);
    expect(findRecords(restaurant, { q: "every review" })).toBeNull();
    // The same list in a sidebar stays a menu, whatever the query says.
    const aside = page(`${MENU}<main><h1>Books</h1><p>Our shop.</p></main><aside><ol id="categories">${links}</ol></aside>`);
    expect(findRecords(aside, { q: "every category" })).toBeNull();
  });

  it("returns null on a page without repeated records", () => {
    const doc = page(
      `${MENU}<main><article><h1>About us</h1><p>We started in 2009 with a single shop and a lot of coffee.</p>` +
        `<div class="reviews"><h2>0 Reviews</h2><p>Be the first to review this place.</p></div></article></main>${FOOTER}`,
    );
    expect(findRecords(doc)).toBeNull();
  });

  it("skips an ad placed among the records", () => {
    const reviews = Array.from(
      { length: 6 },
      (_, i) => `<li class="review"><span class="author">Reviewer ${i}</span><span class="stars">${i % 5} stars</span><p>Great food and friendly staff, visit ${i}.</p></li>`,
    );
    reviews.splice(2, 0, `<li class="ad"><iframe src="/ad"></iframe><div><div><a href="/ad"><b>Sponsored</b></a></div></div></li>`);
    const region = findRecords(page(`<ol class="reviews">${reviews.join("")}</ol>`));
    expect(region?.records).toHaveLength(6);
    expect(region!.records.every((r) => classList(r[0]!).includes("review"))).toBe(true);
  });

  it("keeps items of the list's own class however their inside varies (size options, a sale price)", () => {
    const plain = (i: number) =>
      `<li class="item"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a><h3>Daily vitamin ${i}</h3><span class="price">$${10 + i}.00</span><span class="size">one size</span></li>`;
    const variants = (i: number) =>
      `<li class="item"><div class="brand"><b>Wellness Brand</b></div><h3><a href="/p/${i}">Relaxation kit ${i}</a></h3><div class="code">Product code: <em>8392${i}</em></div>` +
      `<div class="prices"><s>$${60 + i}.00</s> <strong>$${45 + i}.50</strong></div><ul class="sizes"><li>30 capsules</li><li>60 capsules</li><li>90 capsules</li></ul></li>`;
    const items = [plain(1), plain(2), variants(3), plain(4), plain(5), variants(6), plain(7), plain(8)];
    const region = findRecords(page(`<main><ul class="products">${items.join("")}</ul></main>`));
    expect(texts(region?.records ?? []).map((t) => t.match(/(?:vitamin|kit) (\d)/)?.[1])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("uses the query and field names to choose between plausible regions", () => {
    const people = Array.from({ length: 4 }, (_, i) => `<li class="member"><span class="name">Person ${i}</span><span class="role">Software engineer, platform team ${i}</span><a href="/team/${i}">Profile</a></li>`).join("");
    const posts = Array.from({ length: 4 }, (_, i) => `<li class="post"><span class="title">What we learned shipping release ${i}</span><span class="date">2024-0${i + 1}-01</span><a href="/blog/${i}">Read</a></li>`).join("");
    const doc = page(`<ul class="blog">${posts}</ul><ul class="team">${people}</ul>`);
    expect(classList(findRecords(doc, { q: "every engineer with name, role and profile page" })!.parent)).toContain("team");
    expect(classList(findRecords(doc, { fieldNames: ["title", "date"] })!.parent)).toContain("blog");
  });

  it("handles a 1,000-record page", () => {
    const doc = parseHtml(syntheticListing(1000));
    const region = findRecords(doc);
    expect(region?.records).toHaveLength(1000);
    expect(textContent(region!.records[999]![0]!)).toContain("Product number 1000");
  });

  it("lists every region, best first, and can pick the non-overlapping ones", () => {
    const doc = page(`${MENU}<main><div class="grid">${cards(5)}</div></main>${FOOTER}`);
    const regions = findRecordRegions(doc);
    expect(regions.length).toBeGreaterThan(1);
    for (let i = 1; i < regions.length; i++) expect(regions[i]!.score).toBeLessThanOrEqual(regions[i - 1]!.score);
    const disjoint = selectDisjointRegions(regions);
    const all = disjoint.flatMap((r) => r.records.flat());
    expect(new Set(all).size).toBe(all.length);
    expect(disjoint[0]!.records).toHaveLength(5);
  });
  it("does not read a layout modifier (--with-sidebar, --without-header) as page chrome", () => {
    const filters = `<div class="filters"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/f/${i}">Brand ${i}</a></li>`).join("")}</ul></div>`;
    for (const cls of ["product-list product-list--with-sidebar", "search-main search-main--without-header", "results has-sidebar"]) {
      const region = findRecords(page(`<main>${filters}<div class="${cls}"><div class="grid">${cards(6)}</div></div></main>`));
      expect(region?.records).toHaveLength(6);
      expect(classList(region!.records[0]![0]!)).toContain("card");
    }
  });

  it("does not take cards with a picture and only links for a menu", () => {
    const linkCards = Array.from(
      { length: 5 },
      (_, i) =>
        `<section class="stay"><a href="/h/${i}"><img src="/h/${i}.jpg" alt=""></a><a href="/h/${i}">Hotel ${i}</a><a href="/h/${i}">Sea view rooms and a quiet garden, ${i}</a><a href="/g/${i}">Guides</a><a href="/t/${i}">Tours</a></section>`,
    ).join("");
    const region = findRecords(page(`<main><h1>Stays</h1><div class="stays">${linkCards}</div></main>`));
    expect(region?.records).toHaveLength(5);
    expect(texts(region!.records)[0]).toMatch(/^Hotel 0/);
  });
});

describe("detectAllRecords", () => {
  const tags = (records: Element[][]) => records.map((r) => r.map((e) => e.tagName).join("+"));
  /** No record may contain, or sit inside, another one. */
  const disjoint = (records: Element[][]) => {
    const all = new Set(records.flat());
    return records.flat().every((el) => {
      for (let n = el.parentNode; n && "tagName" in n; n = n.parentNode) if (all.has(n)) return false;
      return true;
    });
  };

  it("lists both separate lists of a page, each record once", () => {
    const related = Array.from(
      { length: 4 },
      (_, i) => `<li class="post"><a href="/blog/${i}">How we roast batch ${i} of our house blend</a><span class="date">2024-0${i + 1}-12</span><p>Notes from the roastery, part ${i}.</p></li>`,
    ).join("");
    const doc = page(`<main><div class="grid">${cards(6)}</div><section class="posts"><h2>From the blog</h2><ul>${related}</ul></section></main>`);
    const records = detectAllRecords(doc);
    expect(texts(records).filter((t) => t.includes("Espresso machine"))).toHaveLength(6);
    expect(texts(records).filter((t) => t.includes("house blend"))).toHaveLength(4);
    expect(records).toHaveLength(10);
    expect(disjoint(records)).toBe(true);
  });

  it("takes table rows as records, never their cells", () => {
    const rows = Array.from({ length: 6 }, (_, i) => `<tr><td>Widget ${i}</td><td>${i * 3} in stock</td><td>$${i}.99</td></tr>`).join("");
    const doc = page(`<table><thead><tr><th>Name</th><th>Stock</th><th>Price</th></tr></thead><tbody>${rows}</tbody></table>`);
    const records = detectAllRecords(doc);
    expect(tags(records)).toEqual(Array(6).fill("tr"));
    expect(texts(records)[0]).toBe("Widget 0 0 in stock $0.99");
  });

  it("replaces sections (heading + list) by their lists' items", () => {
    const sizes = [5, 3, 4];
    const sections = sizes
      .map(
        (n, s) =>
          `<div class="category"><h2>Category ${s}</h2><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/c/${s}/${i}">Guide ${s}.${i}</a> <span>A short guide to topic ${s}.${i} for beginners</span></li>`).join("")}</ul></div>`,
      )
      .join("");
    const records = detectAllRecords(page(`<main><div class="categories">${sections}</div></main>`));
    expect(records).toHaveLength(12);
    expect(tags(records).every((t) => t === "li")).toBe(true);
  });

  it("in a navigation with nested submenus, takes the submenu items and never both levels", () => {
    const submenu = (m: number, n: number) => `<ul class="sub">${Array.from({ length: n }, (_, i) => `<li><a href="/m/${m}/${i}">Submenu entry ${m}.${i}</a></li>`).join("")}</ul>`;
    const nav = `<nav><ul class="menu">${[4, 6, 5]
      .map((n, m) => `<li class="top"><a href="/m/${m}">Menu ${m}</a>${submenu(m, n)}</li>`)
      .join("")}</ul></nav>`;
    const records = detectAllRecords(page(nav));
    expect(records.length).toBeGreaterThan(0);
    expect(disjoint(records)).toBe(true);
    expect(texts(records).every((t) => t.startsWith("Submenu entry"))).toBe(true);
  });

  it("keeps page chrome out when a real listing is present", () => {
    const doc = page(`${MENU}<main><h1>Machines</h1><div class="grid">${cards(8)}</div></main>${FOOTER}`);
    const records = detectAllRecords(doc);
    expect(records).toHaveLength(8);
    expect(records.every((r) => classList(r[0]!).includes("card"))).toBe(true);
  });

  it("keeps a link farm (rows that are only links) out beside a listing", () => {
    const farm = `<div class="tags"><table><tbody>${Array.from(
      { length: 20 },
      (_, i) => `<tr><td><a href="/t/${i}">Tag number ${i}</a></td><td><a href="/t/${i}/new">newest ${i}</a></td><td><a href="/t/${i}/top">top ${i}</a></td></tr>`,
    ).join("")}</tbody></table></div>`;
    const records = detectAllRecords(page(`<main><div class="grid">${cards(8)}</div>${farm}</main>`));
    expect(records).toHaveLength(8);
    expect(records.every((r) => classList(r[0]!).includes("card"))).toBe(true);
  });

  it("leaves out a closed dropdown's list and a date picker's days", () => {
    const dropdown = `<div class="filter"><button>Studio</button><div style="display: none;"><div class="options">${Array.from(
      { length: 12 },
      (_, i) => `<a href="/s/${i}">Studio number ${i} <span>Anime Discussion</span></a>`,
    ).join("")}</div></div></div>`;
    const days = Array.from({ length: 30 }, (_, i) => `<div class="day"><span>September ${i + 1}, 2024</span> ${i + 1}</div>`).join("");
    const doc = page(`<main>${dropdown}<div class="picker"><div class="month">${days}</div></div><div class="grid">${cards(5)}</div></main>`);
    const records = detectAllRecords(doc);
    expect(records).toHaveLength(5);
    expect(records.every((r) => classList(r[0]!).includes("card"))).toBe(true);
  });

  it("leaves out a search filter's options, and keeps cards that carry a compare checkbox", () => {
    const group = (name: string, options: string[]) =>
      `<div class="filter-group"><h4>${name}</h4><div class="options">${options
        .map((o, i) => `<div class="option"><label><input type="checkbox" name="${name}" value="${i}"> ${o} (${10 + i})</label></div>`)
        .join("")}</div></div>`;
    const filters = `<form class="filters">${group("Amenities", ["Free Wi-Fi", "Healthy meals", "Parking", "Pool", "Gym"])}${group("Region", ["Boston", "Rochester", "Hartford"])}${group("Price", ["Under $50", "$50 to $100", "Over $100", "Any"])}</form>`;
    const compare = cards(5).replace(/<p class="price">/g, `<label class="compare"><input type="checkbox"> Compare</label><p class="price">`);
    const doc = page(`<main>${filters}<div class="grid">${compare}</div></main>`);
    const records = detectAllRecords(doc);
    expect(records).toHaveLength(5);
    expect(records.every((r) => classList(r[0]!).includes("card"))).toBe(true);
  });

  it("leaves out a filter panel's facet groups (several boxes each), and keeps product cards with size swatches", () => {
    const facet = (name: string, options: string[]) =>
      `<details class="facet" open><summary>${name}</summary><p class="hint">Pick as many ${name.toLowerCase()} options as you like, 0 chosen so far.</p><ul>${options
        .map((o, i) => `<li><label><input type="checkbox" name="filter.${name}" value="${i}"> ${o} (${10 + i} items)</label></li>`)
        .join("")}</ul></details>`;
    const panel = `<aside class="facets-wrapper"><form>${facet("Size", ["Small", "Medium", "Large"])}${facet("Colour", ["Red", "Blue"])}${facet("Brand", ["Acme", "Globex", "Initech", "Umbrella"])}</form></aside>`;
    const swatches = ["S", "M", "L"].map((z) => `<label><input type="radio" name="options[Size]" value="${z}"> ${z}</label>`).join("");
    const withSizes = cards(5).replace(/<p class="blurb">/g, `<fieldset class="sizes">${swatches}</fieldset><p class="blurb">`);
    const related = Array.from({ length: 4 }, (_, i) => `<li class="post"><a href="/blog/${i}">Descaling, part ${i}</a><span class="date">2024-0${i + 1}-12</span></li>`).join("");
    const records = detectAllRecords(page(`<main><div class="layout">${panel}<div class="grid">${withSizes}</div></div><section><h2>Blog</h2><ul>${related}</ul></section></main>`));
    // (Taken for a filter's groups, the cards would rank far below the blog's short list.)
    expect(records.filter((r) => classList(r[0]!).includes("card"))).toHaveLength(5);
    expect(records.filter((r) => classList(r[0]!).includes("post"))).toHaveLength(4);
    expect(texts(records).some((t) => /chosen|items\)/.test(t))).toBe(false);
  });

  it("leaves out a filter panel's facet values written as links (each one refines the search)", () => {
    const facet = (name: string, values: string[]) =>
      `<div class="filter filter-type-multiselect"><h3>${name}</h3><div class="filter-content"><ul class="filter-values">${values
        .map((v, i) => `<li class="aspect-link"><a href="/search?refine=${name}:${i}" rel="nofollow"><span class="title">${v}</span> <span class="count">${i + 2}</span></a></li>`)
        .join("")}</ul></div></div>`;
    const sizes = Array.from({ length: 24 }, (_, i) => `${i + 3} mcg`);
    const panel = `<div class="toolbar">${facet("Size", sizes)}${facet("Brand", ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"])}${facet("Colour", ["Red", "Blue", "Green"])}</div>`;
    const records = detectAllRecords(page(`<main><div class="layout">${panel}<div class="grid">${cards(6)}</div></div></main>`));
    // (Unmarked, the facet boxes are sections whose lists inherit a rank near the cards'.)
    expect(records).toHaveLength(6);
    expect(records.every((r) => classList(r[0]!).includes("card"))).toBe(true);
  });

  it("takes a short list of rich records in an aside (scores beside the listing), not the aside's menu", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/t/${i}">Team number ${i}</a></td><td>${30 - i}</td><td>${i}-${i % 5}-${i % 3}</td><td>${90 - i} points</td></tr>`).join("");
    const games = ["Berlin", "Munich", "Dortmund", "Leipzig"]
      .map((c, i) => `<div class="game"><div class="teams"><span>${c}</span> – <span>Visitors ${i}</span></div><b class="score">${i} : ${i + 1}</b><time>18:30</time><small>Arena ${i}</small></div>`)
      .join("");
    const menu = `<ul class="links">${["Fixtures", "Results", "Transfers", "Injuries"].map((w) => `<li><a href="/${w}">${w}</a></li>`).join("")}</ul>`;
    const doc = page(
      `<div class="page"><main><h1>Standings</h1><table><thead><tr><th>#</th><th>Team</th><th>Played</th><th>Record</th><th>Points</th></tr></thead><tbody>${rows}</tbody></table></main>` +
        `<aside><h2>Today</h2><div class="games">${games}</div><h2>More</h2>${menu}</aside></div>`,
    );
    const records = detectAllRecords(doc);
    expect(tags(records).filter((t) => t === "tr")).toHaveLength(30);
    expect(records.filter((r) => classList(r[0]!).includes("game"))).toHaveLength(4);
    expect(texts(records).some((t) => t === "Transfers")).toBe(false);
  });

  it("leaves out the lists folded in closed <details>, and keeps an open one's", () => {
    const fold = (d: number, open: boolean) =>
      `<details${open ? " open" : ""}><summary>Question ${d}</summary><ul>${Array.from(
        { length: 5 },
        (_, i) => `<li><a href="/q/${d}/${i}">Answer ${d}.${i} about shipping</a> <span>and returns, delivery times, costs</span></li>`,
      ).join("")}</ul></details>`;
    const closed = detectAllRecords(page(`<main><div class="faq">${[1, 2, 3, 4].map((d) => fold(d, false)).join("")}</div><div class="grid">${cards(6)}</div></main>`));
    expect(closed).toHaveLength(6);
    expect(closed.every((r) => classList(r[0]!).includes("card"))).toBe(true);
    const open = detectAllRecords(page(`<main><div class="faq">${[1, 2, 3, 4].map((d) => fold(d, true)).join("")}</div><div class="grid">${cards(6)}</div></main>`));
    expect(open.length).toBeGreaterThan(6);
  });

  it("takes boxes of equally long lists (five or more each) as sections of lists", () => {
    const box = (b: number) =>
      `<div class="box"><h3>Team ${b}</h3><div class="jobs">${Array.from(
        { length: 5 },
        (_, i) => `<div class="job"><a href="/j/${b}/${i}">Designer role ${b}.${i}</a><span>Remote, full time, team ${b}</span></div>`,
      ).join("")}</div></div>`;
    const records = detectAllRecords(page(`<main><div class="boxes">${[1, 2, 3].map(box).join("")}</div></main>`));
    expect(records).toHaveLength(15);
    expect(records.every((r) => classList(r[0]!).includes("job"))).toBe(true);
  });

  it("compares records without per-instance class names (React ids) and without separators", () => {
    const tiles = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="tile"><div class="media fresnel-:r${i}:"><img src="/t/${i}.png" alt=""><b>Lesson ${i}</b></div><div class="details"><h4>Quadratic equations part ${i}</h4><p>$1${i}.00</p></div></div>`,
    ).join("");
    const crumbs = ["Journal", "Subscriptions", "Inquiries", "Destinations"].map((w) => `<li><a href="/${w}">${w}</a></li>`).join("<span>•</span>");
    const doc = page(`<main><ul class="links">${crumbs}</ul><div class="tiles">${tiles}</div></main>`);
    const records = detectAllRecords(doc);
    expect(texts(records).filter((t) => t.includes("Quadratic"))).toHaveLength(4);
    expect(tags(records).every((t) => t === "div" || t === "li")).toBe(true);
  });

  it("returns nothing for a page without lists", () => {
    expect(detectAllRecords(page(`<main><article><h1>About us</h1><p>We started in 2009 with a single shop.</p></article></main>`))).toEqual([]);
  });

  // Its speed (target ≤ 1 s) is measured by `npm run bench:engine`, not timed here: a busy CI
  // machine would make a 1 s bound flaky.
  it("finds every record of a 1,000-record page", () => {
    const records = detectAllRecords(parseHtml(syntheticListing(1000)));
    expect(records.filter((r) => classList(r[0]!).includes("card"))).toHaveLength(1000);
  });
});
