import { describe, expect, it } from "vitest";
import { parseHtml, textContent, walkElements, type Element } from "../dom";
import { findRecords } from "../records";
import { memberRecords } from "./named-groups";
import { expectedPeople, teamPage, type Layout } from "../__fixtures__/team-pages";

function firstLinkText(el: Element): string {
  let found: Element | undefined = el.tagName === "a" ? el : undefined;
  walkElements(el, (n) => {
    if (!found && n.tagName === "a") found = n;
  });
  return found ? textContent(found).trim() : "";
}

const q = "every person with name, role and profile page";

describe("memberRecords", () => {
  const cases: Array<[Layout, number[]]> = [
    ["ul", [3, 2, 3, 2]],
    ["ul", [2, 2, 2]],
    ["div", [4, 3, 5, 2, 3]],
    ["div", [2, 8, 3]],
    ["table", [3, 4, 2, 5, 3, 2]],
    ["table", [8, 2, 3, 4]],
  ];
  it.each(cases)("turns departments (%s, %j people) into their people, every department's, in page order", (layout, sizes) => {
    const detected = findRecords(parseHtml(teamPage(layout, sizes)), { q })!;
    const people = memberRecords(detected)!;
    expect(people).not.toBeNull();
    expect(people.records.map(([el]) => firstLinkText(el!))).toEqual(expectedPeople(sizes));
  });

  it("leaves sections whose items are no people: a blog's latest posts and its most popular ones", () => {
    const post = (i: number) => `<li><a href="/posts/${i}">Post number ${i} about caching</a> <time datetime="2026-03-${10 + i}">${10 + i} March 2026</time></li>`;
    const block = (title: string, ids: number[]) => `<section class="block"><h2>${title}</h2><ul>${ids.map(post).join("")}</ul></section>`;
    const doc = parseHtml(`<!doctype html><html><body><main>${block("Latest", [1, 2, 3, 4, 5, 6])}${block("Most popular", [7, 8, 9])}${block("Sponsored", [10, 11])}</main></body></html>`);
    const detected = findRecords(doc, { q: "every post with title, date and link" })!;
    expect(memberRecords(detected)).toBeNull();
  });
});
