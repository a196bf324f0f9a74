import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { xpathOf } from "../xpath";
import { readByline, splitDateByline, takesByline } from "./bylines";
import { bylinePlan } from "./byline-doers";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("readByline", () => {
  it("reads the name after a bare By, a participle's by or a dash, without what follows it", () => {
    expect(readByline("By Jordan P. · 3 days ago")).toEqual({ verb: null, name: "Jordan P." });
    expect(readByline("by Jordan P. 3 days ago")).toEqual({ verb: null, name: "Jordan P." });
    expect(readByline("Reviewed by Jordan P.")).toEqual({ verb: "review", name: "Jordan P." });
    expect(readByline("Medically reviewed by Dr. Ann Lee, MD")).toEqual({ verb: "review", name: "Dr. Ann Lee" });
    expect(readByline("– Jordan P.")).toEqual({ verb: null, name: "Jordan P." });
    expect(readByline("Posted by u/spez 3 hours ago")).toEqual({ verb: "post", name: "u/spez" });
    expect(readByline("Written by Ann Lee and Bob Stone")).toEqual({ verb: "writ", name: "Ann Lee and Bob Stone" });
    expect(readByline("By Ann Lee.")).toEqual({ verb: null, name: "Ann Lee" });
    expect(readByline("Composed by Ludwig van Beethoven")).toEqual({ verb: "compos", name: "Ludwig van Beethoven" });
  });

  it("reads the 'by' of French, German, Spanish, Dutch and Swedish news sites, but no surname's particle", () => {
    expect(readByline("Par Claire Dubois")).toEqual({ verb: null, name: "Claire Dubois" });
    expect(readByline("Von Anna Schmidt")).toEqual({ verb: null, name: "Anna Schmidt" });
    expect(readByline("Por María García · 3 de marzo de 2026")).toEqual({ verb: null, name: "María García" });
    expect(readByline("Door Jan de Vries")).toEqual({ verb: null, name: "Jan de Vries" });
    expect(readByline("Av Erik Berg")).toEqual({ verb: null, name: "Erik Berg" });
    for (const text of ["Von der Leyen", "Par 72", "Por qué subir los tipos", "Di Caprio"]) expect(readByline(text)).toBeNull();
  });

  it("reads a picture's credit line: after ©, 'Photo:' or 'Credit:', up to the agency after a slash", () => {
    expect(readByline("© Nima Sarikhani / Wildlife Photographer of the Year")).toEqual({ verb: null, name: "Nima Sarikhani" });
    expect(readByline("© 2026 Laurent Ballesta")).toEqual({ verb: null, name: "Laurent Ballesta" });
    expect(readByline("Photo: Ana Pereira")).toEqual({ verb: null, name: "Ana Pereira" });
    expect(readByline("Credit: Jonas Berg")).toEqual({ verb: null, name: "Jonas Berg" });
    expect(readByline("Photo: courtesy of the museum")).toBeNull();
  });

  it("fills a photographer field from a gallery's credit lines", () => {
    const figure = (title: string, credit: string) => `<figure class="shot"><img src="/i/${title}.jpg" alt=""><figcaption><h3>${title}</h3><p class="credit">${credit}</p></figcaption></figure>`;
    const html = figure("Ice Bed", "© Nima Sarikhani / Wildlife Photographer of the Year") + figure("Owl", "Photo: Ana Pereira") + figure("Snow Fox", "Credit: Jonas Berg");
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("shot")), { pageUrl: "https://museum.example/", fields: fieldSpecsFromQuery("every photo with title and photographer"), q: "" });
    expect(rows.map((r) => r.row.photographer)).toEqual(["Nima Sarikhani", "Ana Pereira", "Jonas Berg"]);
  });

  it("reads no name where 'by' says how, or a dash starts something else", () => {
    for (const text of ["Made by hand", "By the sea", "Sort by price", "Filter by category", "- 20% off", "Great kettle, by far the best", "Jordan P.", "By Christmas it had broken"]) expect(readByline(text)).toBeNull();
  });
});

describe("takesByline", () => {
  const takes = (field: string[], text: string) => takesByline(bylinePlan(field)!, readByline(text)!);

  it("gives a doer the byline of what it did, and any doer a bare one", () => {
    expect(takes(["reviewer", "name"], "Reviewed by Jordan P.")).toBe(true);
    expect(takes(["reviewer"], "By Jordan P.")).toBe(true);
    expect(takes(["author"], "Written by Ann Lee")).toBe(true);
    expect(takes(["host"], "Hosted by Ann Lee")).toBe(true);
    expect(takes(["organizer"], "Organized by Ann Lee")).toBe(true);
    expect(takes(["posted", "by"], "Posted by u/spez")).toBe(true);
    expect(takes(["reviewer"], "Sold by Acme")).toBe(false);
    expect(takes(["author"], "Reviewed by Dr. Ann Lee")).toBe(false);
  });

  it("plans no byline for a field that names no doer", () => {
    expect(bylinePlan(["name"])).toBeNull();
    expect(bylinePlan(["company"])).toBeNull();
  });
});

describe("extractRows: a doer's field from the record's byline", () => {
  const reviews = (meta: (name: string, when: string) => string) =>
    parseHtml(
      `<main><div class="reviews">${[
        ["Great kettle", "Jordan P.", "3 days ago"],
        ["Too loud", "Sam K.", "1 week ago"],
        ["Fine for the price", "Maria Gonzalez", "2 weeks ago"],
        ["Stopped working", "Lee", "1 month ago"],
      ]
        .map(([title, name, when]) => `<article class="review"><h3>${title}</h3><p class="meta">${meta(name!, when!)}</p><p class="body">Long enough words about ${title} to read as a review body.</p></article>`)
        .join("")}</div></main>`,
    );
  const read = (doc: ReturnType<typeof parseHtml>, q: string) => extractRows(region(doc, byClass("review")), { pageUrl: "https://shop.example/reviews", fields: fieldSpecsFromQuery(q), q });

  it("reviewer name, author and reviewer take the name without 'By' or the date after it", () => {
    const doc = reviews((name, when) => `By ${name} · ${when}`);
    expect(read(doc, "every review with title and reviewer name").map((r) => r.row.reviewerName)).toEqual(["Jordan P.", "Sam K.", "Maria Gonzalez", "Lee"]);
    expect(read(doc, "every review with title and author").map((r) => r.row.author)).toEqual(["Jordan P.", "Sam K.", "Maria Gonzalez", "Lee"]);
    expect(read(doc, "every review with title and reviewer")[0]!.row).toEqual({ title: "Great kettle", reviewer: "Jordan P." });
  });

  it("reads 'Reviewed by', a dash, a 'By' of its own and a name classed author written with its 'By'", () => {
    for (const meta of [
      (name: string) => `Reviewed by ${name}`,
      (name: string) => `– ${name}`,
      (name: string, when: string) => `<span>By</span> <span>${name}</span> <span>${when}</span>`,
      (name: string, when: string) => `<span class="author">By ${name}</span> · <time>${when}</time>`,
    ]) {
      expect(read(reviews(meta), "every review with title and reviewer name").map((r) => r.row.reviewerName)).toEqual(["Jordan P.", "Sam K.", "Maria Gonzalez", "Lee"]);
    }
  });

  it("says the name was read from the link inside the byline", () => {
    const doc = reviews((name, when) => `by <a href="/u/${name.length}">${name}</a> · ${when}`);
    const rows = read(doc, "every review with title and reviewer");
    expect(rows[1]!.row.reviewer).toBe("Sam K.");
    expect(xpathOf(rows[1]!.from.get("reviewer")!.el)).toBe("/body[1]/main[1]/div[1]/article[2]/p[1]/a[1]");
  });

  it("leaves a doer empty when the byline names another doer, and a plain name field to the heading", () => {
    const doc = reviews((name) => `Sold by ${name}`);
    expect(read(doc, "every review with title and reviewer").map((r) => r.row.reviewer)).toEqual([undefined, undefined, undefined, undefined]);
    expect(read(doc, "every review with title and seller")[2]!.row.seller).toBe("Maria Gonzalez");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" } } });
    const byName = extractRows(region(reviews((name) => `By ${name}`), byClass("review")), { pageUrl: "https://shop.example/reviews", fields, q: "" });
    expect(byName[0]!.row).toEqual({ name: "Great kettle" });
  });
});

describe("bylines of forums and listings", () => {
  it("reads a date written before its byline, and no date-like text before a 'by' that says how", () => {
    expect(splitDateByline("3 Jan 2019 by admin")).toEqual({ date: "3 Jan 2019", byline: { verb: null, name: "admin" } });
    expect(splitDateByline("Today 09:15, by Ann Lee")).toEqual({ date: "Today 09:15", byline: { verb: null, name: "Ann Lee" } });
    expect(readByline("28 Nov 2026 by barleyking")).toEqual({ verb: null, name: "barleyking" });
    for (const text of ["Made in 2019 by Acme", "Sort by date", "3 Jan 2019 by the sea", "Room 4 by the lift"]) expect(splitDateByline(text)).toBeNull();
  });

  it("gives a thread's author its 'Started by' and a listing's agent, seller or listedBy its 'Listed by'", () => {
    expect(takesByline(bylinePlan(["author"])!, readByline("Started by hopsmith, Yesterday 18:02")!)).toBe(true);
    for (const field of [["agent"], ["seller"], ["listed", "by"], ["dealer"]]) expect(takesByline(bylinePlan(field)!, readByline("Listed by LX Homes")!)).toBe(true);
    expect(readByline("Listed by LX Homes")!.name).toBe("LX Homes");
    expect(takesByline(bylinePlan(["author"])!, readByline("Listed by LX Homes")!)).toBe(false);
  });

  it("fills a thread's author from its starter line and its last post's date without the byline after it", () => {
    const threads = [
      ["Forum rules", "admin", "3 Jan 2019", "3 Jan 2019", "admin"],
      ["Stuck fermentation", "hopsmith", "27 Nov 2026", "28 Nov 2026", "yeastwhisperer"],
      ["Kegging vs bottling", "newbie42", "20 Nov 2026", "26 Nov 2026", "barleyking"],
      ["Water chemistry", "chemjen", "15 Nov 2026", "16 Nov 2026", "chemjen"],
    ];
    const doc = parseHtml(
      `<main><table><thead><tr><th>Thread</th><th>Replies</th><th>Last post</th></tr></thead><tbody>${threads
        .map(([title, by, on, last, lastBy], i) => `<tr class="thread"><td><a href="/t/${i}">${title}</a><div>Started by <a href="/u/${by}">${by}</a>, ${on}</div></td><td>${i * 3}</td><td>${last}<br>by <a href="/u/${lastBy}">${lastBy}</a></td></tr>`)
        .join("")}</tbody></table></main>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, author: { type: "string" }, last_post_date: { type: "string" } } });
    const rows = extractRows(region(doc, byClass("thread")), { pageUrl: "https://forum.example/f/general", fields, q: "" });
    expect(rows.map((r) => r.row.author)).toEqual(["admin", "hopsmith", "newbie42", "chemjen"]);
    expect(rows.map((r) => r.row.last_post_date)).toEqual(["3 Jan 2019", "28 Nov 2026", "26 Nov 2026", "16 Nov 2026"]);
  });

  it("fills an agent with the firm a listing is 'Listed by'", () => {
    const doc = parseHtml(
      `<main><ul>${["LX Homes", "Tejo Imobiliária", "Prime Lisbon", "LX Homes"]
        .map((firm, i) => `<li class="listing"><h2><a href="/p/${i}">Flat ${i + 1} in Lisbon</a></h2><p class="price">€ ${i + 2}00.000</p><p class="by">Listed by <a href="/agents/${i}">${firm}</a></p></li>`)
        .join("")}</ul></main>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, agent: { type: "string" } } });
    const rows = extractRows(region(doc, byClass("listing")), { pageUrl: "https://homes.example/buy", fields, q: "" });
    expect(rows.map((r) => r.row.agent)).toEqual(["LX Homes", "Tejo Imobiliária", "Prime Lisbon", "LX Homes"]);
  });
});
