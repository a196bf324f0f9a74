import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
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

  it("a price's currency is not an amount: 'price currency' reads the currency, not the price", () => {
    const cards = [1, 2, 3]
      .map((i) => `<div class="product"><h3><a href="/p/${i}">Lamp model ${i}</a></h3><span class="price">${30 + i}.01</span> <span class="currency">GBP</span></div>`)
      .join("");
    const doc = parseHtml(`<html><body><main><div class="grid">${cards}</div></main></body></html>`);
    const q = "every product with name, price and price currency";
    const rows = rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromQuery(q), q }));
    expect(rows[0]).toEqual({ name: "Lamp model 1", price: "31.01", priceCurrency: "GBP" });
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

  it("prices grouped with no-break spaces (a French shop) are read whole", () => {
    const doc = parseHtml(`<ul>${["1\u00a0299,00\u00a0€", "849,90\u00a0€", "12\u202f450\u00a0€"]
      .map((p, i) => `<li class="produit"><a href="/p/${i}">Article ${i}</a><span class="prix">${p}</span></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("produit")), { pageUrl: "https://boutique.example/", fields, q: "" }));
    expect(rows.map((r) => r.price)).toEqual([1299, 849.9, 12450]);
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

  it("a salary typed as a number keeps its K suffix: '$90K-$120K' is 90000", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salary: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[0]).toEqual({ title: "Backend Engineer", salary: 90000 });
    expect(rows[1]).toEqual({ title: "Data Analyst: Growth", salary: 55000 });
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

  it("a range's currency or multiplier written on one end belongs to both; 'up to' has no low end", () => {
    const doc = parseHtml(`<ul>${["45.000 – 60.000 €", "$57-102K", "USD 57K to 102K", "Up to $102K", "From £30,000"]
      .map((pay, i) => `<li class="job"><h3>Job ${i}</h3><span class="salary">${pay}</span></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salaryMin: { type: "number" }, salaryMax: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields, q: "" }));
    expect(rows.map((r) => [r.salaryMin ?? null, r.salaryMax ?? null])).toEqual([
      [45000, 60000],
      [57000, 102000],
      [57000, 102000],
      [null, 102000],
      [30000, null],
    ]);
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

  it("a price is the current one, not the former price shown beside it", () => {
    const doc = parseHtml(`<ul>${["Was £60.00 Now £39.01", "RRP £60.00 Our price £39.01", "£12.50"]
      .map((p, i) => `<li class="product"><h3>Book ${i}</h3><p class="price">${p}</p></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    expect(rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://books.example/", fields, q: "" })).map((r) => r.price)).toEqual([39.01, 39.01, 12.5]);
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

  it("a column the header names fills its field: yes/no for a stock boolean, short text for a description", () => {
    const doc = parseHtml(
      `<table><tr><th>Model</th><th>In stock</th><th>Available</th><th>Description</th><th>Amount</th></tr>${[
        ["Alpha", "Yes", "No", "Coffee beans", "-$5.00"],
        ["Beta", "No", "Yes", "Tea", "$1,200.00"],
        ["Gamma", "Yes", "Yes", "Cocoa", "−€12,50"],
      ]
        .map((r) => `<tr class="row">${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
        .join("")}</table>`,
    );
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { model: { type: "string" }, inStock: { type: "boolean" }, available: { type: "boolean" }, description: { type: "string" }, amount: { type: "number" } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("row"), { headers: ["Model", "In stock", "Available", "Description", "Amount"] }), { pageUrl: "https://x.example/", fields, q: "" }));
    // A minus before the currency is the amount's sign: a refund is not a charge.
    expect(rows).toEqual([
      { model: "Alpha", inStock: true, available: false, description: "Coffee beans", amount: -5 },
      { model: "Beta", inStock: false, available: true, description: "Tea", amount: 1200 },
      { model: "Gamma", inStock: true, available: true, description: "Cocoa", amount: -12.5 },
    ]);
  });

  it("reads a French or German table by its headers, with its dates and prices", () => {
    const table = (headers: string[], rows: string[][]) =>
      parseHtml(`<table><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr>${rows.map((r) => `<tr class="row">${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" }, location: { type: "string" }, date: { type: "string", format: "date" } } });
    const read = (headers: string[], rows: string[][]) => rowsOf(extractRows(region(table(headers, rows), byClass("row"), { headers }), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(read(["Nom", "Prix", "Lieu", "Date"], [["Château", "1 299,00 €", "Lyon", "12 mars 2024"], ["Moulin", "849 €", "Nantes", "1er mai 2024"], ["Ferme", "99,50 €", "Lille", "20 août 2022"]])).toEqual([
      { name: "Château", price: 1299, location: "Lyon", date: "2024-03-12" },
      { name: "Moulin", price: 849, location: "Nantes", date: "2024-05-01" },
      { name: "Ferme", price: 99.5, location: "Lille", date: "2022-08-20" },
    ]);
    expect(read(["Name", "Preis", "Ort", "Datum"], [["Haus", "1.299,- €", "Berlin", "3. März 2024"], ["Hof", "849 €", "Bonn", "14. Dezember 2023"], ["Villa", "2.000 €", "Köln", "1. Mai 2024"]])).toEqual([
      { name: "Haus", price: 1299, location: "Berlin", date: "2024-03-03" },
      { name: "Hof", price: 849, location: "Bonn", date: "2023-12-14" },
      { name: "Villa", price: 2000, location: "Köln", date: "2024-05-01" },
    ]);
    // Accented header words name their fields too.
    const company = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, company: { type: "string" }, phone: { type: "string" } } });
    const headers = ["Titre", "Société", "Téléphone"];
    const jobs = table(headers, [["Chef", "Bistro SA", "01 23 45 67 89"], ["Serveur", "Café Lux", "04 56 78 90 12"], ["Plongeur", "Brasserie", "05 11 22 33 44"]]);
    expect(rowsOf(extractRows(region(jobs, byClass("row"), { headers }), { pageUrl: "https://x.example/", fields: company, q: "" }))[1]).toEqual({ title: "Serveur", company: "Café Lux", phone: "04 56 78 90 12" });
  });

  it("pence written alone are hundredths of the currency", () => {
    const doc = parseHtml(`<ul>${["99p", "£1.49", "45p"].map((p, i) => `<li class="product"><h3>Sweet ${i}</h3><p class="price">${p}</p></li>`).join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    expect(rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://sweets.example/", fields, q: "" })).map((r) => r.price)).toEqual([0.99, 1.49, 0.45]);
  });

  it("the two ends of a range shown as one text fill a min and a max field", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { title: { type: "string" }, salary_min: { type: "number" }, salary_max: { type: "number" } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[0]).toEqual({ title: "Backend Engineer", salary_min: 90000, salary_max: 120000 });
    // A single figure is both ends.
    expect(rows[1]).toEqual({ title: "Data Analyst: Growth", salary_min: 55000, salary_max: 55000 });
    // As text, each end is shown as the page writes it.
    const shown = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, lowestPay: { type: "string" }, highestPay: { type: "string" } } });
    expect(rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields: shown, q: "" }))[0]).toEqual({
      title: "Backend Engineer",
      lowestPay: "$90K",
      highestPay: "$120K",
    });
  });

  it("nullable fields are null when not found", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salary: { type: ["string", "null"] } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[2]).toEqual({ title: "Site Reliability Engineer", salary: null });
  });

  it("data table: cells by header, numbers parsed, link resolved", () => {
    const doc = parseHtml(`<table><thead><tr><th>City</th><th>Country</th><th>Population</th></tr></thead><tbody>
      <tr><td><a href="/wiki/Tokyo">Tokyo</a></td><td>Japan</td><td>37,400,068</td></tr>
      <tr><td><a href="/wiki/Delhi">Delhi</a></td><td>India</td><td>28,514,000</td></tr>
      <tr><td><a href="/wiki/Shanghai">Shanghai</a></td><td>China</td><td>25,582,000</td></tr></tbody></table>`);
    const reg = region(doc, byTag("tr"), { kind: "table", headers: ["City", "Country", "Population"] });
    reg.records = reg.records.slice(1);
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { country: { type: "string" }, city: { type: "string" }, population: { type: "integer" }, link: { type: "string", format: "uri" } },
    });
    const rows = rowsOf(extractRows(reg, { pageUrl: "https://en.example/list", fields, q: "" }));
    expect(rows[1]).toEqual({ country: "India", city: "Delhi", population: 28514000, link: "https://en.example/wiki/Delhi" });
  });

  it("microdata: itemprop names the fields, content attributes give values", () => {
    const doc = parseHtml(`<div>${["Kettle|19.99|InStock|4.5", "Toaster|34.50|OutOfStock|3.9"]
      .map((s) => s.split("|"))
      .map(([n, p, a, r]) => `<div itemscope itemtype="https://schema.org/Product"><h2 itemprop="name">${n}</h2><div class="box">Rated <span itemprop="ratingValue">${r}</span></div>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="${p}">$${p}</span><link itemprop="availability" href="https://schema.org/${a}"><span>${a === "InStock" ? "In stock" : "Sold out"}</span></div></div>`)
      .join("")}</div>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" }, rating: { type: "number" }, available: { type: "boolean" } } });
    const rows = rowsOf(extractRows(region(doc, (el) => el.attrs.some((a) => a.value === "https://schema.org/Product")), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(rows).toEqual([
      { name: "Kettle", price: 19.99, rating: 4.5, available: true },
      { name: "Toaster", price: 34.5, rating: 3.9, available: false },
    ]);
  });

  it("microdata: values kept in <meta content> and <link href> are read, by their itemprop", () => {
    const doc = parseHtml(`<div>${["Dune|Frank Herbert|412|9780441013593|InStock|1965-08-01", "Emma|Jane Austen|474|9780141439587|OutOfStock|1815-12-23"]
      .map((s) => s.split("|"))
      .map(([n, a, p, i, s, d]) => `<div itemscope itemtype="https://schema.org/Book"><h2 itemprop="name">${n}</h2><link itemprop="url" href="/b/${i}"><meta itemprop="isbn" content="${i}">
        <p>by <span itemprop="author">${a}</span>, <span itemprop="numberOfPages">${p}</span> pages</p><meta itemprop="datePublished" content="${d}">
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><link itemprop="availability" href="https://schema.org/${s}"></div></div>`)
      .join("")}</div>`);
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: { type: "string" }, isbn: { type: "string" }, author: { type: "string" }, url: { type: "string", format: "uri" }, availability: { type: "string" }, published: { type: "string", format: "date" } },
    });
    const books = () => region(doc, (el) => el.attrs.some((a) => a.value === "https://schema.org/Book"));
    const rows = rowsOf(extractRows(books(), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(rows).toEqual([
      { name: "Dune", isbn: "9780441013593", author: "Frank Herbert", url: "https://x.example/b/9780441013593", availability: "In stock", published: "1965-08-01" },
      { name: "Emma", isbn: "9780141439587", author: "Jane Austen", url: "https://x.example/b/9780141439587", availability: "Out of stock", published: "1815-12-23" },
    ]);
    // Unseen, a value is only what its itemprop says: a datePublished is no phone number, though its digits could be one.
    const phone = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, phone: { type: "string" } } });
    expect(rowsOf(extractRows(books(), { pageUrl: "https://x.example/", fields: phone, q: "" }))[0]).toEqual({ name: "Dune" });
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

describe("extractRows without fields", () => {
  it("infers a clean, stable shape from the record template", () => {
    const doc = fixture("fields-products.html");
    const rows = rowsOf(extractRows(region(doc, byClass("product_pod")), { pageUrl: "https://books.example/", fields: null, q: "all books" }));
    expect(rows[0]).toEqual({
      title: "A Light in the Attic",
      url: "https://books.example/catalogue/a-light-in-the-attic_1000/index.html",
      image: "https://books.example/media/cache/a.jpg",
      rating: 3,
      price: "£51.77",
      availability: "In stock",
    });
    const keys = new Set(rows.map((r) => Object.keys(r).sort().join(",")));
    expect(keys.size).toBe(1);
  });

  it("makes no column of single star glyphs: the rating reads the whole row of stars", () => {
    const stars = (n: number) => [1, 2, 3, 4, 5].map((i) => (i <= n ? `<span class="star filled">★</span>` : `<span class="star">☆</span>`)).join("\n");
    const book = ([title, price, stock, n]: [string, string, string, number], i: number) =>
      `<li class="product-li"><a class="product-link" href="/product/${i}">${title}</a><p class="mb-0">${price}</p><p class="mb-0">${stock}</p><div class="rating">${stars(n)}</div></li>`;
    const books: [string, string, string, number][] = [
      ["A Summer In Europe", "£44.34", "In stock", 2],
      ["1,000 Places to See", "£26.08", "In stock", 5],
      ["The Great Railway Bazaar", "£30.54", "Out of stock", 1],
      ["Under the Tuscan Sun", "£37.33", "Out of stock", 3],
      ["A Year in Provence", "£56.88", "In stock", 4],
    ];
    const doc = parseHtml(`<ol id="products">${books.map(book).join("")}</ol>`);
    const rows = rowsOf(extractRows(region(doc, byClass("product-li")), { pageUrl: "https://shop.example/category/2", fields: null, q: "books" }));
    expect(rows.map((r) => r.rating)).toEqual([2, 5, 1, 3, 4]);
    expect(rows[0]).toEqual({ title: "A Summer In Europe", url: "https://shop.example/product/0", price: "£44.34", availability: "In stock", rating: 2 });
    expect(rows.some((r) => Object.values(r).some((v) => typeof v === "string" && /^[★☆\s]+$/.test(v)))).toBe(false);
  });

  it("names people by name and labelled values by their label", () => {
    const doc = fixture("fields-jobs.html");
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields: null, q: "open jobs" }));
    expect(rows[0]).toMatchObject({ title: "Backend Engineer", url: "https://jobs.example/jobs/101", company: "Acme Corp", location: "Berlin, Germany" });
    const team = rowsOf(extractRows(region(fixture("fields-team.html"), byClass("member")), { pageUrl: "https://acme.example/", fields: null, q: "the team" }));
    expect(team[0]).toMatchObject({ name: "Ada Lovelace", url: "https://acme.example/about/people/ada-lovelace", role: "Chief Engineer" });
  });
});

describe("extractRows on a table with bands", () => {
  // A standings table: a two-row header, and a band ("Europa League places") between the teams.
  const doc = fixture("fields-standings.html");
  const table = findRecords(doc, { q: "every team" })!;

  it("gives no row for a band across the columns, with the query's fields or the inferred ones", () => {
    const q = "every team with position, name, played, goal difference and points";
    const rows = rowsOf(extractRows(table, { pageUrl: "https://footy.example/table", fields: fieldSpecsFromQuery(q), q }));
    expect(rows.map((r) => r.name)).toEqual(["Arsenal", "Manchester City", "Chelsea", "Liverpool", "Brighton & Hove Albion"]);
    expect(rows.map((r) => [r.position, r.played, r.goalDifference, r.points].map(String))).toEqual([
      ["1", "13", "+19", "32"],
      ["2", "13", "+15", "28"],
      ["3", "13", "+10", "25"],
      ["4", "13", "+6", "23"],
      ["5", "13", "−2", "20"],
    ]);
    const inferred = rowsOf(extractRows(table, { pageUrl: "https://footy.example/table", fields: null, q: "every team" }));
    expect(inferred.map((r) => r.team)).toEqual(["Arsenal", "Manchester City", "Chelsea", "Liverpool", "Brighton & Hove Albion"]);
  });

  it("keeps a table's rows of one cell where most rows are so (a list set as a table)", () => {
    const list = parseHtml(`<table><tbody>${["Alpha", "Bravo", "Charlie"].map((n) => `<tr><td colspan="2"><a href="/${n}">${n}</a></td></tr>`).join("")}<tr><td>Delta</td><td>4</td></tr></tbody></table>`);
    const rows = rowsOf(extractRows(region(list, byTag("tr"), { kind: "table" }), { pageUrl: "https://list.example/", fields: fieldSpecsFromQuery("every item with name"), q: "every item with name" }));
    expect(rows.map((r) => r.name)).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
  });
});
