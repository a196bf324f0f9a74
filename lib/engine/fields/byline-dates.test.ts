import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { planField } from "./plan";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** A forum's threads, each with its starter and the day it was started in one line after the byline. */
const THREADS = [
  ["How do I reset my password?", "Ana", "3 Mar 2024", "2024-03-03"],
  ["Dark mode is broken on mobile", "Bob Stone", "5 Mar 2024", "2024-03-05"],
  ["Feature request: export to CSV", "Chen Li", "11 Apr 2024", "2024-04-11"],
];
const forum = parseHtml(
  `<main><table>${THREADS.map(([title, by, on], i) => `<tr class="thread"><td><a href="/t/${i}">${title}</a><div class="meta">Started by ${by} · ${on}</div></td><td>${i * 4}</td></tr>`).join("")}</table></main>`,
);
const read = (fields: ReturnType<typeof fieldSpecsFromSchema>, q = "") => extractRows(region(forum, byClass("thread")), { pageUrl: "https://forum.example/f/help", fields, q }).map((r) => r.row);

describe("extractRows: a date written after the byline ('Started by Ana · 3 Mar 2024')", () => {
  it("gives the author the name and a format:date field the date, from the one line", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, author: { type: "string" }, started: { type: "string", format: "date" } } });
    expect(read(fields)).toEqual(THREADS.map(([title, author, , iso]) => ({ title, author, started: iso })));
  });

  it("gives a plain string date field the date as the page writes it, without the byline", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { author: { type: "string" }, created: { type: "string" } } });
    expect(read(fields)).toEqual(THREADS.map(([, author, shown]) => ({ author, created: shown })));
  });

  it("reads 'started' and 'created' in a query as dates, and 'created by' as who", () => {
    const q = "every thread with title, author and started";
    expect(read(fieldSpecsFromQuery(q)!, q).map((r) => r.started)).toEqual(THREADS.map(([, , , iso]) => iso));
    expect(fieldSpecsFromQuery("every thread with title, created by and created")?.map((f) => [f.name, f.format ?? ""])).toEqual([
      ["title", ""],
      ["createdBy", ""],
      ["created", "date"],
    ]);
    expect(planField({ name: "createdBy", type: "string", required: false }).kind).toBe("text");
    expect(planField({ name: "started", type: "string", required: false }).kind).toBe("date");
  });
});
