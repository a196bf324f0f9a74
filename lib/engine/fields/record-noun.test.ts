import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { markRecordNames, namesRecord, recordNouns } from "./record-noun";
import type { FieldSpec } from "./spec";
import { byClass, region } from "./testing";

const text = (name: string): FieldSpec => ({ name, type: "string", required: false });
const marked = (q: string) => (fieldSpecsFromQuery(q) ?? []).filter((f) => f.namesRecord).map((f) => f.name);

describe("recordNouns and namesRecord", () => {
  it("finds what the query calls its records", () => {
    expect(recordNouns("every plan with plan name, price and description")).toEqual(["plan"]);
    expect(recordNouns("all the repositories with repo name and stars")).toEqual(["repository"]);
    expect(recordNouns("Scrape hotels: hotel name, price")).toEqual(["hotel"]);
    expect(recordNouns("name and price")).toEqual([]);
  });

  it("takes the noun, its plural and its abbreviation, not a longer word that starts with it", () => {
    expect(namesRecord("plans", ["plan"])).toBe(true);
    expect(namesRecord("repo", ["repository"])).toBe(true);
    expect(namesRecord("reviewer", ["review"])).toBe(false);
    expect(namesRecord("journal", ["paper"])).toBe(false);
    expect(namesRecord("re", ["review"])).toBe(false);
  });
});

describe("'<X> name' is the record's heading only when X is what the query calls its records", () => {
  it("marks 'plan name' and 'repo name', not 'reviewer name', 'writer name' or 'journal name'", () => {
    expect(marked("every plan with plan name, price and description")).toEqual(["planName"]);
    expect(marked("every repository with repo name and stars")).toEqual(["repoName"]);
    expect(marked("every company with company name and city")).toEqual(["companyName"]);
    expect(marked("every review with reviewer name and rating")).toEqual([]);
    expect(marked("every review with writer name and stars")).toEqual([]);
    expect(marked("every paper with journal name and year")).toEqual([]);
    expect(marked("every job with company name and title")).toEqual([]);
  });

  it("marks a schema's field by the query's noun, and nothing when the query names no record", () => {
    expect(markRecordNames([text("planName"), text("price")], "every plan on the page").map((f) => f.namesRecord ?? false)).toEqual([true, false]);
    expect(markRecordNames([text("planName")], "pricing").map((f) => f.namesRecord ?? false)).toEqual([false]);
    // An object's part is that object's name.
    expect(markRecordNames([{ ...text("plan.name"), parent: "plan" }], "every plan").map((f) => f.namesRecord ?? false)).toEqual([false]);
  });

  it("leaves 'reviewer name' empty rather than filling it with the review's heading", () => {
    const reviews = [["Great value for the price", 5], ["Stopped working after a week", 1]] as const;
    const doc = parseHtml(`<html><body><div>${reviews.map(([h, r]) => `<div class="review"><h3>${h}</h3><span class="rating">${r}</span><p>Sturdy, quiet and cheap.</p></div>`).join("")}</div></body></html>`);
    const q = "every review with reviewer name and rating";
    const rows = extractRows(region(doc, byClass("review")), { pageUrl: "https://shop.example/reviews", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows).toEqual(reviews.map(([, rating]) => ({ rating })));
  });
});
