import { parseSheet, readZip } from "../lib/export/test-support";
import { expectedCsvCell, parseCsv } from "./support/csv";
import { double } from "./support/double";
import { expect, test } from "./support/fixtures";

/**
 * A hard data set through the whole review path: non-ASCII, quotes, commas, line breaks inside
 * cells, formula-looking text, signed numbers as text, 0/false/null, nested values, rows that
 * break the schema and lines that are not rows at all.
 */
const schema = {
  type: "object",
  properties: {
    name: { type: "string" },
    city: { type: "string" },
    score: { type: "number" },
    active: { type: "boolean" },
    note: { type: ["string", "null"] },
    meta: { type: "object" },
  },
  required: ["name", "score"],
};

const good: Record<string, unknown>[] = [
  { name: "Zoë \"Z\" Ångström", city: "Zürich", score: 0, active: false, note: "line1\nline2", meta: { a: [1, 2], b: { c: "d" } } },
  { name: "=HYPERLINK(\"http://x\")", city: "São Paulo, BR", score: -1.5, active: true, note: null, meta: {} },
  { name: "李雷", city: "東京", score: 42, active: true, note: "+tip, @handle", meta: { emoji: "🦊" } },
];
const invalid: Record<string, unknown>[] = [
  { name: "No score", city: "Oslo", active: true, note: "+30" }, // required score missing
  { name: "Bad score", city: "Zürich", score: "high", active: "yes", note: "-2" }, // wrong types; a signed number as text is no formula
];
const rows = [good[0]!, invalid[0]!, good[1]!, invalid[1]!, good[2]!];
const rawLines = [JSON.stringify(rows[0]), "{broken json", JSON.stringify(rows[1]), JSON.stringify(rows[2]), '"just a string"', JSON.stringify(rows[3]), JSON.stringify(rows[4])];
const columns = ["name", "city", "score", "active", "note", "meta"];

test.beforeEach(async ({ compose, taskPage }) => {
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rawLines });
  await compose.goto();
  await compose.fill({ url: "https://example.com/people", q: "every person", schema });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await expect(taskPage.rowCount()).toHaveAttribute("data-status", "done");
});

test("invalid rows are flagged and counted, malformed lines reported, and the view can show only the invalid rows", async ({ page }) => {
  await expect(page.getByTestId("row-count")).toHaveText("5 / 7");
  await expect(page.getByTestId("malformed-count")).toHaveText("2 malformed lines skipped");
  await page.getByTestId("malformed-list").locator("summary").click();
  await expect(page.getByTestId("malformed-line")).toHaveText([/^line 2: .* — \{broken json$/, /^line 5: line is JSON but not an object — "just a string"$/]);
  // The exports skip the same lines: said beside their buttons, since a download cannot say it.
  await expect(page.getByTestId("export-malformed-note")).toHaveText(/^2 lines of the result are not rows \(malformed\): every export leaves them out/);
  // An API client is told too: in a header when the count is known before the file, else by /rows/summary.
  const api = `/api/extract/${new URL(page.url()).pathname.split("/").pop()}`;
  expect((await page.request.get(`${api}/export?format=csv`)).headers()["x-malformed-lines"]).toBe("2");
  expect((await page.request.get(`${api}/export?format=json`)).headers()["x-malformed-lines"]).toBeUndefined();
  const summary = await page.request.get(`${api}/rows/summary`);
  expect(await summary.json()).toEqual({ rows: 5, malformed: 2 });
  await expect(page.getByTestId("invalid-count")).toHaveText("(2)");
  await expect(page.locator(".ag-cell.cell-invalid")).toHaveCount(3); // score (missing), score and active (wrong types)
  await expect(page.locator('[data-testid="profile-row"][data-column="score"] [data-testid="profile-invalid"]')).toHaveText("2");
  await page.getByTestId("invalid-only").check();
  await expect(page.locator(".ag-row")).toHaveCount(2);
  await expect(page.getByRole("gridcell", { name: "No score" })).toBeVisible();
  await expect(page.getByRole("gridcell", { name: "Bad score" })).toBeVisible();
});

test("CSV, Excel, JSON and NDJSON exports hold exactly the served rows, cell by cell", async ({ taskPage }) => {
  const csv = await taskPage.exportBytes("export-csv");
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(parseCsv(text.slice(1))).toEqual([columns, ...rows.map((r) => columns.map((c) => expectedCsvCell(r[c])))]);

  const xlsx = await taskPage.exportBytes("export-xlsx");
  expect(xlsx.fileName).toMatch(/\.xlsx$/);
  const sheet = parseSheet(readZip(new Uint8Array(xlsx.bytes)).get("xl/worksheets/sheet1.xml")!.toString("utf8"));
  expect(sheet[0]!.map((c) => c.value)).toEqual(columns);
  rows.forEach((row, r) => {
    const cells = new Map(sheet[r + 1]!.map((c) => [c.ref.replace(/\d+$/, ""), c]));
    columns.forEach((column, i) => {
      const value = row[column];
      const cell = cells.get(String.fromCharCode(65 + i));
      if (value === null || value === undefined) return expect(cell, `${r}:${column}`).toBeUndefined();
      if (typeof value === "number") return expect(cell, `${r}:${column}`).toMatchObject({ type: "n", value: String(value) });
      if (typeof value === "boolean") return expect(cell, `${r}:${column}`).toMatchObject({ type: "b", value: value ? "1" : "0" });
      expect(cell, `${r}:${column}`).toMatchObject({ type: "inlineStr", value: typeof value === "object" ? JSON.stringify(value) : value });
    });
  });

  const json = await taskPage.exportBytes("export-json");
  expect(JSON.parse(json.bytes.toString("utf8"))).toEqual(rows);
  const ndjson = await taskPage.exportBytes("export-ndjson");
  expect(ndjson.bytes.toString("utf8").trim().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual(rows);
});

test("the export of a filtered, sorted view holds exactly the rows shown, in their order", async ({ taskPage, page }) => {
  await page.getByTestId("quick-search").fill("Zürich");
  await expect(page.locator(".ag-row")).toHaveCount(2);
  await page.locator('.ag-header-cell[col-id="name"]').click(); // sort by name, ascending
  await expect(page.getByTestId("export-view")).toBeEnabled();
  const view = await taskPage.exportBytes("export-view");
  expect(view.fileName).toMatch(/view\.csv$/);
  const shown = [rows[3]!, rows[0]!]; // "Bad score" < "Zoë…"
  expect(parseCsv(view.bytes.toString("utf8").replace(/^\uFEFF/, ""))).toEqual([columns, ...shown.map((r) => columns.map((c) => expectedCsvCell(r[c])))]);
});

test("the export of the rows shown honours “nested as columns”, as the other exports do", async ({ taskPage, page }) => {
  await page.getByTestId("quick-search").fill("Zürich");
  await expect(page.locator(".ag-row")).toHaveCount(2);
  await page.locator('.ag-header-cell[col-id="name"]').click(); // sort by name, ascending
  await page.getByTestId("export-flatten").check();
  await expect(page.getByTestId("export-view")).toBeEnabled();
  const view = await taskPage.exportBytes("export-view");
  const [header, ...cells] = parseCsv(view.bytes.toString("utf8").replace(/^\uFEFF/, ""));
  // The nested values are columns of their own (meta.b.c), not JSON in one "meta" cell.
  expect(header).toEqual(expect.arrayContaining(["name", "meta.a", "meta.b.c"]));
  const column = (name: string) => header!.indexOf(name);
  expect(cells.map((c) => c[column("name")])).toEqual([rows[3]!.name, rows[0]!.name]);
  expect(cells.map((c) => c[column("meta.b.c")])).toEqual(["", "d"]);
  expect(cells.map((c) => c[column("meta.a")])).toEqual(["", "[1,2]"]);
});

test("an export naming a column the result does not have is refused, naming the column", async ({ page }) => {
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  const url = (query: string) => `/api/extract/${encodeURIComponent(id)}/export?${query}`;
  const refused = await page.request.get(url("format=csv&column=name&column=nope"));
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({
    error: {
      code: "bad_request",
      message: "The result has no column “nope”. Name columns of the result, or leave out “column” to export them all.",
      details: [{ field: "column", message: "The result has no column “nope”." }],
    },
  });
  // Columns of the schema and, flattened, of the rows are the result's own.
  const named = await page.request.get(url("format=csv&column=score&column=name"));
  expect(named.status()).toBe(200);
  expect((await named.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("score,name");
  const nested = await page.request.get(url("format=csv&flatten=1&column=meta.b.c"));
  expect(nested.status()).toBe(200);
});
