import { describe, expect, it } from "vitest";
import { exportStream } from "./export";
import { exportFormats, exportQuerySchema } from "./options";
import { bytesOf, chunked, HARD_NDJSON, readZip, textOf } from "./test-support";

const base = { flatten: false, bom: true, formulaGuard: true };

describe("exportQuerySchema", () => {
  it("defaults to CSV with a BOM, the formula guard on and no flattening", () => {
    expect(exportQuerySchema.parse({ columns: [] })).toEqual({ format: "csv", columns: [], flatten: false, bom: true, formulaGuard: true });
    expect(exportQuerySchema.parse({ format: "xlsx", columns: ["a"], flatten: "1", bom: "0" })).toMatchObject({ format: "xlsx", flatten: true, bom: false });
  });

  it("rejects unknown formats and bad flags", () => {
    expect(exportQuerySchema.safeParse({ format: "xls", columns: [] }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ columns: [], flatten: "yes" }).success).toBe(false);
  });

  it("knows each format's content type and extension", () => {
    expect(exportFormats.csv.contentType).toBe("text/csv; charset=utf-8");
    expect(exportFormats.xlsx.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(exportFormats.json.contentType).toBe("application/json");
    expect(exportFormats.ndjson).toMatchObject({ contentType: "application/x-ndjson", extension: "ndjson", tabular: false });
  });
});

describe("exportStream", () => {
  it("dispatches to each format", async () => {
    expect(await textOf(exportStream("csv", chunked(HARD_NDJSON), { ...base, columns: ["name"], bom: false }))).toMatch(/^name\r\n"Zürich/);
    expect(JSON.parse(await textOf(exportStream("json", chunked(HARD_NDJSON), { ...base, columns: [] })))).toHaveLength(3);
    expect(await textOf(exportStream("ndjson", chunked(HARD_NDJSON), { ...base, columns: [] }))).toBe(HARD_NDJSON);
    expect(readZip(await bytesOf(exportStream("xlsx", chunked(HARD_NDJSON), { ...base, columns: ["name"] }))).has("xl/worksheets/sheet1.xml")).toBe(true);
  });
});
