import { describe, expect, it } from "vitest";
import { syntheticListing } from "../../../bench/lib/synthetic";
import { attr, classList, parseHtml, textContent } from "../dom";
import { BOOK_SPEC } from "../fields/testing";
import { findRecordRegions, findRecords, selectDisjointRegions } from "../records";
import { cards, FOOTER, MENU, page, texts } from "./testing";

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
