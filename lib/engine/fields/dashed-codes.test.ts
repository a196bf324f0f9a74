import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const TENDERS = [
  ["Cleaning of council buildings", "90910000", "Cleaning services"],
  ["Highway maintenance framework", "45233141", "Road-maintenance works"],
  ["School meals catering", "55524000", "School catering services"],
];
const html = TENDERS.map(
  ([title, code, words], i) =>
    `<li class="tender"><h2><a href="/notice/${i}">${title}</a></h2><div class="entry"><strong>Buyer:</strong> Musterstadt Council</div><div class="entry"><strong>CPV:</strong> ${code} – ${words}</div></li>`,
).join("");
function rowsOf(q: string) {
  return extractRows(region(parseHtml(`<main><ul>${html}</ul></main>`), byClass("tender")), { pageUrl: "https://tenders.example/search", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
}

describe("a code and its words in one cell", () => {
  it("gives the code field the code, and the field asked for its words the words", () => {
    expect(rowsOf("every tender with title, buyer, CPV code and CPV description").map((r) => [r.cpvCode, r.cpvDescription])).toEqual(TENDERS.map(([, code, words]) => [code, words]));
  });

  it("gives the code field the code when the words are not asked for", () => {
    expect(rowsOf("every tender with title, buyer and CPV code").map((r) => r.cpvCode)).toEqual(TENDERS.map(([, code]) => code));
  });
});
