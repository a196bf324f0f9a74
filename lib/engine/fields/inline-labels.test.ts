import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { elementByXPath } from "../xpath";
import { textMemo } from "./dom-text";
import { extractRows } from "./extract";
import { labelledParts } from "./inline-labels";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const course = (code: string, title: string, who: string, term: string) =>
  `<div class="courseblock"><p class="title"><strong>${code}. ${title}.</strong></p>` +
  `<p class="extra"><strong>Instructor:</strong> ${who} · <strong>Term:</strong> ${term}</p></div>`;
const html = course("COMP 101", "Introduction to Programming", "Dr. Helen Park", "Fall, Spring") + course("COMP 210", "Data Structures", "Prof. Ravi Menon", "Fall") + course("COMP 305", "Databases", "Dr. Ana Lima", "Spring");

describe("several labels in one line", () => {
  it("gives each label its own part of the line", () => {
    const q = "every course with title, instructor and term";
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("courseblock")), { pageUrl: "https://uni.example/cs", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => [r.instructor, r.term])).toEqual([
      ["Dr. Helen Park", "Fall, Spring"],
      ["Prof. Ravi Menon", "Fall"],
      ["Dr. Ana Lima", "Spring"],
    ]);
  });

  it("splits at label elements only, from the line's start, and leaves one label to the usual reading", () => {
    const doc = parseHtml(
      `<p><b>Beds:</b> 3 | <b>Baths:</b> 2<br><b>Area:</b> 78 m²</p><p><b>Salary:</b> $60K · Remote: yes</p><p>New: <b>Beds:</b> 3 <b>Baths:</b> 2</p>`,
    );
    const text = textMemo();
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[1]")!, text)).toEqual([
      { label: "Beds", value: "3", text: "Beds: 3" },
      { label: "Baths", value: "2", text: "Baths: 2" },
      { label: "Area", value: "78 m²", text: "Area: 78 m²" },
    ]);
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[2]")!, text)).toBeNull();
    expect(labelledParts(elementByXPath(doc, "/body[1]/p[3]")!, text)).toBeNull();
  });
});
