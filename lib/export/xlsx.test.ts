import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ExportStats } from "./rows";
import { bytesOf, chunked, HARD_COLUMNS, HARD_NDJSON, parseSheet, readZip } from "./test-support";
import { columnLetters, ndjsonToXlsx, xmlText } from "./xlsx";

const modified = new Date("2026-05-06T07:08:10Z");
const PARTS = ["_rels/.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];

const str = (ref: string, value: string) => ({ ref, type: "inlineStr", value });
const head = (ref: string, value: string) => ({ ref, type: "inlineStr", style: "1", value });

describe("ndjsonToXlsx", () => {
  it("writes a valid workbook with typed cells, a bold header and escaped text", async () => {
    let stats: ExportStats | undefined;
    const zip = await bytesOf(ndjsonToXlsx(chunked(HARD_NDJSON), HARD_COLUMNS, { modified }, (s) => (stats = s)));
    const parts = readZip(zip);
    expect([...parts.keys()]).toEqual(PARTS);
    expect(stats).toEqual({ rows: 3, malformed: 2 });

    const rows = parseSheet(parts.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(HARD_COLUMNS.map((c, i) => head(`${columnLetters(i)}1`, c)));
    expect(rows[1]).toEqual([
      str("A2", 'Zürich "Café", 東京 🚀'),
      { ref: "B2", type: "n", value: "0" },
      { ref: "C2", type: "b", value: "0" },
      // D2 (null) has no cell; formula-looking text is an inline string, never a formula
      str("E2", "=SUM(A1:A9)"),
      str("F2", "+1"),
      str("G2", "-2"),
      str("H2", "@cmd"),
      str("I2", "line1\nline2\r\nline3"),
      str("J2", '{"a":{"b":1},"c":[1,{"d":2}]}'),
      str("K2", '[1,"two",null]'),
      str("L2", "dotted"),
      str("M2", "{}"),
      str("N2", "bellx <tag> & more"), // U+0007 is illegal in XML 1.0: stripped
      str("O2", "  padded "),
    ]);
    expect(rows[2]).toEqual([str("A3", "second"), { ref: "B3", type: "n", value: "-3.5e-7" }, { ref: "C3", type: "b", value: "1" }, str("J3", '{"a":{"b":"x"}}'), str("P3", "mine")]);
    expect(rows[3]).toEqual([str("A4", "third")]);

    const sheet = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(sheet).toContain('<t xml:space="preserve">  padded </t>');
    expect(sheet).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(parts.get("xl/styles.xml")!.toString()).toContain('<font><b/>');
    expect(parts.get("xl/workbook.xml")!.toString()).toContain('<sheet name="Rows" sheetId="1" r:id="rId1"/>');
    expect(parts.get("[Content_Types].xml")!.toString()).toContain('PartName="/xl/worksheets/sheet1.xml"');

    if (existsSync("/usr/bin/unzip")) {
      const dir = mkdtempSync(path.join(tmpdir(), "xlsx-test-"));
      try {
        const file = path.join(dir, "t.xlsx");
        writeFileSync(file, zip);
        expect(execFileSync("unzip", ["-t", file]).toString()).toMatch(/No errors detected/);
        expect(execFileSync("unzip", ["-p", file, "xl/worksheets/sheet1.xml"]).toString()).toBe(sheet);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it("is byte-identical for any input chunking", async () => {
    const whole = await bytesOf(ndjsonToXlsx(chunked(HARD_NDJSON), HARD_COLUMNS, { modified }));
    for (const size of [1, 3, 17]) expect(await bytesOf(ndjsonToXlsx(chunked(HARD_NDJSON, size), HARD_COLUMNS, { modified }))).toEqual(whole);
  });

  it("flattens nested objects into dotted columns", async () => {
    const parts = readZip(await bytesOf(ndjsonToXlsx(chunked(HARD_NDJSON), ["name", "nested.a.b", "nested.c", "a.b"], { flatten: true, modified })));
    const rows = parseSheet(parts.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
    expect(rows[1]).toEqual([str("A2", 'Zürich "Café", 東京 🚀'), { ref: "B2", type: "n", value: "1" }, str("C2", '[1,{"d":2}]'), str("D2", "dotted")]);
    expect(rows[2]).toEqual([str("A3", "second"), str("B3", "x")]);
  });

  it("writes a header-only sheet for an empty result", async () => {
    const parts = readZip(await bytesOf(ndjsonToXlsx(chunked("garbage\n"), ["a", "b"], { modified })));
    expect([...parts.keys()]).toEqual(PARTS);
    expect(parseSheet(parts.get("xl/worksheets/sheet1.xml")!.toString())).toEqual([[head("A1", "a"), head("B1", "b")]]);
  });

  it("goes on in a next sheet past the rows a sheet can hold", async () => {
    const ndjson = Array.from({ length: 5 }, (_, i) => JSON.stringify({ i })).join("\n");
    const parts = readZip(await bytesOf(ndjsonToXlsx(chunked(ndjson, 4), ["i"], { modified, rowsPerSheet: 2 })));
    const values = (n: number) => parseSheet(parts.get(`xl/worksheets/sheet${n}.xml`)!.toString()).map((r) => r.map((c) => c.value).join());
    expect(values(1)).toEqual(["i", "0", "1"]);
    expect(values(2)).toEqual(["i", "2", "3"]);
    expect(values(3)).toEqual(["i", "4"]);
    expect(parts.has("xl/worksheets/sheet4.xml")).toBe(false);
    expect(parts.get("xl/workbook.xml")!.toString()).toContain('<sheet name="Rows (3)" sheetId="3" r:id="rId3"/>');
    expect(parts.get("xl/_rels/workbook.xml.rels")!.toString()).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"');

    // Exactly full: no empty extra sheet.
    const exact = readZip(await bytesOf(ndjsonToXlsx(chunked(ndjson), ["i"], { modified, rowsPerSheet: 5 })));
    expect(exact.has("xl/worksheets/sheet2.xml")).toBe(false);
  });
});

describe("xml helpers", () => {
  it("escapes markup, keeps CR, strips characters XML 1.0 forbids (lone surrogates included)", () => {
    expect(xmlText('a&b<c>"d"')).toBe("a&amp;b&lt;c&gt;&quot;d&quot;");
    expect(xmlText("x\ry")).toBe("x&#13;y");
    expect(xmlText("\u0000a\u001fb\uFFFEc\uD800d🚀\tok\n")).toBe("abcd🚀\tok\n");
    expect(xmlText("plain café")).toBe("plain café");
  });

  it("names columns like Excel", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
});
