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

  it("takes the heading over a call-to-action link", () => {
    expect(rowsOf(tiers, "tier", "every plan with name and price")).toEqual([
      { name: "Starter", price: "$9" },
      { name: "Growth", price: "$29" },
      { name: "Scale", price: "$99" },
    ]);
  });

  it("takes no call-to-action link's words for a name, heading or none", () => {
    const offer = (name: string, cta: string) => `<div class="offer"><b>${name}</b><a href="/go/${name}">${cta}</a></div>`;
    const html = ["Get started", "Start your free trial", "Download", "Register", "Contact sales"].map((cta, i) => offer(`Plan ${i + 1}`, cta)).join("");
    expect(rowsOf(html, "offer", "every offer with name").map((r) => r.name)).toEqual(["Plan 1", "Plan 2", "Plan 3", "Plan 4", "Plan 5"]);
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

