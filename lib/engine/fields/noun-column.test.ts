import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { withRecordColumn } from "./noun-column";
import { fieldSpecsFromQuery } from "./query";
import { byClass, byTag, region, select } from "./testing";

const names = (q: string) => withRecordColumn(fieldSpecsFromQuery(q)!, q).map((f) => f.name);
function rowsOf(html: string, test: Parameters<typeof region>[1], q: string) {
  const fields = withRecordColumn(fieldSpecsFromQuery(q)!, q);
  return extractRows(region(parseHtml(`<main>${html}</main>`), test), { pageUrl: "https://site.example/list", fields, q }).map((r) => r.row);
}

describe("withRecordColumn", () => {
  it("adds the record's own name under the word for what the records are", () => {
    expect(names("every engineer with role")).toEqual(["name", "role"]);
    expect(names("every term with definition")).toEqual(["term", "definition"]);
    expect(names("every book with price and author")).toEqual(["title", "price", "author"]);
    expect(names("all restaurants with cuisine")).toEqual(["name", "cuisine"]);
  });

  it("adds nothing when a field is already the record's name or title, or the query names no records", () => {
    expect(names("every engineer with name and role")).toEqual(["name", "role"]);
    expect(names("every book with title and price")).toEqual(["title", "price"]);
    expect(names("every plan with plan name and price")).toEqual(["planName", "price"]);
    expect(names("name, role and profile page")).toEqual(["name", "role", "profilePage"]);
  });

  it("adds nothing when a field is named for the records themselves, as a standings table's team column is", () => {
    expect(names("every team with position, team, played and points")).toEqual(["position", "team", "played", "points"]);
    expect(names("all clubs with club and points")).toEqual(["club", "points"]);
  });
});

describe("the record's own name, not asked for", () => {
  const card = (name: string, role: string) => `<div class="card"><h3>${name}</h3><p class="role">${role}</p><p>Works on the engine, most days.</p></div>`;

  it("is each engineer's heading beside the role asked for", () => {
    const rows = rowsOf(card("Ada Lovelace", "Chief Engineer") + card("Grace Hopper", "Compiler Lead") + card("Alan Turing", "Research Engineer"), byClass("card"), "every engineer with role");
    expect(rows).toEqual([
      { name: "Ada Lovelace", role: "Chief Engineer" },
      { name: "Grace Hopper", role: "Compiler Lead" },
      { name: "Alan Turing", role: "Research Engineer" },
    ]);
  });

  it("is each term of a glossary beside its definition", () => {
    const doc = parseHtml(`<dl><dt>Cache</dt><dd>A fast store of recently used data.</dd><dt>Cursor</dt><dd>A pointer to a position in a result set.</dd></dl>`);
    const dts = region(doc, byTag("dt"));
    const dds = select(doc, byTag("dd"));
    const records = dts.records.map(([dt], i) => [dt!, dds[i]!]);
    const q = "every term with definition";
    const rows = extractRows({ ...dts, records }, { pageUrl: "https://site.example/glossary", fields: withRecordColumn(fieldSpecsFromQuery(q)!, q), q }).map((r) => r.row);
    expect(rows).toEqual([
      { term: "Cache", definition: "A fast store of recently used data." },
      { term: "Cursor", definition: "A pointer to a position in a result set." },
    ]);
  });

  it("is left out of records that show no heading, main link or name", () => {
    const item = (role: string, team: string) => `<li class="person"><span class="role">${role}</span> <span class="team">${team}</span></li>`;
    const rows = rowsOf(`<ul>${item("Chief Engineer", "Core")}${item("Compiler Lead", "Tools")}${item("Research Engineer", "Labs")}</ul>`, byClass("person"), "every engineer with role");
    expect(rows).toEqual([{ role: "Chief Engineer" }, { role: "Compiler Lead" }, { role: "Research Engineer" }]);
  });
});

describe("the record's own name beside a field asked for inside it", () => {
  it("leaves the date in the heading to the date field", () => {
    const days = [
      ["Mon", "30 Nov 2026", "Light rain"],
      ["Tue", "1 Dec 2026", "Cloudy"],
      ["Wed", "2 Dec 2026", "Snow showers"],
    ];
    const html = days.map(([dow, date, sky]) => `<div class="day"><h2 class="day-name"><span class="dow">${dow}</span> <span class="date">${date}</span></h2><p class="condition">${sky}</p></div>`).join("");
    const rows = rowsOf(html, byClass("day"), "every day's forecast with date and condition");
    expect(rows.map((r) => [r.name, r.date, r.condition])).toEqual([
      ["Mon 30 Nov 2026", "2026-11-30", "Light rain"],
      ["Tue 1 Dec 2026", "2026-12-01", "Cloudy"],
      ["Wed 2 Dec 2026", "2026-12-02", "Snow showers"],
    ]);
  });
});
