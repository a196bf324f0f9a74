import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRegion, extractRows } from "./extract";
import { byClass, region } from "./testing";

const rowsOf = (html: string, cls: string, q: string) =>
  extractRows(region(parseHtml(html), byClass(cls)), { pageUrl: "https://site.example/list", fields: null, q });

describe("inferred columns: meta lines", () => {
  const post = (author: string, iso: string, shown: string, minutes: number) =>
    `<article class="post-card"><h2><a href="/p/${iso}">Post of ${shown}</a></h2><div class="meta">By <span class="author">${author}</span> · <time datetime="${iso}">${shown}</time> · ${minutes} min read</div><p class="excerpt">What happened on ${shown}, told at some length.</p></article>`;
  const html = `<main>${post("Jane Doe", "2024-03-12", "March 12, 2024", 8)}${post("Omar Haddad", "2024-02-28", "February 28, 2024", 12)}${post("Li Wei", "2024-01-15", "January 15, 2024", 5)}</main>`;

  it("splits a line's named elements into columns of their own, the date as ISO from datetime", () => {
    const rows = rowsOf(html, "post-card", "all posts");
    expect(rows[0]!.row).toEqual({
      title: "Post of March 12, 2024",
      url: "https://site.example/p/2024-03-12",
      author: "Jane Doe",
      date: "2024-03-12",
      readTime: "8 min read",
      excerpt: "What happened on March 12, 2024, told at some length.",
    });
    expect(rows[1]!.from.get("date")).toMatchObject({ attr: "datetime" });
    expect(rows[1]!.from.get("date")!.el.tagName).toBe("time");
  });

  it("reads a line whose separators are elements of their own (<span>•</span>) as a meta line", () => {
    const show = (n: number, iso: string, shown: string) =>
      `<div class="show"><div><span>Part ${n}</span><span aria-hidden="true">•</span><time datetime="${iso}">${shown}</time><span aria-hidden="true">•</span><span>${30 + n} min</span></div><h2><a href="/shows/${n}">Show number ${n}</a></h2></div>`;
    const rows = rowsOf(`<main>${show(7, "2025-03-02", "March 2, 2025")}${show(6, "2025-02-23", "February 23, 2025")}${show(5, "2025-02-16", "February 16, 2025")}</main>`, "show", "all shows");
    expect(rows[0]!.row).toEqual({ title: "Show number 7", url: "https://site.example/shows/7", text: "Part 7", date: "2025-03-02", text2: "37 min" });
  });

  it("leaves prose with an emphasised word in it one text", () => {
    const card = (n: number) => `<div class="card"><h3>Card ${n}</h3><p class="blurb">A long and winding <em class="highlight">description</em> of card ${n} that goes on</p></div>`;
    const rows = rowsOf(`<div>${[1, 2, 3].map(card).join("")}</div>`, "card", "all cards");
    expect(rows[0]!.row).toEqual({ title: "Card 1", blurb: "A long and winding description of card 1 that goes on" });
  });
});

describe("inferred columns: a plain line of a byline and a date", () => {
  const post = (n: number, line: string, meta = "meta") =>
    `<article class="post"><h2><a href="/p/${n}">Post number ${n} title</a></h2><p class="${meta}">${line}</p><p class="excerpt">What happened in post ${n}, told at some length.</p></article>`;
  const rowsFor = (lines: string[], meta?: string) => rowsOf(`<main>${lines.map((l, i) => post(i, l, meta)).join("")}</main>`, "post", "all posts");

  it.each([
    [["By Jordan P. · 12 March 2026", "By Ann Lee · 3 March 2026", "By Omar Haddad · 28 February 2026"], "meta"],
    [["Jordan P. — 12 March 2026", "Ann Lee — 3 March 2026", "Omar Haddad — 28 February 2026"], "byline"],
    [["Posted by Jordan P. on 2026-03-12", "Posted by Ann Lee on 2026-03-03", "Posted by Omar Haddad on 2026-02-28"], "meta"],
  ])("splits %j into an author column and a date column", (lines, meta) => {
    const rows = rowsFor(lines, meta);
    expect(rows.map((r) => [r.row.author, r.row.date])).toEqual([
      ["Jordan P.", "2026-03-12"],
      ["Ann Lee", "2026-03-03"],
      ["Omar Haddad", "2026-02-28"],
    ]);
    expect(Object.keys(rows[0]!.row)).toEqual(["title", "url", "author", "date", "excerpt"]);
    expect(rows[0]!.from.get("author")!.el.tagName).toBe("p");
  });

  it("reads a relative date as ISO beside the name", () => {
    const rows = rowsFor(["By Jordan P. · 3 days ago", "By Ann Lee · 5 days ago", "By Omar Haddad · 2 weeks ago"]);
    expect(rows.map((r) => r.row.author)).toEqual(["Jordan P.", "Ann Lee", "Omar Haddad"]);
    for (const { row } of rows) expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads a later page's lines by the seed's two columns", () => {
    const seed = extractRegion(region(parseHtml(`<main>${["By Jordan P. · 12 March 2026", "By Ann Lee · 3 March 2026", "By Omar Haddad · 28 February 2026"].map((l, i) => post(i, l)).join("")}</main>`), byClass("post")), {
      pageUrl: "https://site.example/list",
      fields: null,
      q: "all posts",
    });
    const next = extractRegion(region(parseHtml(`<main>${["By Li Wei · 1 February 2026", "By Sam Okafor · 20 January 2026"].map((l, i) => post(i + 3, l)).join("")}</main>`), byClass("post")), {
      pageUrl: "https://site.example/list?page=2",
      fields: null,
      q: "all posts",
      columns: seed.columns,
    });
    expect(next.rows.map((r) => [r.row.author, r.row.date])).toEqual([
      ["Li Wei", "2026-02-01"],
      ["Sam Okafor", "2026-01-20"],
    ]);
  });

  it("keeps a venue and a date one text, as no byline names anyone", () => {
    const rows = rowsFor(["Main Hall · 12 March 2026", "Room 204 · 3 March 2026", "Atrium · 28 February 2026"]);
    expect(rows[0]!.row).not.toHaveProperty("author");
  });

  it("reads a venue before a dash as a dateline's place: only a byline's element names a person without a 'By'", () => {
    const rows = rowsFor(["Royal Albert Hall — 12 March 2026", "New York — 3 March 2026", "Barbican Centre — 28 February 2026"], "venue");
    expect(rows[0]!.row).not.toHaveProperty("author");
    expect(rows.map((r) => [r.row.location, r.row.date])).toEqual([
      ["Royal Albert Hall", "2026-03-12"],
      ["New York", "2026-03-03"],
      ["Barbican Centre", "2026-02-28"],
    ]);
  });
});

describe("inferred columns: names", () => {
  const job = (n: number, city: string, salary: string, posted: string) =>
    `<li class="job"><a class="job-title" href="/jobs/${n}">Job ${n}</a><span class="location">${city}</span><span class="salary">${salary}</span><span class="posted">${posted}</span></li>`;
  const html = `<ul class="job-list">${job(1, "Berlin", "€70,000 – €90,000", "Posted 3 days ago")}${job(2, "London", "£400/day", "Posted today")}${job(3, "New York", "$180K-$220K", "Posted 2 weeks ago")}</ul>`;

  it("takes the record's class words for money and dates (salary, posted) over the kind (price, date)", () => {
    const rows = rowsOf(html, "job", "every job");
    expect(Object.keys(rows[0]!.row)).toEqual(["title", "url", "location", "salary", "postedDate"]);
    expect(rows[1]!.row.salary).toBe("£400/day");
    // Dates as ISO, as a field named "posted date" gets them.
    for (const { row } of rows) expect(row.postedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes a date as ISO only when its text says nothing else (who posted it stays)", () => {
    const comment = (n: number, who: string, when: string) => `<div class="comment"><p class="body">Comment number ${n} says something worth reading.</p><span class="when">${who} ${when}</span></div>`;
    const rows = rowsOf(`<div>${comment(1, "Michael S. posted a comment", "12 hours ago")}${comment(2, "Ann posted a comment", "2 days ago")}${comment(3, "Bo posted a comment", "3 days ago")}</div>`, "comment", "all comments");
    expect(rows.map((r) => Object.values(r.row).find((v) => typeof v === "string" && /posted/.test(v)))).toEqual([
      "Michael S. posted a comment 12 hours ago",
      "Ann posted a comment 2 days ago",
      "Bo posted a comment 3 days ago",
    ]);
  });

  it("keeps the kind when the class only styles the value (price_color)", () => {
    const item = (n: number) => `<div class="pod"><h3><a href="/b/${n}">Book ${n}</a></h3><p class="price_color">£${n}1.50</p></div>`;
    const rows = rowsOf(`<section>${[1, 2, 3].map(item).join("")}</section>`, "pod", "all books");
    expect(rows[0]!.row).toEqual({ title: "Book 1", url: "https://site.example/b/1", price: "£11.50" });
  });
});

describe("inferred columns: class names", () => {
  it("names a column by an author's class that starts like a utility (text-category), not by the utilities beside it", () => {
    const item = (n: number, kind: string) =>
      `<div class="pod"><h3><a href="/b/${n}">Book ${n}</a></h3><p class="text-sm text-gray-500 text-category">${kind}</p></div>`;
    const rows = rowsOf(`<section>${[item(1, "Poetry"), item(2, "Travel"), item(3, "Crime")].join("")}</section>`, "pod", "all books");
    expect(rows[0]!.row).toEqual({ title: "Book 1", url: "https://site.example/b/1", category: "Poetry" });
  });
});

describe("inferred columns: bylines", () => {
  it("reads a doer's column (class author) as the name its byline gives, without the 'By'", () => {
    const review = (n: number, name: string) => `<div class="review"><h3>Review ${n}</h3><span class="author">By ${name}</span><p class="text">Words of review ${n}, long enough to be its text.</p></div>`;
    const rows = rowsOf(`<section>${[review(1, "Jordan P."), review(2, "Sam K."), review(3, "Maria Gonzalez")].join("")}</section>`, "review", "all reviews");
    expect(rows.map((r) => r.row.author)).toEqual(["Jordan P.", "Sam K.", "Maria Gonzalez"]);
  });
});

describe("inferred columns: named lists", () => {
  it("reads a list's items as one list column, however many a record has", () => {
    const card = (n: number, tags: string[]) => `<div class="card"><h3>Card ${n}</h3><ul class="tags">${tags.map((t) => `<li>${t}</li>`).join("")}</ul></div>`;
    const rows = rowsOf(`<div>${card(1, ["rust", "go"])}${card(2, ["sql"])}${card(3, ["ui", "css", "design"])}</div>`, "card", "all cards");
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Card 1", tags: ["rust", "go"] },
      { title: "Card 2", tags: ["sql"] },
      { title: "Card 3", tags: ["ui", "css", "design"] },
    ]);
  });
});

describe("inferred columns: an optional element before the others", () => {
  // One repository shows topics; the line of facts after them is its third <div>, the others' second.
  // (Licenses differ: one text in every record's same slot is template text, not a column.)
  const repo = (name: string, lang: string, stars: string, license: string, topics = "") =>
    `<li class="repo"><div><h3><a href="/org/${name}">${name}</a></h3></div>${topics ? `<div class="topics">${topics}</div>` : ""}` +
    `<div class="facts"><span class="language">${lang}</span> <a class="muted" href="/org/${name}/stargazers"><svg aria-label="stars" class="octicon"></svg> ${stars}</a> <span class="license">${license}</span></div></li>`;
  const html = `<ul>${repo("tidyframe", "TypeScript", "12.4k", "MIT License", `<a href="/topics/dataframe">dataframe</a>`)}${repo("sqlsnap", "Rust", "2,310", "MIT License")}${repo("plotkit", "Go", "530", "Apache License 2.0")}</ul>`;

  it("reads the record's values where the element moved them along, labelled slots too", () => {
    const rows = rowsOf(html, "repo", "all repositories").map((r) => r.row);
    expect(rows.map((r) => [r.title, r.language, r.stars, r.license])).toEqual([
      ["tidyframe", "TypeScript", "12.4k", "MIT License"],
      ["sqlsnap", "Rust", "2,310", "MIT License"],
      ["plotkit", "Go", "530", "Apache License 2.0"],
    ]);
  });
});

describe("inferred columns: facts after nameless icons, a badge in the price", () => {
  const flat = (n: number, price: string, beds: string, baths: string, area: number) =>
    `<li class="listing"><h2><a href="/property/${n}">Flat ${n}</a></h2><p class="price">${price}</p>` +
    `<ul class="facts"><li><i class="icon-bed"></i> ${beds}</li><li><i class="icon-bath"></i> ${baths}</li><li><i class="icon-area"></i> ${area} m²</li></ul></li>`;
  const html = `<ul>${flat(1, "€ 385.000", "2 beds", "1 bath", 78)}${flat(2, `€ 520.000 <span class="reduced">Reduced</span>`, "3 beds", "2 baths", 112)}${flat(3, "€ 199.500", "Studio", "1 bath", 41)}</ul>`;

  it("names each fact by the icon before it, and reads the price without its badge", () => {
    const rows = rowsOf(html, "listing", "all flats").map((r) => r.row);
    expect(rows[1]).toEqual({ title: "Flat 2", url: "https://site.example/property/2", price: "€ 520.000", bed: "3 beds", bath: "2 baths", area: "112 m²" });
    expect(rows.map((r) => r.area)).toEqual(["78 m²", "112 m²", "41 m²"]);
  });
});

describe("inferred columns: a header spanning an empty column", () => {
  it("names the spanned column that holds values, not the empty one beside it", () => {
    const thread = (n: number, title: string, replies: number) => `<tr class="thread"><td><img src="/i/${n}.png" alt=""></td><td><a href="/t/${n}">${title}</a></td><td>${replies}</td></tr>`;
    const html = `<table><thead><tr><th colspan="2">Thread</th><th>Replies</th></tr></thead><tbody>${thread(1, "Forum rules", 0)}${thread(2, "Stuck fermentation", 34)}${thread(3, "Kegging vs bottling", 12)}</tbody></table>`;
    const doc = parseHtml(html);
    const rows = extractRows(region(doc, byClass("thread"), { kind: "table", headers: ["Thread", "Thread", "Replies"] }), { pageUrl: "https://forum.example/f/1", fields: null, q: "all threads" }).map((r) => r.row);
    expect(rows[1]).toEqual({ thread: "Stuck fermentation", replies: "34", url: "https://forum.example/t/2" });
  });
});

describe("inferred columns: a player, a glued class and a labelled line's links", () => {
  const episode = (n: number, guests: string[]) =>
    `<article class="episode"><h2><a href="/ep/${n}">Episode about topic ${n}</a></h2>` +
    (guests.length ? `<p class="guests">With: ${guests.map((g) => `<a href="/people/${g.length}${n}">${g}</a>`).join(" and ")}</p>` : "") +
    `<p class="summary">A long talk about topic number ${n} and what came of it over the years.</p>` +
    `<div class="player"><button aria-label="Play">▶</button><audio src="https://cdn.example/${n}.mp3"></audio><span class="time">0:00 / ${40 + n}:00</span></div></article>`;
  const html = `<main>${episode(1, ["Jana Becker"])}${episode(2, ["Tim Schulz", "Elif Yilmaz"])}${episode(3, ["Markus Weber"])}${episode(4, [])}</main>`;

  it("reads a labelled line once, with all its links, and no column from an audio player's controls", () => {
    const rows = rowsOf(html, "episode", "every episode");
    expect(Object.keys(rows[1]!.row)).toEqual(["title", "url", "with", "summary"]);
    expect(rows[1]!.row.with).toBe("Tim Schulz and Elif Yilmaz");
  });

  it("names a column by the part of its class glued onto the record's ('courseblockdesc' → description)", () => {
    const course = (n: number) =>
      `<div class="courseblock"><p class="courseblocktitle"><strong>COMP ${n}. Course ${n}.</strong></p><p class="courseblockdesc">What course ${n} teaches.</p><p class="courseblockroom">Room ${n}</p></div>`;
    const rows = rowsOf(`<main>${course(101)}${course(210)}${course(305)}</main>`, "courseblock", "every course");
    expect(rows[0]!.row).toEqual({ title: "COMP 101. Course 101.", description: "What course 101 teaches.", room: "Room 101" });
  });

  it("reads a download link's file, not its label", () => {
    const item = (n: number) => `<article class="ep"><h2><a href="/ep/${n}">Episode ${n}</a></h2><a class="dl" href="https://cdn.example/${n}.mp3" download>MP3 (${n * 10} MB)</a></article>`;
    const rows = rowsOf(`<main>${item(1)}${item(2)}${item(3)}</main>`, "ep", "every episode");
    expect(rows.map((r) => r.row.downloadUrl)).toEqual(["https://cdn.example/1.mp3", "https://cdn.example/2.mp3", "https://cdn.example/3.mp3"]);
  });
});
