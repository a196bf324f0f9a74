import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, byTag, fixture, region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("extractRows with fields", () => {
  it("team page: name, role and profile page (resolved against <base>)", () => {
    const doc = fixture("fields-team.html");
    const q = "every engineer with name, role, and profile page";
    const rows = rowsOf(extractRows(region(doc, byClass("member")), { pageUrl: "https://acme.example/team", fields: fieldSpecsFromQuery(q), q }));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ name: "Ada Lovelace", role: "Chief Engineer", profilePage: "https://acme.example/about/people/ada-lovelace" });
    expect(rows[3]).toEqual({ name: "Katherine Johnson", role: "Trajectory Engineer", profilePage: "https://acme.example/about/people/katherine-johnson" });
  });

  it("links, pictures and relative links under <base href> name their resource without a page's user name and password", () => {
    const member = (n: number, href: string) =>
      `<div class="member"><img src="img/p${n}.jpg" alt=""><h3><a href="${href}">Person ${n}</a></h3><p class="role">Engineer ${n}</p></div>`;
    const doc = parseHtml(
      `<html><head><base href="https://alice:s3cret@acme.example/about/"></head><body><main><div class="team">${[
        member(1, "people/p1"),
        member(2, "https://bob:hunter2@acme.example/about/people/p2"),
        member(3, "//carol@acme.example/about/people/p3"),
      ].join("")}</div></main></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, profile: { type: "string", format: "uri" }, photo: { type: "string", format: "uri" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("member")), { pageUrl: "https://acme.example/team", fields, q: "every person" }));
    expect(rows).toEqual([1, 2, 3].map((n) => ({ name: `Person ${n}`, profile: `https://acme.example/about/people/p${n}`, photo: `https://acme.example/about/img/p${n}.jpg` })));
    // The inferred columns too.
    const inferred = rowsOf(extractRows(region(doc, byClass("member")), { pageUrl: "https://acme.example/team", fields: null, q: "every person" }));
    expect(JSON.stringify(inferred)).not.toMatch(/alice|bob|carol|s3cret|hunter2|@/);
    expect(inferred.map((r) => Object.values(r).filter((v) => typeof v === "string" && v.startsWith("https://")).sort())).toEqual(
      [1, 2, 3].map((n) => [`https://acme.example/about/img/p${n}.jpg`, `https://acme.example/about/people/p${n}`]),
    );
  });

  it("team page: email from mailto and photo from img", () => {
    const doc = fixture("fields-team.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, email: { type: "string", format: "email" }, photo: { type: "string", format: "uri" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("member")), { pageUrl: "https://acme.example/team", fields, q: "team" }));
    expect(rows[1]).toEqual({ name: "Grace Hopper", email: "grace@acme.example", photo: "https://acme.example/img/grace.jpg" });
  });

  it("product grid: full title, price text, availability, class-word rating, url", () => {
    const doc = fixture("fields-products.html");
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: { type: "string" }, price: { type: "string" }, availability: { type: "string" }, rating: { type: "number" }, url: { type: "string", format: "uri" } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("product_pod")), { pageUrl: "https://books.example/", fields, q: "books" }));
    expect(rows).toEqual([
      { name: "A Light in the Attic", price: "£51.77", availability: "In stock", rating: 3, url: "https://books.example/catalogue/a-light-in-the-attic_1000/index.html" },
      { name: "Tipping the Velvet", price: "£1,053.58", availability: "Out of stock", rating: 1, url: "https://books.example/catalogue/tipping-the-velvet_999/index.html" },
      { name: "Soumission", price: "£39.01", availability: "In stock", rating: 5, url: "https://books.example/catalogue/soumission_998/index.html" },
    ]);
  });

  it("product grid: typed price and boolean stock", () => {
    const doc = fixture("fields-products.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, price: { type: "number" }, inStock: { type: "boolean" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("product_pod")), { pageUrl: "https://books.example/", fields, q: "" }));
    expect(rows.map((r) => [r.price, r.inStock])).toEqual([
      [51.77, true],
      [1053.58, false],
      [39.01, true],
    ]);
  });

  it("a name written as plain text where the other records link it is still the name", () => {
    const doc = parseHtml(`<table>${[
      ["<a href='/c/1'>Smartlink Ltd</a>", "Kwun Tong"],
      ["Any Production", "Chai Wan"],
      ["<a href='/c/3'>Best Success Ltd</a>", "Sheung Shui"],
    ]
      .map(([n, a]) => `<tr class="listing"><td><div><span class="cname">${n}</span></div><div><span class="addr">${a}</span></div></td></tr>`)
      .join("")}</table>`);
    const rows = rowsOf(extractRows(region(doc, byClass("listing")), { pageUrl: "https://yp.example/", fields: fieldSpecsFromQuery("every company with name and address"), q: "" }));
    expect(rows).toEqual([
      { name: "Smartlink Ltd", address: "Kwun Tong" },
      { name: "Any Production", address: "Chai Wan" },
      { name: "Best Success Ltd", address: "Sheung Shui" },
    ]);
  });

  it("star glyphs are counted, zyte style", () => {
    const html = `<ol>${[3, 0, 5]
      .map((n, i) => `<li class="product-li"><a class="product-link" href="/product/${i}">Book ${i}</a><p class="mb-0">£1${i}.00</p><p class="mb-0">In stock</p><div class="rating">${'<span class="star filled">★</span>'.repeat(n)}${'<span class="star">☆</span>'.repeat(5 - n)}</div></li>`)
      .join("")}</ol>`;
    const doc = parseHtml(html);
    const fields = fieldSpecsFromQuery("every product with name, price, availability, rating and url");
    const rows = rowsOf(extractRows(region(doc, byClass("product-li")), { pageUrl: "https://shop.example/category/1", fields, q: "" }));
    expect(rows.map((r) => r.rating)).toEqual([3, 0, 5]);
    expect(rows[0]).toEqual({ name: "Book 0", price: "£10.00", availability: "In stock", rating: 3, url: "https://shop.example/product/0" });
  });

  it("jobs list: labels stripped, a missing field left out, title with a colon kept whole", () => {
    const doc = fixture("fields-jobs.html");
    const q = "jobs: title, company, location, salary, posted date, url";
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields: fieldSpecsFromQuery(q), q }));
    expect(rows[0]).toEqual({ title: "Backend Engineer", company: "Acme Corp", location: "Berlin, Germany", salary: "$90K-$120K", postedDate: "2024-03-05", url: "https://jobs.example/jobs/101" });
    expect(rows[1]).toMatchObject({ title: "Data Analyst: Growth", company: "Globex", location: "Remote", salary: "€55.000" });
    expect(rows[2]).not.toHaveProperty("salary");
  });

  it("a field whose name is written as the label before its value gets the value alone", () => {
    const doc = parseHtml(`<div>${[["9.0", "8.0", "Lovely view."], ["3.0", "7.0", "Cold soup."], ["8.0", "9.0", "Friendly staff."]]
      .map(
        ([service, atmosphere, text]) => `<div class="review"><div class="heading"><div class="score">Service <em>${service}</em></div>
        <div class="score">Atmosphere <em>${atmosphere}</em></div></div><p class="body">${text}</p><p class="where">City Hall</p></div>`,
      )
      .join("")}</div>`);
    const fields = fieldSpecsFromQuery("every review with service, atmosphere and city");
    const rows = rowsOf(extractRows(region(doc, byClass("review")), { pageUrl: "https://r.example/", fields, q: "" }));
    // ("City Hall" is one text, not the label "City" and a value.)
    expect(rows).toEqual([
      { service: "9.0", atmosphere: "8.0" },
      { service: "3.0", atmosphere: "7.0" },
      { service: "8.0", atmosphere: "9.0" },
    ]);
  });

  it("a date is not a phone number, though its digits could be one", () => {
    const doc = parseHtml(`<div>${[["Ada Lovelace", "2013-07-13", "+44 20 7946 0958"], ["Grace Hopper", "13.07.2013", ""], ["Alan Turing", "2014-01-02", "(555) 123-4567"]]
      .map(([name, date, tel]) => `<div class="person"><h3>${name}</h3><span class="when">${date}</span>${tel ? `<span class="tel">${tel}</span>` : ""}</div>`)
      .join("")}</div>`);
    const rows = rowsOf(extractRows(region(doc, byClass("person")), { pageUrl: "https://p.example/", fields: fieldSpecsFromQuery("people with name and phone"), q: "" }));
    expect(rows).toEqual([{ name: "Ada Lovelace", phone: "+44 20 7946 0958" }, { name: "Grace Hopper" }, { name: "Alan Turing", phone: "(555) 123-4567" }]);
  });

  it("an enum field takes the allowed value its text spells, in any script, symbols counted", () => {
    const doc = parseHtml(`<ul>${[["Санкт-Петербург", "c#", "full time"], ["казань", "C++", "Part-Time"], ["Москва", "c", "Contract"]]
      .map(([city, lang, kind]) => `<li class="job"><h3>Dev</h3><span class="city">${city}</span><span class="language">${lang}</span><span class="type">${kind}</span></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { city: { type: "string", enum: ["Москва", "Казань"] }, language: { type: "string", enum: ["C", "C++", "C#"] }, type: { type: "string", enum: ["Full-time", "Part-time"] } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields, q: "" }));
    // Values outside the enum stay as read: row validation drops those rows later.
    expect(rows).toEqual([
      { city: "Санкт-Петербург", language: "C#", type: "Full-time" },
      { city: "Казань", language: "C++", type: "Part-time" },
      { city: "Москва", language: "C", type: "Contract" },
    ]);
  });

  it("a lazy-loaded picture is the image in data-src, not the placeholder in src", () => {
    const doc = parseHtml(`<ul>${[1, 2, 3]
      .map((i) =>
        i === 3
          ? `<li class="product"><img src="data:image/gif;base64,R0lGOD" srcset="/img/p3.jpg 1x" alt=""><h3>Lamp 3</h3></li>`
          : `<li class="product"><img src="/img/placeholder.gif" data-src="/img/p${i}.jpg" alt=""><h3>Lamp ${i}</h3></li>`,
      )
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, image: { type: "string", format: "uri" } } });
    // A data: URL in src is a placeholder too: srcset has the picture.
    expect(rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://shop.example/", fields, q: "" })).map((r) => r.image)).toEqual([
      "https://shop.example/img/p1.jpg",
      "https://shop.example/img/p2.jpg",
      "https://shop.example/img/p3.jpg",
    ]);
  });

  it("a number field takes no number the page does not give for it (not the 1 of 'June 1st')", () => {
    const cards = (lines: string[][]) =>
      parseHtml(`<section>${lines.map((l, i) => `<div class="card"><h3><a href="/h/${i}">Home ${i}</a></h3>${l.map((t) => `<p>${t}</p>`).join("")}<p class="price">$${i + 3}00,000</p></div>`).join("")}</section>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, bedrooms: { type: "integer" }, bathrooms: { type: "integer" }, reviewCount: { type: "integer" } } });
    const run = (doc: ReturnType<typeof parseHtml>) => rowsOf(extractRows(region(doc, byClass("card")), { pageUrl: "https://homes.example/", fields, q: "" }));
    expect(run(cards([["Available from June 1st", "Until June 7th"], ["Available from May 3rd", "Until May 9th"], ["From July 2nd", "Until July 4th"]]))).toEqual([
      { name: "Home 0" },
      { name: "Home 1" },
      { name: "Home 2" },
    ]);
    // Each count is the number its own word names, even when one text gives several.
    expect(run(cards([["3 bedrooms · 2 baths", "120 reviews"], ["1 bedroom · 1 bath", "8 reviews"], ["2 bedrooms · 1 bath", "Reviews: 1"]]))).toEqual([
      { name: "Home 0", bedrooms: 3, bathrooms: 2, reviewCount: 120 },
      { name: "Home 1", bedrooms: 1, bathrooms: 1, reviewCount: 8 },
      { name: "Home 2", bedrooms: 2, bathrooms: 1, reviewCount: 1 },
    ]);
  });

  it("nullable fields are null when not found", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salary: { type: ["string", "null"] } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[2]).toEqual({ title: "Site Reliability Engineer", salary: null });
  });
});

describe("extractRows: nothing is invented", () => {
  const books = parseHtml(
    `<div class="books">${["Dune|Frank Herbert|412", "Emma|Jane Austen|474", "Ulysses|James Joyce|730"]
      .map((s) => s.split("|"))
      .map(([n, a, p]) => `<div itemscope itemtype="https://schema.org/Book"><h2 itemprop="name">${n}</h2><p>by <span itemprop="author">${a}</span></p><p><span itemprop="numberOfPages">${p}</span> pages</p></div>`)
      .join("")}</div>`,
  );
  const bookRegion = () => region(books, (el) => el.attrs.some((a) => a.value === "https://schema.org/Book"));
  const team = parseHtml(`<ul class="team">${Array.from({ length: 10 }, (_, i) => `<li><h3>Person ${i + 1}</h3><p>Role ${i + 1}</p></li>`).join("")}</ul>`);

  it("leaves out a field that no piece is named for, rather than giving it the next text", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, isbn: { type: "string" } } });
    expect(rowsOf(extractRows(bookRegion(), { pageUrl: "https://books.example/", fields, q: "" }))[0]).toEqual({ name: "Dune" });
    const colours = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, favoriteColor: { type: ["string", "null"] } } });
    const rows = rowsOf(extractRows(region(team, byTag("li")), { pageUrl: "https://acme.example/team", fields: colours, q: "" }));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ name: "Person 1", favoriteColor: null });
  });

  it("still fills fields by name, and by what their kind looks like", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, author: { type: "string" }, pages: { type: "integer" } } });
    expect(rowsOf(extractRows(bookRegion(), { pageUrl: "https://books.example/", fields, q: "" }))[2]).toEqual({ title: "Ulysses", author: "James Joyce", pages: 730 });
    // A record's first text is its name when nothing marks it.
    const plain = parseHtml(`<ul>${["Ada|Engineer", "Grace|Lead", "Alan|Research"].map((s) => s.split("|")).map(([n, r]) => `<li><span>${n}</span> <span>${r}</span></li>`).join("")}</ul>`);
    const names = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, favoriteColor: { type: "string" } } });
    expect(rowsOf(extractRows(region(plain, byTag("li")), { pageUrl: "https://acme.example/", fields: names, q: "" }))).toEqual([{ name: "Ada" }, { name: "Grace" }, { name: "Alan" }]);
  });
});
