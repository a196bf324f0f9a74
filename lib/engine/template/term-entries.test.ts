import { describe, expect, it } from "vitest";
import { parseHtml, textContent, type Element } from "../dom";
import { findRecords } from "../records";
import { groupedSectionRecords } from "./grouped-sections";
import { repeatsTerms } from "./term-entries";

const TERMS: Record<string, [string, string][]> = {
  A: [
    ["Abstraction", "Hiding details behind a simpler interface."],
    ["Algorithm", "A finite sequence of steps that solves a problem."],
    ["API", "The contract one program offers to another."],
  ],
  B: [
    ["Bandwidth", "How much data a link carries per second."],
    ["Buffer", "Memory that holds data on its way between two places."],
  ],
  C: [
    ["Cache", "A fast store of recently used data."],
    ["Compiler", "A program that turns source code into machine code."],
    ["Cursor", "A pointer to a position in a result set."],
  ],
  D: [
    ["Daemon", "A program that runs in the background without a terminal."],
    ["Deadlock", "Two tasks each waiting for a lock the other holds."],
    ["Diff", "The lines that changed between two versions of a file."],
  ],
};

/** A glossary split by letter: a heading and a description list per letter, wrapped in a section or not. */
function glossary(wrap: boolean, letters = ["A", "B", "C"]): string {
  const sections = letters.map((l) => {
    const dl = `<dl>${TERMS[l]!.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join("")}</dl>`;
    return wrap ? `<section><h2>${l}</h2>${dl}</section>` : `<h2>${l}</h2>${dl}`;
  });
  return `<!doctype html><html><head><title>Glossary</title></head><body><main><h1>Glossary of terms</h1>${sections.join("")}</main></body></html>`;
}

const entries = (records: Element[][]) => records.map((r) => r.map((el) => `${el.tagName}:${textContent(el).trim()}`));
const q = "every term with definition";

describe("a glossary split into letter sections", () => {
  it.each([false, true])("gives each term with its definition as a record, across every letter (sections wrapped: %s)", (wrap) => {
    const region = findRecords(parseHtml(glossary(wrap)), { q })!;
    const terms = groupedSectionRecords(region);
    expect(entries(terms!.records)).toEqual([...TERMS.A!, ...TERMS.B!, ...TERMS.C!].map(([t, d]) => [`dt:${t}`, `dd:${d}`]));
  });

  it("does so when every letter holds as many terms, which are no labels said again", () => {
    const doc = parseHtml(glossary(true, ["A", "C", "D"]));
    const terms = groupedSectionRecords(findRecords(doc, { q })!);
    expect(terms?.records.map((r) => r.map((el) => el.tagName))).toEqual(Array(9).fill(["dt", "dd"]));
  });
});

describe("repeatsTerms", () => {
  const dl = (pairs: [string, string][]) => parseHtml(`<dl>${pairs.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join("")}</dl>`);
  const pairsOf = (html: ReturnType<typeof dl>) => {
    const out: Element[][] = [];
    const walk = (el: Element) => {
      if (el.tagName === "dt") out.push([el]);
      else if (el.tagName === "dd") out[out.length - 1]!.push(el);
      for (const c of el.childNodes) if ("tagName" in c) walk(c);
    };
    for (const c of html.childNodes) if ("tagName" in c) walk(c);
    return out;
  };

  it("tells labels said in every section from terms said once", () => {
    expect(repeatsTerms(pairsOf(dl([["Venue", "Main hall"], ["Price", "Free"], ["Venue", "Atrium"], ["Price", "€5"]])))).toBe(true);
    expect(repeatsTerms(pairsOf(dl(TERMS.A!)))).toBe(false);
  });
});
