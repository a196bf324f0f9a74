import { describe, expect, it } from "vitest";
import { parseHtml, textContent, type Element } from "../dom";
import { findRecords } from "../records";
import { groupedSectionRecords } from "./grouped-sections";
import { acrossSections } from "./sections";

const page = (main: string) =>
  parseHtml(`<!doctype html><html><head><title>Events</title></head><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><main><h1>Upcoming events</h1>${main}</main></body></html>`);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];
const TITLES = ["Scaling Postgres at work", "Intro to Rust macros", "Designing calm interfaces", "A year of on-call", "Typed SQL in practice", "Edge caching myths"];
const VENUES = ["Main Hall", "Room 204", "Atrium", "Library Annex", "Studio B"];
const q = "every event with title, date and venue";

type Layout = "ul" | "div" | "table";

/** One thin event: a link, a date and a venue, nothing else. */
function event(layout: Layout, m: number, i: number): string {
  const title = `${TITLES[(m * 5 + i) % TITLES.length]} (${m}.${i})`;
  const venue = VENUES[(m + i) % VENUES.length]!;
  const time = `<time datetime="2026-${String(m + 1).padStart(2, "0")}-${String(i * 3 + 2).padStart(2, "0")}">${i * 3 + 2} ${MONTHS[m]!.slice(0, 3)}</time>`;
  const link = `<a href="/events/${m}-${i}">${title}</a>`;
  if (layout === "ul") return `<li>${link} ${time} <span>${venue}</span></li>`;
  if (layout === "div") return `<div class="event">${link}${time}<span class="venue">${venue}</span></div>`;
  return `<tr><td>${link}</td><td>${time}</td><td>${venue}</td></tr>`;
}

function monthsPage(layout: Layout, sizes: number[]): string {
  return sizes
    .map((n, m) => {
      const events = Array.from({ length: n }, (_, i) => event(layout, m, i)).join("");
      const list = layout === "ul" ? `<ul>${events}</ul>` : layout === "div" ? `<div class="events">${events}</div>` : `<table><tbody>${events}</tbody></table>`;
      return `<section><h2>${MONTHS[m]} 2026</h2>${list}</section>`;
    })
    .join("");
}

const firstLinks = (records: Element[][]) => records.map(([el]) => textContent(el!.tagName === "a" ? el! : (findLink(el!) ?? el!)).trim());
function findLink(el: Element): Element | undefined {
  for (const c of el.childNodes) {
    if (!("tagName" in c)) continue;
    if (c.tagName === "a") return c;
    const found = findLink(c);
    if (found) return found;
  }
  return undefined;
}
const expectedTitles = (sizes: number[]) => sizes.flatMap((n, m) => Array.from({ length: n }, (_, i) => `${TITLES[(m * 5 + i) % TITLES.length]} (${m}.${i})`));

describe("groupedSectionRecords", () => {
  const cases: Array<[Layout, number[]]> = [
    ["ul", [2, 2, 2]],
    ["ul", [3, 4, 2, 6, 5]],
    ["div", [3, 3, 3, 3]],
    ["div", [2, 6, 4, 2, 3, 5, 2, 6]],
    ["table", [2, 2, 2, 2, 2, 2]],
    ["table", [2, 1, 2, 2]],
  ];
  it.each(cases)("turns months of thin events (%s, %j per month) into the events, every month's", (layout, sizes) => {
    const detected = findRecords(page(monthsPage(layout, sizes)), { q })!;
    // The months outweigh each month's short list: detection takes them as the records.
    expect(detected.records.map(([el]) => el!.tagName)).toEqual(sizes.map(() => "section"));
    const events = groupedSectionRecords(detected)!;
    expect(firstLinks(events.records)).toEqual(expectedTitles(sizes));
    expect(events.parent.tagName).toBe("main");
  });

  it("leaves a region that is already one month's events to acrossSections", () => {
    // One month long enough to outweigh the months: detection takes its list, uniting does the rest.
    const detected = findRecords(page(monthsPage("table", [6, 1, 2])), { q })!;
    expect(detected.records).toHaveLength(6);
    expect(groupedSectionRecords(detected)).toBeNull();
    expect(firstLinks(acrossSections(detected).records)).toEqual(expectedTitles([6, 1, 2]));
  });

  it("keeps product cards with their feature lists: a card headed by a name is a record", () => {
    const card = (name: string, price: string, features: string[]) =>
      `<div class="product"><h3>${name}</h3><ul>${features.map((f) => `<li>${f}</li>`).join("")}</ul><p class="price">${price}</p></div>`;
    const doc = page(
      card("Trail runner 2", "€89", ["Waterproof upper", "Recycled laces", "Grippy outsole for wet rock"]) +
        card("Road racer", "€120", ["Carbon plate", "Breathable mesh"]) +
        card("City walker", "€75", ["Leather upper", "Cushioned sole", "Two colours", "Wide fit available"]),
    );
    const detected = findRecords(doc, { q: "every product with name, price and features" })!;
    expect(detected.records).toHaveLength(3);
    expect(groupedSectionRecords(detected)).toBeNull();
  });

  it("keeps departments headed by their names", () => {
    const person = (name: string, role: string) => `<li><a href="/people/${name.toLowerCase().replace(/ /g, "-")}">${name}</a> <span>${role}</span></li>`;
    const department = (name: string, people: Array<[string, string]>) => `<section><h2>${name}</h2><ul>${people.map(([n, r]) => person(n, r)).join("")}</ul></section>`;
    const doc = page(
      department("Engineering", [["Ada Lovelace", "Staff engineer"], ["Alan Turing", "Principal engineer"], ["Grace Hopper", "Engineering manager"]]) +
        department("Design", [["Dieter Rams", "Design lead"], ["Susan Kare", "Icon designer"]]) +
        department("Research", [["Marie Curie", "Research director"], ["Rosalind Franklin", "Scientist"], ["Lise Meitner", "Physicist"]]),
    );
    const detected = findRecords(doc, { q: "every department with name and members" })!;
    expect(detected.records).toHaveLength(3);
    expect(groupedSectionRecords(detected)).toBeNull();
  });

  it("keeps event cards headed by their dates, whose lists are each one event's labelled fields", () => {
    const card = (date: string, title: string, venue: string) =>
      `<article><h3>${date}</h3><ul><li>Event: ${title}</li><li>Venue: ${venue}</li><li>Price: free entry</li></ul></article>`;
    const doc = page(
      card("12 March 2026", "Scaling Postgres at work", "Main Hall") +
        card("19 March 2026", "Intro to Rust macros", "Room 204") +
        card("26 March 2026", "Designing calm interfaces", "Atrium") +
        card("2 April 2026", "A year of on-call", "Library Annex"),
    );
    const detected = findRecords(doc, { q })!;
    expect(detected.records).toHaveLength(4);
    expect(groupedSectionRecords(detected)).toBeNull();
  });
});
