import { describe, expect, it } from "vitest";
import type { ExtractInput } from "@/lib/extract/types";
import { parseHtml } from "./dom";
import type { FieldSpec } from "./fields";
import { rowsFromPage } from "./page-rows";
import { teamPage, teamPeople, type Layout } from "./__fixtures__/team-pages";

const url = "https://acme.example/team";
const input = (q: string): ExtractInput => ({ q, url, schema: null, verifyUrls: false });
const fields = (...names: string[]): FieldSpec[] => names.map((name) => ({ name, type: "string", required: false, ...(name === "profile" ? { format: "uri" as const } : {}) }));

describe("rowsFromPage on a team page grouped by department", () => {
  const cases: Array<[Layout, number[]]> = [
    ["ul", [3, 2, 4, 2]],
    ["div", [4, 3, 5, 2, 3]],
    ["div", [2, 8, 3]],
    ["table", [3, 4, 2, 5, 3, 2]],
    ["table", [8, 2, 3]],
  ];

  it.each(cases)("reads the people (%s, %j), not the departments, with each one's role and department", async (layout, sizes) => {
    const page = await rowsFromPage(parseHtml(teamPage(layout, sizes)), url, input("every person with name, role, profile and department"), fields("name", "role", "profile", "department"), null);
    const people = teamPeople(sizes);
    expect(page.records).toBe(people.length);
    expect(page.rows.map((r) => [r.row.name, r.row.role, r.row.profile, r.row.department])).toEqual(people.map((p) => [p.name, p.role, `https://acme.example${p.profile}`, p.department]));
  });

  it("reads each one's role where the page marks it (cards: class=role)", async () => {
    const page = await rowsFromPage(parseHtml(teamPage("div", [3, 2, 4])), url, input("every person with name, role and profile"), fields("name", "role", "profile"), null);
    expect(page.rows.map((r) => r.row.role)).toEqual(teamPeople([3, 2, 4]).map((p) => p.role));
  });

  it("takes a schema's person fields as asking for the people, without a noun for them", async () => {
    const page = await rowsFromPage(parseHtml(teamPage("ul", [2, 3, 2])), url, input("extract the team page"), fields("name", "role", "profile"), null);
    expect(page.rows.map((r) => r.row.name)).toEqual(teamPeople([2, 3, 2]).map((p) => p.name));
  });

  it("reads the people of a query that names them by their job ('every engineer') without fields", async () => {
    const page = await rowsFromPage(parseHtml(teamPage("table", [3, 4, 2, 3])), url, input("every engineer"), null, null);
    expect(page.records).toBe(12);
  });

  it("finds the people again on a later page by the seed's template", async () => {
    const q = input("every person with name, role and profile");
    const seed = await rowsFromPage(parseHtml(teamPage("ul", [3, 2, 4])), url, q, fields("name", "role", "profile"), null);
    const next = await rowsFromPage(parseHtml(teamPage("ul", [2, 2])), `${url}?page=2`, q, fields("name", "role", "profile"), seed.signature);
    expect(next.rows.map((r) => r.row.name)).toEqual(teamPeople([2, 2]).map((p) => p.name));
  });

  it("keeps the departments when the query asks for departments", async () => {
    const page = await rowsFromPage(parseHtml(teamPage("ul", [3, 2, 4, 2])), url, input("every department with name and members"), fields("name", "members"), null);
    expect(page.records).toBe(4);
    expect(page.rows.map((r) => r.row.name)).toEqual(["Engineering", "Design", "Sales", "Support"]);
  });
});

describe("rowsFromPage on a blog whose latest posts are followed by a block of the same class", () => {
  const post = (i: number) => `<li><a href="/posts/${i}">Post number ${i} about caching</a> <time datetime="2026-03-${10 + i}">${10 + i} March 2026</time></li>`;
  const block = (title: string, ids: number[]) => `<section class="block"><h2>${title}</h2><ul>${ids.map(post).join("")}</ul></section>`;
  const blog = () => parseHtml(`<!doctype html><html><body><main>${block("Latest", [1, 2, 3, 4, 5, 6, 7, 8])}${block("Most popular", [11, 12, 13])}</main></body></html>`);

  it("reads the latest posts alone", async () => {
    const page = await rowsFromPage(blog(), "https://blog.example/", input("every post with title, date and link"), fields("title", "date", "link"), null);
    expect(page.rows.map((r) => r.row.title)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `Post number ${i} about caching`));
  });
});
