import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { declaredNextLink, findNextLink, nextOrDeclaredSteps, scriptedLoadMore, scriptedLoadMoreSteps } from "../pagination";
import { drainSteps } from "../steps-testing";
import { STRIDE } from "../steps";
import { nextPage, nextPagePaused, parsePage, scriptedLoadMorePaused } from "./pages";

const PAGE = "https://shop.example/list?page=3";
const N = 1_000;
/** A long table whose every row links its item, with a pager below (or only a <link rel=next> above). */
const longPage = (pager: string, head = "", more = "") =>
  parseHtml(
    `<html><head>${head}</head><body><table><tbody>${Array.from({ length: N }, (_, i) => `<tr><td><a href="/item/${i}">Item ${i}</a></td><td>${i}</td></tr>`).join("")}</tbody></table>${pager}${more}</body></html>`,
  );
const PAGER = `<nav class="pagination"><a href="/list?page=2">2</a><span class="current">3</span><a href="/list?page=4">4</a><a rel="next" href="/list?page=4">Next</a></nav>`;

const brief = (l: ReturnType<typeof findNextLink>) => l && { url: l.url, xpath: l.xpath, score: l.score, reason: l.reason };

describe("the next page of a long page, as steps", () => {
  it("is the link findNextLink finds, with a step per link scored", () => {
    const doc = longPage(PAGER);
    const { value, steps } = drainSteps(nextOrDeclaredSteps(doc, PAGE));
    expect(value?.url).toBe("https://shop.example/list?page=4");
    expect(brief(value)).toEqual(brief(findNextLink(doc, PAGE)));
    expect(brief(nextPage(doc, PAGE))).toEqual(brief(value));
    // Every row's link is collected and scored: no stretch holds them all.
    expect(steps).toBeGreaterThanOrEqual(N);
  });

  it("falls back to the page's <link rel=next>, as declaredNextLink does, from the same ranking", () => {
    const doc = longPage("", `<link rel="next" href="/list?page=4">`);
    expect(findNextLink(doc, PAGE)).toBeNull();
    const { value } = drainSteps(nextOrDeclaredSteps(doc, PAGE));
    expect(value?.url).toBe("https://shop.example/list?page=4");
    expect(brief(value)).toEqual(brief(declaredNextLink(doc, PAGE)));
  });

  it("gives the event loop turns while it ranks the links (pipeline)", async () => {
    const doc = longPage(PAGER);
    let pauses = 0;
    const next = await nextPagePaused(doc, PAGE, async () => void pauses++);
    expect(next?.url).toBe("https://shop.example/list?page=4");
    expect(pauses).toBeGreaterThanOrEqual(N);
  });

  it("looks for a scripted 'Load more' a step every STRIDE elements", async () => {
    const doc = longPage("", "", `<button type="button">Load more</button>`);
    const { value, steps } = drainSteps(scriptedLoadMoreSteps(doc));
    expect(value).toBe("Load more");
    expect(value).toBe(scriptedLoadMore(doc));
    expect(steps).toBeGreaterThanOrEqual(Math.floor((4 * N) / STRIDE));
    let pauses = 0;
    expect(await scriptedLoadMorePaused(doc, async () => void pauses++)).toBe("Load more");
    expect(pauses).toBe(steps);
  });
});

describe("parsePage", () => {
  it("measures a long page with pauses", async () => {
    const html = `<ul>${"<li>x</li>".repeat(4 * STRIDE)}</ul>`;
    let pauses = 0;
    // In one chunk: every pause is the measure's.
    const doc = await parsePage(html, PAGE, async () => void pauses++);
    expect(doc.childNodes.length).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
