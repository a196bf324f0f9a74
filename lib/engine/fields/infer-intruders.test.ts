import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { byClass, region } from "./testing";

const job = (id: number, title: string, company: string, salary: string, place: string, badge = "") =>
  `<li class="job"><h3><a href="/jobs/${id}">${title}</a></h3>${badge}<span class="JobCard_company__a8">${company}</span><span class="JobCard_salary__k2">${salary}</span><span class="JobCard_place__z0">${place}</span></li>`;
const html = `<ul>${[
  job(1, "Backend Engineer", "Acme", "€70,000", "Berlin"),
  job(2, "Data Analyst", "Globex", "€55,000", "Hamburg"),
  job(3, "Site Reliability Engineer", "Initech", "€80,000", "Munich", `<span class="badge">Sponsored</span>`),
  job(4, "Product Designer", "Umbrella", "€60,000", "Cologne"),
  job(5, "Frontend Engineer", "Hooli", "€65,000", "Leipzig"),
].join("")}</ul>`;

describe("inferred columns: an optional badge before a record's values", () => {
  it("does not move the record's values one column along", () => {
    const rows = extractRows(region(parseHtml(html), byClass("job")), { pageUrl: "https://jobs.example/", fields: null, q: "jobs" }).map((r) => r.row);
    // The same columns as its neighbours, each holding its own value: the badge is no company.
    expect(rows[2]).toEqual({ title: "Site Reliability Engineer", url: "https://jobs.example/jobs/3", text: "Initech", salary: "€80,000", text2: "Munich" });
    expect(rows[0]).toEqual({ title: "Backend Engineer", url: "https://jobs.example/jobs/1", text: "Acme", salary: "€70,000", text2: "Berlin" });
  });
});
