import { describe, expect, it } from "vitest";
import { parseHtml, type Document } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { asksForMembers, asksForSections, sectionFields } from "./section-fields";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region, select } from "./testing";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
/** The records classed `cls`, with the element classed `parent` as the region's parent (the sections' parent, as acrossSections leaves it). */
const regionIn = (doc: Document, cls: string, parent: string) => region(doc, byClass(cls), { parent: select(doc, byClass(parent))[0]! });

describe("sectionFields", () => {
  it("takes a department, dept or team field as its section's name", () => {
    const specs = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, department: { type: "string" }, dept: { type: "string" }, teamName: { type: "string" } } });
    expect(sectionFields(specs).map((f) => [f.spec.name, f.wants])).toEqual([
      ["department", "any"],
      ["dept", "any"],
      ["teamName", "any"],
    ]);
  });

  it("finds the fields that name a section, by their last word or the word an aspect follows", () => {
    const specs = fieldSpecsFromSchema({
      type: "object",
      properties: {
        title: { type: "string" },
        month: { type: "string" },
        sectionName: { type: "string" },
        versionNumber: { type: "string" },
        releaseDate: { type: "string" },
        name: { type: "string", description: "the heading of the card" },
        when: { type: "string", description: "the heading the event is listed under" },
      },
    });
    expect(sectionFields(specs).map((f) => [f.spec.name, f.wants])).toEqual([
      ["month", "date"],
      ["sectionName", "any"],
      ["versionNumber", "version"],
      ["when", "any"],
    ]);
  });
});

describe("asksForSections", () => {
  it("is true when the query's records are named by a section word, not when a field is", () => {
    expect(asksForSections("every month with its name and events")).toBe(true);
    expect(asksForSections("each release with version and changes")).toBe(true);
    expect(asksForSections("every event with title, date, venue and month")).toBe(false);
    expect(asksForSections("every event")).toBe(false);
    expect(asksForSections(undefined)).toBe(false);
  });

  it("is true of departments and teams, not of a team's members", () => {
    expect(asksForSections("every department with its head count")).toBe(true);
    expect(asksForSections("each team with name and members")).toBe(true);
    expect(asksForSections("every team member with name and role")).toBe(false);
  });
});

describe("asksForMembers", () => {
  const fields = (...names: string[]) => fieldSpecsFromQuery(`with ${names.join(", ")}`) ?? [];
  it("is true when the query calls its records people, by a word for them or by their job", () => {
    expect(asksForMembers("every person with name and profile page", null)).toBe(true);
    expect(asksForMembers("all the people", null)).toBe(true);
    expect(asksForMembers("every team member", null)).toBe(true);
    expect(asksForMembers("each engineer with name", null)).toBe(true);
  });

  it("is true when the fields are a person's: a role, or a title beside a name", () => {
    expect(asksForMembers("the team page", fields("name", "role", "profile"))).toBe(true);
    expect(asksForMembers(undefined, fields("full name", "job title"))).toBe(true);
    expect(asksForMembers("the staff list", fields("name", "title"))).toBe(true);
    expect(asksForMembers("the blog", fields("title", "date", "link"))).toBe(false);
  });

  it("is false when the query calls its records departments or teams, whatever the fields", () => {
    expect(asksForMembers("every department with name, head and head role", fields("name", "head", "head role"))).toBe(false);
    expect(asksForMembers("each team with its name and members", fields("name", "members"))).toBe(false);
    expect(asksForMembers("every post with title, date and link", fields("title", "date", "link"))).toBe(false);
  });
});

describe("extractRows: a field that names the record's section", () => {
  const event = (title: string, venue: string, badge = "") => `<li class="event">${badge}<a href="/e/${title.length}">${title}</a> <span class="venue">${venue}</span></li>`;
  const month = (name: string, events: string[]) => `<section class="month"><h2>${name}</h2><ul>${events.join("")}</ul></section>`;
  const events = page(
    `<main class="listing">${month("March 2026", [event("Jazz night", "Blue Room"), event("Pottery class", "Studio 3")])}${month("April 2026", [event("Easter market", "Old Square")])}</main>`,
  );

  it("takes the month heading the event is listed under, and the section for a field so named", () => {
    const q = "every event with title, venue and month";
    const rows = extractRows(regionIn(events, "event", "listing"), { pageUrl: "https://city.example/events", fields: fieldSpecsFromQuery(q), q });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Jazz night", venue: "Blue Room", month: "March 2026" },
      { title: "Pottery class", venue: "Studio 3", month: "March 2026" },
      { title: "Easter market", venue: "Old Square", month: "April 2026" },
    ]);
    expect(rows[2]!.from.get("month")!.el.tagName).toBe("h2");
    const sections = extractRows(regionIn(events, "event", "listing"), { pageUrl: "https://city.example/events", fields: fieldSpecsFromQuery("every event with title and section"), q: "" });
    expect(sections.map((r) => r.row.section)).toEqual(["March 2026", "March 2026", "April 2026"]);
  });

  it("keeps the record's own month (a date badge), and leaves a month empty under a heading that is no month", () => {
    const badged = page(`<main class="listing">${month("March 2026", [event("Jazz night", "Blue Room", `<span class="month">MAR</span>`), event("Pottery class", "Studio 3")])}${month("Staff picks", [event("Easter market", "Old Square")])}</main>`);
    const q = "every event with title and month";
    const rows = extractRows(regionIn(badged, "event", "listing"), { pageUrl: "https://city.example/events", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows).toEqual([{ title: "Jazz night", month: "MAR" }, { title: "Pottery class", month: "March 2026" }, { title: "Easter market" }]);
  });

  it("reads a changelog's version from headings set between its entries, as a number when the schema says so", () => {
    const log = page(`<div class="log"><h2>Version 2.5</h2><p class="entry">Add dark mode to settings</p><p class="entry">Faster search</p><h2>v2.4 (2026-04-01)</h2><p class="entry">Fix a crash on export</p></div>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { change: { type: "string", description: "what changed" }, version: { type: "number" } } });
    const rows = extractRows(regionIn(log, "entry", "log"), { pageUrl: "https://app.example/changelog", fields, q: "" }).map((r) => r.row.version);
    expect(rows).toEqual([2.5, 2.5, 2.4]);
    const text = fieldSpecsFromSchema({ type: "object", properties: { change: { type: "string", description: "what changed" }, version: { type: "string" } } });
    expect(extractRows(regionIn(log, "entry", "log"), { pageUrl: "https://app.example/changelog", fields: text, q: "" }).map((r) => r.row.version)).toEqual(["2.5", "2.5", "v2.4"]);
  });
});
