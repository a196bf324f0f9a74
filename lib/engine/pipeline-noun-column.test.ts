/**
 * A query without a schema that names its records and other fields only ("every engineer with
 * role") gets each record's own name too (fields/noun-column.ts); a schema's fields are as written.
 */
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";

const card = (name: string, role: string) => `<div class="card"><h3>${name}</h3><p class="role">${role}</p><p>Works on the engine, most days of the week.</p></div>`;
const TEAM = `<!doctype html><html><body><main><h1>Our engineers</h1><div class="grid">${[
  ["Ada Lovelace", "Chief Engineer"],
  ["Grace Hopper", "Compiler Lead"],
  ["Alan Turing", "Research Engineer"],
  ["Edsger Dijkstra", "Staff Engineer"],
]
  .map(([n, r]) => card(n!, r!))
  .join("")}</div></main></body></html>`;

async function rowsOf(q: string, schema: Record<string, unknown> | null = null) {
  const rows: Record<string, unknown>[] = [];
  await runPipeline({ url: "https://team.example/engineers", q, schema, verifyUrls: false }, (r) => void rows.push(r.row), {
    maxPages: 1,
    pageTimeoutMs: 5_000,
    allowPrivate: false,
    respectRobots: false,
    seedHtml: TEAM,
  });
  return rows;
}

describe("runPipeline: the record's own name", () => {
  it("is a column of a no-schema extraction whose query asks for other fields only", async () => {
    expect(await rowsOf("every engineer with role")).toEqual([
      { name: "Ada Lovelace", role: "Chief Engineer" },
      { name: "Grace Hopper", role: "Compiler Lead" },
      { name: "Alan Turing", role: "Research Engineer" },
      { name: "Edsger Dijkstra", role: "Staff Engineer" },
    ]);
  });

  it("is no column a schema leaves out", async () => {
    const rows = await rowsOf("every engineer with role", { type: "object", properties: { role: { type: "string" } } });
    expect(rows.map((r) => Object.keys(r))).toEqual(Array(4).fill(["role"]));
  });
});
