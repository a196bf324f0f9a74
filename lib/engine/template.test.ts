import { describe, expect, it } from "vitest";
import { parseHtml, textContent, type Element } from "./dom";
import { findRecords } from "./records";
import { matchTemplate, pairRegions, recordTemplate, singleRegions, type RecordTemplate } from "./template";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const texts = (records: Element[][]) => records.map((r) => r.map((e) => textContent(e)).join(" | "));

const NAV = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li><li><a href="/about">About</a></li></ul></nav></header>`;
const product = (i: number) =>
  `<li class="product-li${i % 2 ? " odd" : ""}"><a class="product-link" href="/product/${i}">Book number ${i}, a long title</a><p class="mb-0">£${10 + i}.99</p>` +
  `<p class="mb-0">${i % 3 ? "In stock" : "Out of stock"}</p><div class="rating"><span class="star filled">★</span><span class="star">☆</span></div></li>`;
const shop = (ids: number[], before = "") =>
  page(`${NAV}<main class="container">${before}<h1>Books</h1><ol id="products">${ids.map(product).join("")}</ol><nav><ul class="pagination"><li><a href="?page=2">Next</a></li></ul></nav></main>`);

function seedTemplate(doc = shop([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])): RecordTemplate {
  const region = findRecords(doc, { q: "every product with name, price and url" });
  expect(region?.records).toHaveLength(10);
  return recordTemplate(region!);
}

describe("recordTemplate", () => {
  it("describes the parent's path, the record signature and shape, without instance classes", () => {
    const t = seedTemplate();
    expect(t.parentPath.map((s) => s.tag)).toEqual(["main", "ol"]);
    expect(t.parentPath[1]).toMatchObject({ tag: "ol", id: "products" });
    expect(t.record).toEqual([{ tag: "li", classes: ["product-li"] }]);
    expect(t.k).toBe(1);
    expect(t.inner).toEqual([]);
    expect(t.shape).toContain("#0/a.product-link");
    // Serialisable: the pipeline carries it from the seed page to the next ones as a string.
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe("matchTemplate", () => {
  it("finds a last page's single record, even when blocks before the list moved", () => {
    const t = seedTemplate();
    const last = shop([11], `<div class="alert">Sale!</div><p>Intro</p>`);
    const region = matchTemplate(last, t);
    expect(region?.records).toHaveLength(1);
    expect(texts(region!.records)[0]).toContain("Book number 11");
    expect(findRecords(last)).toBeNull(); // what detection alone would have given
  });

  it("finds two records and a full page the same way", () => {
    const t = seedTemplate();
    expect(matchTemplate(shop([11, 12]), t)?.records).toHaveLength(2);
    expect(matchTemplate(shop([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), t)?.records).toHaveLength(10);
  });

  it("finds nothing on a 'no results' page, with or without the list element", () => {
    const t = seedTemplate();
    expect(matchTemplate(page(`${NAV}<main class="container"><h1>Books</h1><ol id="products"></ol><p>No products found.</p></main>`), t)).toBeNull();
    expect(matchTemplate(page(`${NAV}<main class="container"><h1>Books</h1><ol id="products"><li class="product-li">No products match your search.</li></ol></main>`), t)).toBeNull();
    expect(matchTemplate(page(`${NAV}<main class="container"><h1>Books</h1><p>No products found.</p></main>`), t)).toBeNull();
  });

  it("finds the parent by its own classes when the path above it changed", () => {
    const t = seedTemplate();
    const moved = page(`<div class="wrapper"><section><ol id="products">${product(21)}</ol></section></div>`);
    expect(texts(matchTemplate(moved, t)!.records)[0]).toContain("Book number 21");
  });

  it("follows a grid's rows down to the cards", () => {
    const card = (i: number) => `<div class="col card"><h3><a href="/p/${i}">Espresso machine ${i}</a></h3><p class="price">€${100 + i}</p><p>Steam wand, model ${i}.</p></div>`;
    const grid = (rows: number[][]) => page(`<main><div class="grid">${rows.map((r) => `<div class="row">${r.map(card).join("")}</div>`).join("")}</div></main>`);
    const seed = findRecords(grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), { q: "machines with name and price" });
    expect(seed?.records).toHaveLength(9);
    const t = recordTemplate(seed!);
    expect(t.inner?.map((s) => s.tag)).toEqual(["div"]);
    expect(texts(matchTemplate(grid([[10]]), t)!.records)).toEqual([expect.stringContaining("Espresso machine 10")]);
  });

  it("takes records of several siblings (dt + dd) and table rows without the header row", () => {
    const dl = (ids: number[]) => page(`<main><dl class="people">${ids.map((i) => `<dt>Person ${i} Surname</dt><dd>Engineer on team ${i}, since 20${10 + i}</dd>`).join("")}</dl></main>`);
    const seed = findRecords(dl([1, 2, 3, 4]), { q: "people with name and role" });
    expect(seed?.records[0]).toHaveLength(2);
    const t = recordTemplate(seed!);
    expect(texts(matchTemplate(dl([5]), t)!.records)).toEqual(["Person 5 Surname | Engineer on team 5, since 2015"]);

    const table = (ids: number[]) =>
      page(`<main><table><thead><tr><th>City</th><th>Country</th><th>Population</th></tr></thead><tbody>${ids.map((i) => `<tr><td>City ${i}</td><td>Country ${i}</td><td>${i * 1000}</td></tr>`).join("")}</tbody></table></main>`);
    const seedTable = findRecords(table([1, 2, 3, 4, 5]), { q: "cities with population" });
    expect(seedTable?.kind).toBe("table");
    const region = matchTemplate(table([6]), recordTemplate(seedTable!));
    expect(texts(region!.records)).toEqual(["City 6 Country 6 6000"]);
    expect(region!.headers).toEqual(["City", "Country", "Population"]);
  });

  it("takes a split table's records (row i of two tables) by the path to each table, only when the tables agree", () => {
    const split = (ids: number[], extraFigures = 0) =>
      page(
        `<main><div class="board"><table class="names"><thead><tr><th>Player</th></tr></thead><tbody>${ids.map((i) => `<tr><td>Player ${i}</td></tr>`).join("")}</tbody></table>` +
          `<div class="scroll"><table class="figures"><thead><tr><th>Games</th><th>Goals</th></tr></thead><tbody>` +
          `${[...ids, ...Array<number>(extraFigures).fill(0)].map((i) => `<tr><td>${i + 20}</td><td>${i}</td></tr>`).join("")}</tbody></table></div></div></main>`,
      );
    const seed = findRecords(split([1, 2, 3, 4]), { q: "players with games and goals" });
    const t = recordTemplate(seed!);
    expect(t.k).toBe(2);
    expect(t.parts).toEqual([
      [{ tag: "table", classes: ["names"] }, { tag: "tbody", classes: [] }],
      [{ tag: "div", classes: ["scroll"] }, { tag: "table", classes: ["figures"] }, { tag: "tbody", classes: [] }],
    ]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(texts(matchTemplate(split([5, 6]), t)!.records)).toEqual(["Player 5 | 25 5", "Player 6 | 26 6"]);
    // Tables of different lengths are not one table's halves.
    expect(matchTemplate(split([5, 6], 1), t)).toBeNull();
  });

  it("reads a table frozen on both sides (three tables) as one, on the seed and on later pages", () => {
    const board = (ids: number[]) =>
      page(
        `<main><div class="grid"><table class="left"><thead><tr><th>#</th><th>Player</th></tr></thead><tbody>${ids.map((i) => `<tr><td>${i}</td><td>Player ${i}</td></tr>`).join("")}</tbody></table>` +
          `<div class="middle"><table><thead><tr><th>Games</th><th>Goals</th><th>Assists</th></tr></thead><tbody>${ids.map((i) => `<tr><td>${i + 20}</td><td>${i}</td><td>${i % 3}</td></tr>`).join("")}</tbody></table></div>` +
          `<table class="right"><thead><tr><th>Profile</th></tr></thead><tbody>${ids.map((i) => `<tr><td><a href="/p/${i}">Profile of ${i}</a></td></tr>`).join("")}</tbody></table></div></main>`,
      );
    const seed = findRecords(board([1, 2, 3, 4]), { q: "players with games and goals" });
    expect(seed?.headers).toEqual(["#", "Player", "Games", "Goals", "Assists", "Profile"]);
    expect(texts(seed!.records)[0]).toBe("1 Player 1 | 21 1 1 | Profile of 1");
    const t = recordTemplate(seed!);
    expect(t.parts).toHaveLength(3);
    expect(texts(matchTemplate(board([7]), t)!.records)).toEqual(["7 Player 7 | 27 7 1 | Profile of 7"]);
  });
});

describe("pairRegions", () => {
  const job = (i: number) =>
    `<li class="job-li"><h2 class="job-title"><a class="job-link" href="/job/${i}">Nurse Practitioner ${i}</a></h2><p>Company: EasyJet</p><p>Location: Bern, Switzerland</p><p>Salary: $64K-$98K</p></li>`;
  const q = "every job with title, company, location, salary and url";
  const fieldNames = ["title", "company", "location", "salary", "url"];

  it("offers the two records of a two-item listing", () => {
    const doc = page(`${NAV}<main><h1>2 jobs in Travel:</h1><ol id="jobs">${job(1)}${job(2)}</ol></main>`);
    expect(findRecords(doc, { q, fieldNames })).toBeNull();
    const [best] = pairRegions(doc, { q, fieldNames });
    expect(texts(best!.records).map((t) => t.slice(0, 22))).toEqual(["Nurse Practitioner 1 C", "Nurse Practitioner 2 C"]);
  });

  it("offers nothing on a page without records: menus, footers, one-line items", () => {
    const footer = `<footer><div class="cols"><div class="col"><h4>Help</h4><a href="/faq">FAQ</a></div><div class="col"><h4>Legal</h4><a href="/terms">Terms</a></div></div></footer>`;
    const doc = page(`${NAV}<main><h1>Jobs</h1><p>No jobs match your search.</p><ul><li>Check the spelling</li><li>Try fewer words</li></ul></main>${footer}`);
    expect(pairRegions(doc, { q, fieldNames })).toEqual([]);
  });
});

describe("singleRegions", () => {
  const job = `<li class="job-li"><h2 class="job-title"><a class="job-link" href="/job/7">Nurse Practitioner</a></h2><p>Company: EasyJet</p><p>Location: Bern, Switzerland</p><p>Salary: $64K-$98K</p></li>`;
  const q = "every job with title, company, location, salary and url";

  it("offers the one item of a one-item listing", () => {
    const doc = page(`${NAV}<main><h1>1 jobs in Travel:</h1><ol id="jobs">${job}</ol></main>`);
    expect(findRecords(doc, { q })).toBeNull();
    expect(singleRegions(doc, { q }).map((r) => texts(r.records)[0]!.slice(0, 29))).toEqual(["Nurse Practitioner Company: E"]);
  });

  it("offers nothing for lists of one in menus, lists of one line, or without a link", () => {
    const doc = page(
      `<header><nav><ul><li><a href="/jobs">Jobs: company, location and salary search</a> <span>new</span> <b>hot</b></li></ul></nav></header>` +
        `<main><h1>Jobs</h1><ul><li><a href="/alerts">Set a job alert</a></li></ul>` +
        `<ul><li><b>Company:</b> EasyJet <i>Location:</i> Bern, salary on request</li></ul></main>`,
    );
    expect(singleRegions(doc, { q })).toEqual([]);
  });
});

describe("matchTemplate among look-alike parents", () => {
  it("prefers the parent at the seed's place over a longer list of the same tags", () => {
    const list = (items: string[]) => `<ul>${items.map((t) => `<li><a href="/${t.length}">${t}</a> <span>${t.length} items</span></li>`).join("")}</ul>`;
    const seedDoc = page(`<div><div>${list(["Alpha report", "Beta report", "Gamma report", "Delta report"])}</div><div>${list(["x"])}</div></div>`);
    const seed = findRecords(seedDoc, { q: "reports" });
    expect(seed?.records).toHaveLength(4);
    const t = recordTemplate(seed!);
    const next = page(`<div><div>${list(["Epsilon report"])}</div><div>${list(["m1", "m2", "m3", "m4", "m5"])}</div></div>`);
    expect(texts(matchTemplate(next, t)!.records)).toEqual(["Epsilon report 14 items"]);
  });
});

describe("matchTemplate on a huge page", () => {
  // One list of 160,000 items: spreading its children into the walk's stack passed one argument per
  // child and threw "Maximum call stack size exceeded" past ~125,000 (append.ts).
  it("finds 160,000 records under one parent without overflowing the stack", () => {
    const item = (i: number) => `<li class="p"><a href="/p/${i}">Book ${i}</a> <b>£${i}</b></li>`;
    const list = (n: number) => page(`<main><ol id="books">${Array.from({ length: n }, (_, i) => item(i)).join("")}</ol></main>`);
    const seed = findRecords(list(10), { q: "every book with title, price and url" });
    expect(seed?.records).toHaveLength(10);
    expect(matchTemplate(list(160_000), recordTemplate(seed!))?.records).toHaveLength(160_000);
  }, 60_000);
});
