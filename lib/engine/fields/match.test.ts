import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** The rows of the records classed `cls`, with a schema's fields, or the query's when none. */
function rowsOf(html: string, cls: string, q: string, schema?: Record<string, unknown>) {
  const fields = schema ? fieldSpecsFromSchema(schema) : fieldSpecsFromQuery(q);
  return extractRows(region(parseHtml(`<main>${html}</main>`), byClass(cls)), { pageUrl: "https://site.example/list", fields, q }).map((r) => r.row);
}

describe("fit: a heading names the record before a link beside it", () => {
  const tier = (name: string, price: string, cta: string, projects: number) =>
    `<div class="tier"><h3>${name}</h3><p>For ${name.toLowerCase()} teams, big or small.</p><p><span>${price}</span> a month</p><a href="/signup?plan=${name}">${cta}</a><ul><li>${projects} projects</li><li>Priority email support</li><li>Single sign-on</li></ul></div>`;
  const tiers = tier("Starter", "$9", "Sign up", 10) + tier("Growth", "$29", "Start free trial", 50) + tier("Scale", "$99", "Contact sales", 500);

  it("takes the heading over a call-to-action link, and the sentence over the feature list", () => {
    expect(rowsOf(tiers, "tier", "every plan with name, price and description")).toEqual([
      { name: "Starter", price: "$9", description: "For starter teams, big or small." },
      { name: "Growth", price: "$29", description: "For growth teams, big or small." },
      { name: "Scale", price: "$99", description: "For scale teams, big or small." },
    ]);
  });

  it("takes no call-to-action link's words for a name, heading or none", () => {
    const offer = (name: string, cta: string) => `<div class="offer"><b>${name}</b><a href="/go/${name}">${cta}</a></div>`;
    const html = ["Get started", "Start your free trial", "Download", "Register", "Contact sales"].map((cta, i) => offer(`Plan ${i + 1}`, cta)).join("");
    expect(rowsOf(html, "offer", "every offer with name").map((r) => r.name)).toEqual(["Plan 1", "Plan 2", "Plan 3", "Plan 4", "Plan 5"]);
  });

  it("keeps a title that reads like a call to action where the other records' links are titles", () => {
    const book = (title: string, n: number) => `<li class="book"><a href="/product/${n}">${title}</a><p>£${n}.50</p><p>In stock</p></li>`;
    const html = ["Sharp Objects", "Join", "The Black Maria", "Soumission", "Download"].map(book).join("");
    expect(rowsOf(html, "book", "every book with name, price and url").map((r) => r.name)).toEqual(["Sharp Objects", "Join", "The Black Maria", "Soumission", "Download"]);
  });

  it("takes the heading over the record's only text link (the talk, not the speaker)", () => {
    const speaker = (name: string, talk: string, n: number) =>
      `<div class="speaker"><h3>${name}</h3><p class="talk"><a href="/agenda#t${n}">${talk}</a></p></div>`;
    const html = speaker("Rosa Diaz", "Scaling the boring parts", 1) + speaker("Amir Khan", "Notes from a data migration", 2) + speaker("Mei Lin", "What the logs told us", 3);
    expect(rowsOf(html, "speaker", "every speaker with name and talk")).toEqual([
      { name: "Rosa Diaz", talk: "Scaling the boring parts" },
      { name: "Amir Khan", talk: "Notes from a data migration" },
      { name: "Mei Lin", talk: "What the logs told us" },
    ]);
  });
});

describe("fit: a field named after a site takes that site's link", () => {
  const person = (name: string, links: [string, string][]) =>
    `<div class="person"><h3><a href="/people/${name}">${name}</a></h3><div class="social">${links.map(([href, label]) => `<a href="${href}" aria-label="${name} on ${label}"><svg></svg></a>`).join("")}</div></div>`;
  const html =
    person("ana", [["https://x.com/ana", "X"], ["https://www.linkedin.com/in/ana", "LinkedIn"]]) +
    person("ben", [["https://www.linkedin.com/in/ben", "LinkedIn"]]) +
    person("cai", [["https://github.com/cai", "GitHub"], ["https://x.com/cai", "X"]]);
  const schema = { type: "object", properties: { name: { type: "string" }, linkedin: { type: "string", format: "uri" }, twitter: { type: "string", format: "uri" } } };

  it("reads icon links by their host, wherever each record puts them, and no other site's link", () => {
    expect(rowsOf(html, "person", "every person", schema)).toEqual([
      { name: "ana", linkedin: "https://www.linkedin.com/in/ana", twitter: "https://x.com/ana" },
      { name: "ben", linkedin: "https://www.linkedin.com/in/ben" },
      { name: "cai", twitter: "https://x.com/cai" },
    ]);
  });
});

describe("fit: descriptions", () => {
  it("keeps a short text in the column other records fill with long ones", () => {
    const repo = (name: string, about: string) => `<article class="repo"><h2><a href="/${name}">${name}</a></h2><p>${about}</p><span>MIT</span></article>`;
    const html = repo("tiny", "A tiny web server") + repo("quill", "Rich text editing for the modern web, built for compatibility.") + repo("pond", "Connection pooling that stays out of your way, in 300 lines.");
    const rows = rowsOf(html, "repo", "every repository with name and description");
    expect(rows.map((r) => r.description)).toEqual(["A tiny web server", "Rich text editing for the modern web, built for compatibility.", "Connection pooling that stays out of your way, in 300 lines."]);
  });

  it("does not take a short text where no record has a long one", () => {
    const item = (name: string, tag: string) => `<div class="item"><h2>${name}</h2><span>${tag}</span></div>`;
    const rows = rowsOf(item("Kettle", "Kitchen") + item("Lamp", "Living room") + item("Rug", "Bedroom"), "item", "every item with name and description");
    expect(rows).toEqual([{ name: "Kettle" }, { name: "Lamp" }, { name: "Rug" }]);
  });

  it("takes no address or breadcrumb for a snippet", () => {
    const hit = (host: string, path: string, text: string) =>
      `<div class="hit"><a href="https://${host}/${path}"><h3>${host}</h3><cite>https://www.${host} › ${path} › getting-started › install</cite></a><div><span>${text}</span></div></div>`;
    const html = hit("alpha.example", "guide", "Set up alpha in five minutes.") + hit("beta.example", "docs", "Every option of beta, explained.") + hit("gamma.example", "blog", "Why we rewrote gamma this year.");
    const schema = { type: "object", properties: { title: { type: "string" }, snippet: { type: "string" } } };
    expect(rowsOf(html, "hit", "every result", schema).map((r) => r.snippet)).toEqual([
      "Set up alpha in five minutes.",
      "Every option of beta, explained.",
      "Why we rewrote gamma this year.",
    ]);
  });
});

describe("fit: dates", () => {
  const show = (n: number, date: string) =>
    `<div class="show"><div><span>Part ${n}</span><span aria-hidden="true">•</span>${date}<span aria-hidden="true">•</span><span>40 min</span></div><h2><a href="/shows/${n}">Show number ${n}</a></h2></div>`;
  const schema = { type: "object", properties: { title: { type: "string" }, part: { type: "integer" }, date: { type: "string", format: "date" } } };

  // (Its separators, constant in every record, label nothing: "•" is not a word.)
  it("reads the date from its own element, not from the line that gathers it, so the line's other values stay free", () => {
    const html = show(7, "<span>March 2, 2025</span>") + show(6, "<span>February 23, 2025</span>") + show(5, "<span>February 16, 2025</span>");
    expect(rowsOf(html, "show", "every show", schema)[0]).toEqual({ title: "Show number 7", part: 7, date: "2025-03-02" });
  });

});

describe("fit: a free price", () => {
  const app = (name: string, price: string) => `<div class="app"><h3>${name}</h3><div class="price">${price}</div><p>Free shipping on all plans</p></div>`;
  const html = app("Notes", "Free") + app("Tasks", "$4.99") + app("Maps", "Kostenlos");

  it("reads 'Free' as 0 for a number, and as written for text", () => {
    const number = { type: "object", properties: { name: { type: "string" }, price: { type: "number" } }, required: ["price"] };
    expect(rowsOf(html, "app", "every app", number).map((r) => r.price)).toEqual([0, 4.99, 0]);
    expect(rowsOf(html, "app", "every app with name and price").map((r) => r.price)).toEqual(["Free", "$4.99", "Kostenlos"]);
  });

  it("does not read the word inside a sentence as a price", () => {
    const html = [1, 2, 3].map((n) => `<div class="app"><h3>App ${n}</h3><p class="price">Free shipping on all plans</p></div>`).join("");
    const number = { type: "object", properties: { name: { type: "string" }, price: { type: "number" } } };
    expect(rowsOf(html, "app", "every app", number).map((r) => r.price)).toEqual([undefined, undefined, undefined]);
  });
});

describe("fit: stars counted, not a score", () => {
  // A repository list: the stars are a count beside an icon, abbreviated past a thousand.
  const repo = (name: string, stars: string) =>
    `<li class="repo"><h3><a href="/org/${name}">${name}</a></h3><a class="muted" href="/org/${name}/stargazers"><svg aria-label="stars" class="octicon octicon-star"></svg> ${stars}</a></li>`;
  const html = [["tidyframe", "12.4k"], ["sqlsnap", "2,310"], ["arrow-js", "45"], ["geo-utils", "1.1k"], ["tiny", "3"]].map(([n, s]) => repo(n!, s!)).join("");

  it("reads a field named stars as the count it shows, from the query or a schema", () => {
    expect(rowsOf(html, "repo", "every repository with name and stars").map((r) => r.stars)).toEqual([12400, 2310, 45, 1100, 3]);
    const schema = { type: "object", properties: { name: { type: "string" }, stars: { type: "integer" } } };
    expect(rowsOf(html, "repo", "every repository", schema).map((r) => r.stars)).toEqual([12400, 2310, 45, 1100, 3]);
  });

  it("still reads a hotel's stars as its rating, and the count beside a star widget as no stars", () => {
    const hotel = (name: string, n: number, reviews: string) =>
      `<div class="hotel"><h3>${name}</h3><div class="stars" aria-label="${n} out of 5 stars">${"★".repeat(n)}</div><span class="stars-count">${reviews}</span></div>`;
    const hotels = hotel("Granvia", 4, "4,512") + hotel("Yachiyo", 3, "812") + hotel("Thousand", 5, "1,377");
    expect(rowsOf(hotels, "hotel", "every hotel with name and stars").map((r) => r.stars)).toEqual([4, 3, 5]);
  });
});

describe("fill: an optional old price before the price", () => {
  // The old price is there only on offers, so in the others the price sits where it is.
  const card = (name: string, price: number, was?: number, tag = "span") =>
    `<div class="card"><h3>${name}</h3><div class="price-box">${was ? `<${tag} class="old-price">US$${was}</${tag}>` : ""}<span class="price">US$${price}</span><div class="taxes">+US$${price / 10} taxes and charges</div><div class="nights">2 nights, 2 adults</div><a href="/hotel/${name}">See availability</a></div></div>`;
  const html = card("Granvia", 356, 412) + card("Yachiyo", 540) + card("Piece", 68) + card("Thousand", 815, 980);

  it("reads the price, not the old price where the slot holds it", () => {
    expect(rowsOf(html, "card", "every hotel with name and price").map((r) => r.price)).toEqual(["US$356", "US$540", "US$68", "US$815"]);
    const struck = card("Granvia", 356, 412, "del") + card("Yachiyo", 540) + card("Piece", 68) + card("Thousand", 815, 980, "s");
    expect(rowsOf(struck, "card", "every hotel with name and price").map((r) => r.price)).toEqual(["US$356", "US$540", "US$68", "US$815"]);
  });

  it("gives a field named for the old price the struck-out one only, and the price field the price", () => {
    const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "number" }, old_price: { type: "number" } } };
    expect(rowsOf(html, "card", "every hotel", schema)).toEqual([
      { name: "Granvia", price: 356, old_price: 412 },
      { name: "Yachiyo", price: 540 },
      { name: "Piece", price: 68 },
      { name: "Thousand", price: 815, old_price: 980 },
    ]);
  });
});

describe("fit: a badge set inside the price", () => {
  it("reads the price without the badge, and keeps the unit a price is written with", () => {
    const flat = (price: string) => `<li class="flat"><h2><a href="/p/${price.length}">Flat</a></h2><p class="price">${price}</p></li>`;
    const html = ["€ 385.000", `€ 520.000 <span class="reduced">Reduced</span>`, `€ 199.500 <span>New</span>`, `€ 2.400 <small>/ month</small>`, `€ 90 <small>per night</small>`].map(flat).join("");
    expect(rowsOf(html, "flat", "every flat with price").map((r) => r.price)).toEqual(["€ 385.000", "€ 520.000", "€ 199.500", "€ 2.400 / month", "€ 90 per night"]);
  });
});

describe("fill: a box around the price", () => {
  it("reads the price inside the box that holds the old price and the stay beside it", () => {
    const card = (name: string, price: number, was?: number) =>
      `<div class="card"><h3>${name}</h3><div class="price-box">${was ? `<span class="old-price">US$${was}</span>` : ""}<span class="price">US$${price}</span><div class="nights">2 nights, 2 adults</div></div></div>`;
    const html = card("Granvia", 356, 412) + card("Yachiyo", 540) + card("Piece", 68) + card("Thousand", 815, 980);
    expect(rowsOf(html, "card", "every hotel with name and price").map((r) => r.price)).toEqual(["US$356", "US$540", "US$68", "US$815"]);
    const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "number" } } };
    expect(rowsOf(html, "card", "every hotel", schema).map((r) => r.price)).toEqual([356, 540, 68, 815]);
  });
});

describe("a text that names its own kind", () => {
  const repo = (name: string, license: string, lang: string) =>
    `<div class="repo"><h3><a href="/o/${name}">${name}</a></h3><p class="desc">A tool called ${name} for people who need one.</p><div class="meta"><span>${lang}</span> <span>${license}</span> <span>Updated 3 days ago</span></div></div>`;
  const html = repo("tidyframe", "MIT License", "TypeScript") + repo("sqlsnap", "Apache License 2.0", "Rust") + repo("plotkit", "MIT License", "Go");

  it("gives a license field the text that says it is one, with no label ('MIT License')", () => {
    const schema = { type: "object", properties: { name: { type: "string" }, license: { type: "string" } } };
    expect(rowsOf(html, "repo", "", schema).map((r) => r.license)).toEqual(["MIT License", "Apache License 2.0", "MIT License"]);
  });

  it("does not take a sentence that only holds the word, or a name the word qualifies", () => {
    const prose = (name: string) => `<div class="repo"><h3><a href="/o/${name}">${name}</a></h3><p>Read the license before you use ${name}.</p><p>License plate ${name}</p></div>`;
    const schema = { type: "object", properties: { name: { type: "string" }, license: { type: "string" } } };
    expect(rowsOf(prose("a") + prose("b") + prose("c"), "repo", "", schema).map((r) => r.license)).toEqual([undefined, undefined, undefined]);
  });
});

describe("fit: a yes/no field named for the 'no' state", () => {
  const card = (name: string, status: string) => `<div class="card"><h3><a href="/e/${name}">${name}</a></h3><p class="status">${status}</p></div>`;
  const html = card("Glastonbury", "Sold out") + card("Sziget", "Available") + card("Fringe", "Out of stock");

  it("is true where the page says that state ('Sold out' makes soldOut true), false where it says the other", () => {
    const schema = (field: string) => ({ type: "object", properties: { name: { type: "string" }, [field]: { type: "boolean" } } });
    expect(rowsOf(html, "card", "every event", schema("soldOut")).map((r) => r.soldOut)).toEqual([true, false, true]);
    expect(rowsOf(html, "card", "every event", schema("outOfStock")).map((r) => r.outOfStock)).toEqual([true, false, true]);
    expect(rowsOf(html, "card", "every event", schema("available")).map((r) => r.available)).toEqual([false, true, false]);
  });
});

describe("fit: a range of days", () => {
  const card = (name: string, dates: string) => `<div class="card"><h3><a href="/e/${name}">${name}</a></h3><p class="event-date">${dates}</p></div>`;
  const html = card("Primavera", "4–8 June 2026") + card("Sziget", "Aug 11 – 16, 2026") + card("Fringe", "Fri 7 Aug 2026");
  const date = { type: "string", format: "date" };

  it("gives a start date the first day and an end date the last, and a plain date the first", () => {
    const rows = rowsOf(html, "card", "every event", { type: "object", properties: { name: { type: "string" }, startDate: date, endDate: date } });
    expect(rows.map((r) => [r.startDate, r.endDate])).toEqual([
      ["2026-06-04", "2026-06-08"],
      ["2026-08-11", "2026-08-16"],
      ["2026-08-07", "2026-08-07"],
    ]);
    const plain = rowsOf(html, "card", "every event", { type: "object", properties: { name: { type: "string" }, date } });
    expect(plain.map((r) => r.date)).toEqual(["2026-06-04", "2026-08-11", "2026-08-07"]);
  });

  it("fills a field named 'dates' with the dates as the page writes them", () => {
    expect(rowsOf(html, "card", "every event with name and dates").map((r) => r.dates)).toEqual(["4–8 June 2026", "Aug 11 – 16, 2026", "Fri 7 Aug 2026"]);
  });
});
