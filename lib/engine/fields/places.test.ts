import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { readsAsPlace } from "./places";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

describe("readsAsPlace", () => {
  it("reads a venue and its town, or a name with a venue's word, as a place", () => {
    for (const text of ["Royal Albert Hall, London", "Ronnie Scott's, Soho", "Wigmore Hall", "Palace of Westminster", "Austin, TX", "Madison Square Garden", "Boston, MA", "San Francisco, CA"]) expect(readsAsPlace(text), text).toBe(true);
  });

  it("reads no place in a firm, a date, a price, a sentence or a plain name", () => {
    for (const text of ["Acme, Inc.", "12 April 2026", "£25.00", "An evening of symphonic favourites", "Sold out!", "Ann Lee", "Rust"]) expect(readsAsPlace(text), text).toBe(false);
  });

  it("reads no place in capitals, codes, numbers, a label or a list of things, whatever their commas", () => {
    for (const text of ["APPLY NOW", "BMI", "15% OFF", "50 MP", "US92347A1088", "CD, VCD, DVD Accessories", "Fundamental Theorems, Practice Problems", "Destination:Barcelona, Spain", "Studio Ghibli's Princess Mononoke"]) expect(readsAsPlace(text), text).toBe(false);
  });
});

describe("extractRows: a venue written in a plain <span>", () => {
  const events = [
    ["Spring Gala Concert", "2026-04-12", "Royal Albert Hall, London"],
    ["Jazz at Midnight", "2026-04-19", "Ronnie Scott's, Soho"],
    ["Chamber Music Morning", "2026-05-02", "Wigmore Hall, London"],
  ];
  const doc = parseHtml(
    `<main>${events
      .map(([title, on, venue], i) => `<div class="event"><h3><a href="/e/${i}">${title}</a></h3><time datetime="${on}">${on}</time><span>${venue}</span><p>An evening of music with enough words in it to read as the event's description.</p></div>`)
      .join("")}</main>`,
  );
  const read = (q: string) => extractRows(region(doc, byClass("event")), { pageUrl: "https://events.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);

  it("gives a venue or location field the place nothing labels, and no other field's text", () => {
    expect(read("every event with title, date and venue")).toEqual(events.map(([title, date, venue]) => ({ title, date, venue })));
    expect(read("every event with title and location").map((r) => r.location)).toEqual(events.map(([, , venue]) => venue));
  });

  it("leaves a venue field empty where the plain text is no place", () => {
    const plain = parseHtml(`<main>${events.map(([title], i) => `<div class="event"><h3><a href="/e/${i}">${title}</a></h3><span>Tickets from the box office</span></div>`).join("")}</main>`);
    const rows = extractRows(region(plain, byClass("event")), { pageUrl: "https://events.example/", fields: fieldSpecsFromQuery("every event with title and venue"), q: "" });
    expect(rows.map((r) => r.row)).toEqual(events.map(([title]) => ({ title })));
  });
});
