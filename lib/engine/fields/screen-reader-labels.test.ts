import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rowsOf = (html: string, cls: string, properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(html), byClass(cls)), { pageUrl: "https://site.example/list", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("a label only screen readers read", () => {
  it("labels the text after it and is not part of it (a forecast's 'Wind')", () => {
    const days = [["Mon", "W 19 km/h"], ["Tue", "NW 12 km/h"], ["Wed", "NE 24 km/h"]];
    const html = `<div>${days.map(([d, w]) => `<div class="day"><h2>${d}</h2><div class="c1"><span class="sr-only">Wind</span>${w}</div><div class="c2"><span class="sr-only">Humidity</span>80%</div></div>`).join("")}</div>`;
    expect(rowsOf(html, "day", { day: { type: "string" }, wind: { type: "string" } })).toEqual([
      { day: "Mon", wind: "W 19 km/h" },
      { day: "Tue", wind: "NW 12 km/h" },
      { day: "Wed", wind: "NE 24 km/h" },
    ]);
  });

  it("labels the element after it when it is all an icon's wrapper holds (a review's liked and disliked points)", () => {
    const point = (label: string, text: string) => `<div class="row"><p><span class="prefix"><svg aria-hidden="true"></svg><span class="bui-u-sr-only">${label}</span></span><span class="body">${text}</span></p></div>`;
    const reviews = [
      ["Hannah", point("Liked", "Beautiful view.") + point("Disliked", "Steep stairs.")],
      ["Jean-Luc", point("Liked", "Ideal location.") + point("Disliked", "Noisy at night.")],
      ["Mark", point("Disliked", "Dirty bathroom.")],
    ];
    const html = `<ul>${reviews.map(([name, body]) => `<li class="review"><span class="name">${name}</span>${body}</li>`).join("")}</ul>`;
    expect(rowsOf(html, "review", { name: { type: "string" }, liked: { type: "string" }, disliked: { type: "string" } })).toEqual([
      { name: "Hannah", liked: "Beautiful view.", disliked: "Steep stairs." },
      { name: "Jean-Luc", liked: "Ideal location.", disliked: "Noisy at night." },
      { name: "Mark", disliked: "Dirty bathroom." },
    ]);
  });

  it("keeps a value labelled for one field out of another whose label the record lacks (a free course has no original price)", () => {
    const price = (label: string, amount: string, struck = false) => `<div class="part"><span class="ud-sr-only">${label}</span><span>${struck ? `<s><span>${amount}</span></s>` : `<span>${amount}</span>`}</span></div>`;
    const courses = [
      ["Python Bootcamp", price("Current price", "£12.99") + price("Original Price", "£84.99", true)],
      ["100 Days of Code", price("Current price", "£14.99") + price("Original Price", "£99.99", true)],
      ["Automate the Boring Stuff", price("Current price", "£0.00")],
    ];
    const html = `<div>${courses.map(([t, p]) => `<div class="course"><h3>${t}</h3><div class="prices">${p}</div></div>`).join("")}</div>`;
    expect(rowsOf(html, "course", { title: { type: "string" }, price: { type: "number" }, originalPrice: { type: "number" } })).toEqual([
      { title: "Python Bootcamp", price: 12.99, originalPrice: 84.99 },
      { title: "100 Days of Code", price: 14.99, originalPrice: 99.99 },
      { title: "Automate the Boring Stuff", price: 0 },
    ]);
  });

  it("is no part of a title it follows (a course link repeating its instructors for screen readers)", () => {
    const courses = [["The Complete Python Bootcamp", "Jose Portilla"], ["100 Days of Code", "Dr. Angela Yu"], ["Automate the Boring Stuff", "Al Sweigart"]];
    const html = `<div>${courses.map(([t, by], i) => `<div class="course"><h3><a href="/course/${i}/">${t}<div class="ud-sr-only"><span>${by}</span></div></a></h3><div class="instructors">${by}</div></div>`).join("")}</div>`;
    expect(rowsOf(html, "course", { title: { type: "string" }, instructor: { type: "string" } })).toEqual(courses.map(([title, instructor]) => ({ title, instructor })));
  });
});
