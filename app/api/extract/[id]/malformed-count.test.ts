/**
 * How an API client learns the lines of a result that are not rows (malformed), which the grid and
 * every export skip: the export's X-Malformed-Lines header when the count is known before the body,
 * and GET /rows/summary for any export. Against the real HTTP double of Linkup on loopback.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";

const KEY = "unit-test-key-malformed-count";
let double: LinkupDouble;
type Route = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let exportRoute: Route;
let summaryRoute: Route;
const dataDir = mkdtempSync(path.join(tmpdir(), "malformed-count-"));
const saved = { ...process.env };
const rawLines = ['{"name":"Ada","n":1}', "{broken json", '{"name":"Bob","n":2}', '"just a string"', '["an","array"]', '{"name":"Cy"}'];
const schema = { type: "object", properties: { name: { type: "string" }, n: { type: "number" } } };

async function seed(lines: string[], taskSchema: unknown = schema) {
  const res = await fetch(`${double.origin}/__control/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ input: { q: "every person", url: "https://example.com/people", schema: taskSchema }, pendingMs: 0, processingMs: 0, rawLines: lines }),
  });
  return ((await res.json()) as { id: string }).id;
}

const call = (route: Route, id: string, search = "") =>
  route(new NextRequest(`http://127.0.0.1:3000/api/extract/${id}/x${search}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  double = await startLinkupDouble({ port: 0, apiKey: KEY });
  Object.assign(process.env, { LINKUP_API_KEY: KEY, LINKUP_BASE_URL: double.baseUrl, LINKUP_MAX_ATTEMPTS: "1", STUDIO_PASSWORD: "", DATA_DIR: dataDir });
  vi.resetModules(); // lib/env reads the variables above once
  exportRoute = (await import("./export/route")).GET;
  summaryRoute = (await import("./rows/summary/route")).GET;
}, 30_000); // importing the routes afresh (after resetModules) is slow on a busy machine

afterAll(async () => {
  const { embeddedEngine } = await import("@/lib/engine/provider");
  embeddedEngine().runner.stop();
  await double.close();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the count of malformed lines an export skips", () => {
  it("comes in X-Malformed-Lines with a CSV or Excel export, whose column pass read the whole result first", async () => {
    const id = await seed(rawLines);
    for (const format of ["csv", "xlsx"]) {
      const res = await call(exportRoute, id, `?format=${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get("x-malformed-lines"), format).toBe("3");
      await res.arrayBuffer();
    }
    const csv = await call(exportRoute, id);
    expect(await csv.text()).toBe("name,n\r\nAda,1\r\nBob,2\r\nCy,\r\n");
    const clean = await seed(['{"name":"Ada","n":1}']);
    const res = await call(exportRoute, clean);
    expect(res.headers.get("x-malformed-lines")).toBe("0");
    await res.arrayBuffer();
  });

  it("is no header when it would be known only at the end of the body: never a guess", async () => {
    const id = await seed(rawLines);
    for (const search of ["?format=json", "?format=ndjson", "?format=csv&column=name"]) {
      const res = await call(exportRoute, id, search);
      expect(res.status, search).toBe(200);
      expect(res.headers.has("x-malformed-lines"), search).toBe(false);
      await res.arrayBuffer();
    }
    // A schema that allows no other key needs no column pass: no count either.
    const closed = await seed(rawLines, { ...schema, additionalProperties: false });
    const res = await call(exportRoute, closed);
    expect(res.headers.has("x-malformed-lines")).toBe(false);
    expect(await res.text()).toBe("name,n\r\nAda,1\r\nBob,2\r\nCy,\r\n");
  });

  it("is served for any export by GET /rows/summary: rows and malformed lines, counted as the exports count them", async () => {
    const id = await seed(rawLines);
    const res = await call(summaryRoute, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ rows: 3, malformed: 3 });
    const json = (await (await call(exportRoute, id, "?format=json")).json()) as unknown[];
    expect(json).toHaveLength(3);
    // A result whose last line has no newline, and blank lines, which are no rows and not malformed.
    const ragged = await seed(['{"a":1}', "", '{"a":2}', "oops"]);
    expect(await (await call(summaryRoute, ragged)).json()).toEqual({ rows: 2, malformed: 1 });
  });

  it("answers an id no task can have with a 400 in the studio's error shape", async () => {
    const res = await call(summaryRoute, "not a task id!");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
  });
});
