import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { splitAcademicTitles } from "./academic-titles";
import { fieldSpecsFromSchema } from "./spec";

describe("splitAcademicTitles", () => {
  it("parts the titles before a name and the degrees after it from the name", () => {
    expect(["Prof. Dr.-Ing. Anna Müller", "Dr. rer. nat. Minh Nguyen", "Jonas Schmidt, M.Sc.", "Dipl.-Inf. Emre Yılmaz", "Sabine Koch", "Dr Pepper"].map(splitAcademicTitles)).toEqual([
      { titles: "Prof. Dr.-Ing.", name: "Anna Müller" },
      { titles: "Dr. rer. nat.", name: "Minh Nguyen" },
      { titles: "M.Sc.", name: "Jonas Schmidt" },
      { titles: "Dipl.-Inf.", name: "Emre Yılmaz" },
      null,
      null,
    ]);
  });
});

const STAFF = [
  ["Prof. Dr.-Ing. Anna Müller", "Lehrstuhlinhaberin"],
  ["Sabine Koch", "Sekretariat"],
  ["Dr. rer. nat. Minh Nguyen", "Akademischer Rat"],
  ["Jonas Schmidt, M.Sc.", "Doktorand"],
];
const page = () =>
  parseHtml(
    `<!doctype html><html lang="de"><body><h1>Team</h1><div class="people">${STAFF.map(
      ([name, job], i) => `<div class="person"><h3 class="fn"><a href="/team/p${i}">${name}</a></h3><p class="title">${job}</p><p class="room">Raum: 02.13${i}</p></div>`,
    ).join("")}</div></body></html>`,
  );

describe("a staff page's names written with academic titles", () => {
  const input = { q: "every staff member", url: "https://uni.example/team", schema: null, verifyUrls: false };

  it("gives the titles to the academic title field, the name without them, and the job title to the position", async () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, academicTitle: { type: "string" }, position: { type: "string" } } });
    const { rows } = await rowsFromPage(page(), input.url, input, fields, null);
    expect(rows.map((r) => [r.row.name, r.row.academicTitle, r.row.position])).toEqual([
      ["Anna Müller", "Prof. Dr.-Ing.", "Lehrstuhlinhaberin"],
      ["Sabine Koch", undefined, "Sekretariat"],
      ["Minh Nguyen", "Dr. rer. nat.", "Akademischer Rat"],
      ["Jonas Schmidt", "M.Sc.", "Doktorand"],
    ]);
  });

  it("keeps the name as written when no field asks for the titles", async () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, room: { type: "string" } } });
    const { rows } = await rowsFromPage(page(), input.url, input, fields, null);
    expect(rows.map((r) => r.row.name)).toEqual(STAFF.map(([name]) => name));
  });
});
