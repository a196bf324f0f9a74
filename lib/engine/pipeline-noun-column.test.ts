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

describe("runPipeline: the record's own name, not found", () => {
  const BOARD = `<!doctype html><html><body><main><h1>Departures</h1><div class="board">${[
    ["S1", "Airport", "Platform 3"],
    ["S7", "Harbour", "Platform 1"],
    ["RE5", "Northfield", "Platform 7"],
  ]
    .map(([l, d, p]) => `<div class="dep"><span class="line">${l}</span><span class="dest">${d}</span><span class="platform">${p}</span></div>`)
    .join("")}</div></main></body></html>`;

  it("is no field the notes say nothing matched: the analyst never asked for it", async () => {
    const notes: string[] = [];
    const rows: Record<string, unknown>[] = [];
    const progress = await runPipeline({ url: "https://station.example/departures", q: "every departure with line, destination and platform", schema: null, verifyUrls: false }, (r) => void rows.push(r.row), {
      maxPages: 1,
      pageTimeoutMs: 5_000,
      allowPrivate: false,
      respectRobots: false,
      seedHtml: BOARD,
    });
    notes.push(...progress.notes);
    expect(rows[0]).toEqual({ line: "S1", destination: "Airport", platform: "Platform 3" });
    expect(notes.join(" ")).not.toMatch(/"name"/);
  });
});
