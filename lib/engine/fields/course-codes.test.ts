import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { coursePart, splitCourseHeading } from "./course-codes";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("splitCourseHeading", () => {
  it("reads the code, the title and the credits of a course's heading, however it is punctuated", () => {
    expect(splitCourseHeading("COMP 101. Intro to Computing. 4 Credits.")).toEqual({ code: "COMP 101", title: "Intro to Computing", credits: 4 });
    expect(splitCourseHeading("COMP 101 – Intro to Computing (3 cr.)")).toEqual({ code: "COMP 101", title: "Intro to Computing", credits: 3 });
    expect(splitCourseHeading("MATH-2010: Calculus I, 4 units")).toEqual({ code: "MATH-2010", title: "Calculus I", credits: 4 });
    expect(splitCourseHeading("CS 61A: Structure and Interpretation")).toEqual({ code: "CS 61A", title: "Structure and Interpretation", credits: null });
    expect(splitCourseHeading("BIOL 2100H Genetics 3 credits")).toEqual({ code: "BIOL 2100H", title: "Genetics", credits: 3 });
  });

  it("reads nothing from a name that only starts with capitals and digits, or has no code", () => {
    for (const text of ["RTX 4090 Graphics Card", "Intro to Computing", "USB 3.0 Cable", "COMP 101", "COMP 101. 4 Credits."]) expect(splitCourseHeading(text)).toBeNull();
  });
});

describe("coursePart", () => {
  it("knows a course's code and credits fields, not a zip code or a currency code", () => {
    expect(coursePart(["code"])).toBe("code");
    expect(coursePart(["course", "code"])).toBe("code");
    expect(coursePart(["course", "number"])).toBe("code");
    expect(coursePart(["credits"])).toBe("credits");
    expect(coursePart(["credit", "hours"])).toBe("credits");
    expect(coursePart(["zip", "code"])).toBeNull();
    expect(coursePart(["currency", "code"])).toBeNull();
    expect(coursePart(["title"])).toBeNull();
  });
});

describe("extractRows: a course's code and credits written in its title", () => {
  const catalogue = (headings: string[]) =>
    parseHtml(
      `<main>${headings.map((h) => `<div class="course"><h3>${h}</h3><p>A course about ${h.length} things, with enough words to read as a description.</p></div>`).join("")}</main>`,
    );
  const read = (headings: string[], properties: Record<string, unknown>) =>
    extractRows(region(catalogue(headings), byClass("course")), { pageUrl: "https://uni.example/courses", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every course" }).map((r) => r.row);
  const fields = { code: { type: "string" }, title: { type: "string" }, credits: { type: "number" } };

  it("gives the code, the title and the credits each its field", () => {
    const rows = read(["COMP 101. Intro to Computing. 4 Credits.", "COMP 102 – Data Structures (3 cr.)", "MATH-2010: Calculus I, 4 units"], fields);
    expect(rows).toEqual([
      { code: "COMP 101", title: "Intro to Computing", credits: 4 },
      { code: "COMP 102", title: "Data Structures", credits: 3 },
      { code: "MATH-2010", title: "Calculus I", credits: 4 },
    ]);
  });

  it("keeps the whole heading in a title field when no code field is asked", () => {
    const rows = read(["COMP 101. Intro to Computing. 4 Credits.", "COMP 102. Data Structures. 3 Credits."], { title: { type: "string" } });
    expect(rows.map((r) => r.title)).toEqual(["COMP 101. Intro to Computing. 4 Credits.", "COMP 102. Data Structures. 3 Credits."]);
  });
});
