import { describe, expect, it } from "vitest";
import { bodyElement, elementChildren, parseHtml } from "../dom";
import { drainSteps } from "../steps-testing";
import { PageFeatures } from "./features";
import { CHAR_SLICE, countChars, countCharsSteps } from "./visible-chars";
import { findRecords } from "./index";
import { page } from "./testing";

describe("visible characters", () => {
  it("counts what is not space, tab, newline, CR, form feed or NBSP, in a range when given one", () => {
    const s = " a\tb\nc\rd\fe\u00a0f  g ";
    expect(countChars(s)).toBe(7);
    expect(countChars(s, 1, 4)).toBe(2);
    expect(countChars("")).toBe(0);
  });

  it("does not count zero-width characters: a card holding only &zwnj; shows nothing", () => {
    expect(countChars("\u200b\u200c\u200d\u2060\ufeff")).toBe(0);
    expect(countChars("a\u200cb")).toBe(2);
    const tile = (body: string) => `<div class="tile"><a href="/c/1"><span class="pic"></span></a><div class="details">${body}</div></div>`;
    const courses = [1, 2, 3, 4].map((i) => tile(`<h3>Algebra course ${i}</h3><p>$${20 + i}.00</p>`));
    const blanks = [1, 2].map(() => tile(`<span>\u200c</span><span>\u200c</span>`));
    const found = findRecords(page(`<main><h1>Courses</h1><div class="grid">${[...courses, ...blanks].join("")}</div></main>`));
    expect(found?.records).toHaveLength(4);
  });

  it("counts a long text a slice a step, to the one-go count", () => {
    const text = "Terms \u201capply\u201d\u00a0to\tevery order. ".repeat(40_000);
    const { value, steps } = drainSteps(countCharsSteps(text));
    expect(value).toBe(countChars(text));
    expect(steps).toBe(Math.ceil(text.length / CHAR_SLICE));
  });

  it("measures a page's megabyte paragraph in steps (9 MB of one held the event loop ~40 ms), to the constructor's figures", () => {
    const legal = "The seller\u2019s policy applies to every order placed before the deadline. ".repeat(15_000);
    const doc = parseHtml(`<main><ul>${"<li><a href=/p>Caf\u00e9</a> 3,50</li>".repeat(20)}</ul><section><p>${legal}</p><p>short</p></section></main>`);
    const body = bodyElement(doc)!;
    const { value: stepped, steps } = drainSteps(PageFeatures.steps(body));
    const straight = new PageFeatures(body);
    const section = elementChildren(elementChildren(body)[0]!)[1]!;
    for (const el of [body, section, ...elementChildren(section)]) expect(stepped.get(el)).toEqual(straight.get(el));
    expect(stepped.get(section).text).toBe(countChars(legal) + 5);
    expect(steps).toBeGreaterThanOrEqual(Math.floor(legal.length / CHAR_SLICE));
  });
});
