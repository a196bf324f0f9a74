/**
 * The tasks list merged from Linkup (the real HTTP double on loopback, through the real client) and
 * the embedded engine's store (real SQLite): every page size gives the same order, with no task
 * twice and none skipped, past the end of Linkup's first page of 100 too.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";
import { LinkupClient } from "@/lib/linkup/client";
import { openDatabase } from "@/lib/store/db";
import { TaskStore } from "@/lib/store/tasks";
import { mergedList } from "./merged-list";
import type { ListParams, Task } from "./types";

const KEY = "unit-test-key-merged-list";
const T0 = Date.parse("2026-03-01T00:00:00Z");
const input = { q: "every item with name and price", url: "https://shop.example/items", schema: null, verifyUrls: false };

let double: LinkupDouble;
let linkup: LinkupClient;

const control = async (route: string, body: unknown) => {
  const res = await fetch(`${double.origin}/__control${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
};
const listRequests = async () =>
  ((await (await fetch(`${double.origin}/__control/requests`)).json()) as { method: string; path: string; search: string }[]).filter((r) => r.method === "GET" && r.path === "/v1/extract");

/** A store whose tasks are created at the given instants. */
function storeAt(instants: number[]): TaskStore {
  let clock = 0;
  const store = new TaskStore(openDatabase(mkdtempSync(path.join(tmpdir(), "merged-list-"))), () => new Date(clock));
  for (const at of instants) {
    clock = at;
    store.create(input);
  }
  return store;
}

/** Every task of a source in the source's own order: the order ties keep within it. */
async function all(list: (p: ListParams) => Promise<{ data: Task[] }>, order: Pick<ListParams, "sortBy" | "sortDirection">): Promise<Task[]> {
  const out: Task[] = [];
  for (let page = 1; ; page++) {
    const { data } = await list({ page, pageSize: 100, ...order });
    out.push(...data);
    if (data.length < 100) return out;
  }
}

/** The order the spec asks for, written independently of the merge: by instant, Linkup first on a tie. */
async function expectedOrder(local: TaskStore, order: Pick<ListParams, "sortBy" | "sortDirection">) {
  const remote = (await all((p) => linkup.list(p), order)).map((t, i) => ({ key: `linkup:${t.id}`, at: Date.parse(t.createdAt), source: 0, i }));
  const locals = (await all(async (p) => local.list(p), order)).map((t, i) => ({ key: `embedded:${t.id}`, at: Date.parse(t.createdAt), source: 1, i }));
  const sign = order.sortDirection === "asc" ? 1 : -1;
  return [...remote, ...locals].sort((a, b) => sign * (a.at - b.at) || a.source - b.source || a.i - b.i).map((t) => t.key);
}

async function pagesOf(local: TaskStore, pageSize: number, order: Pick<ListParams, "sortBy" | "sortDirection">) {
  const keys: string[] = [];
  const first = await mergedList(linkup, local, "embedded", { page: 1, pageSize, ...order });
  for (let page = 1; page <= first.metadata.totalPages; page++) {
    const answer = page === 1 ? first : await mergedList(linkup, local, "embedded", { page, pageSize, ...order });
    expect(answer.metadata).toEqual({ ...first.metadata, page });
    expect(answer.data.length).toBe(Math.min(pageSize, first.metadata.total - (page - 1) * pageSize));
    keys.push(...answer.data.map((t) => `${t.provider}:${t.id}`));
  }
  return { keys, metadata: first.metadata };
}

beforeAll(async () => {
  double = await startLinkupDouble({ port: 0, apiKey: KEY });
  linkup = new LinkupClient({ baseUrl: double.baseUrl, apiKey: KEY, timeoutMs: 2_000, maxAttempts: 1, pollCoalesceMs: 0 });
  // 130 Linkup tasks, 10 s apart: more than one of Linkup's pages of 100.
  for (let i = 0; i < 130; i++) await control("/tasks", { input, createdAt: new Date(T0 + i * 10_000).toISOString() });
});
afterAll(async () => {
  await double.close();
});

describe("mergedList", () => {
  // Previews among the Linkup tasks, before the first, after the last, and two at the very instant of a Linkup task.
  const local = () => storeAt([T0 - 5_000, T0 + 20_000, T0 + 20_000, T0 + 333_000, ...Array.from({ length: 20 }, (_, j) => T0 + 1_005_000 + j * 7_000), T0 + 2_000_000]);

  it.each([
    [1, "desc"],
    [7, "asc"],
    [7, "desc"],
    [20, "desc"],
    [100, "asc"],
  ] as const)("pages of %i (%s) hold every task once, in order", async (pageSize, sortDirection) => {
    const store = local();
    const order = { sortBy: "createdAt", sortDirection } as const;
    const { keys, metadata } = await pagesOf(store, pageSize, order);
    expect(metadata).toEqual({ page: 1, pageSize, total: 155, totalPages: Math.ceil(155 / pageSize) });
    expect(keys).toEqual(await expectedOrder(store, order));
  });

  it("answers a page past the end with no tasks and the right totals", async () => {
    const page = await mergedList(linkup, local(), "embedded", { page: 9, pageSize: 20, sortBy: "createdAt", sortDirection: "desc" });
    expect(page).toEqual({ metadata: { page: 9, pageSize: 20, total: 155, totalPages: 8 }, data: [] });
  });

  it("asks Linkup only for the part of its list the page can hold", async () => {
    const store = storeAt([T0 + 5_000, T0 + 15_000]);
    await control("/reset", {});
    for (let i = 0; i < 130; i++) await control("/tasks", { input, createdAt: new Date(T0 + i * 10_000).toISOString() });
    const before = (await listRequests()).length;
    // Merged positions 120-129 are Linkup's 118th-127th oldest, all on its second page of 100.
    const page = await mergedList(linkup, store, "embedded", { page: 13, pageSize: 10, sortBy: "createdAt", sortDirection: "asc" });
    expect(page.data.map((t) => t.provider)).toEqual(Array(10).fill("linkup"));
    expect(page.data[0]?.createdAt).toBe(new Date(T0 + 118 * 10_000).toISOString());
    const asked = (await listRequests()).slice(before).map((r) => new URLSearchParams(r.search).get("page"));
    expect(asked).toEqual(["2"]);
  });

  it("lists the previews, saying why Linkup's tasks are missing, when Linkup refuses the list", async () => {
    const store = storeAt([T0 + 1_000, T0 + 2_000, T0 + 3_000]);
    await control("/fail-next", { method: "GET", path: "^/v1/extract$", status: 401, code: "UNAUTHORIZED", times: 3 });
    try {
      const page = await mergedList(linkup, store, "embedded", { page: 1, pageSize: 2, sortBy: "createdAt", sortDirection: "desc" });
      expect(page.metadata).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
      expect(page.data.map((t) => [t.provider, t.createdAt])).toEqual([
        ["embedded", new Date(T0 + 3_000).toISOString()],
        ["embedded", new Date(T0 + 2_000).toISOString()],
      ]);
      expect(page.unavailable).toEqual({ code: "linkup_unauthorized", message: expect.stringContaining("Linkup rejected the studio's API key") as unknown });
      const second = await mergedList(linkup, store, "embedded", { page: 2, pageSize: 2, sortBy: "createdAt", sortDirection: "desc" });
      expect(second.data.map((t) => t.createdAt)).toEqual([new Date(T0 + 1_000).toISOString()]);
      // With no preview to show, Linkup's error is the answer, as before.
      await expect(mergedList(linkup, storeAt([]), "embedded", { page: 1, pageSize: 2, sortBy: "createdAt", sortDirection: "desc" })).rejects.toMatchObject({ code: "linkup_unauthorized" });
    } finally {
      // Later tests need Linkup answering again, whatever happened above.
      await control("/clear-faults", {});
    }
  });

  it("keeps the places of Linkup's tasks it cannot read, counting them on their page, and lists the rest", async () => {
    const at = (s: number) => new Date(T0 + s * 1_000).toISOString();
    const linkupTask = (id: string, s: number, extra: Record<string, unknown> = {}) => ({
      id, type: "extract", status: "completed", createdAt: at(s), updatedAt: at(s), error: null, input, output: { creditsUsed: 1, resultUrl: "https://r.example/x", rowsReturned: 1 }, ...extra,
    });
    const { input: _dropped, ...noInput } = linkupTask("bad-a", 40);
    const data = [linkupTask("r50", 50), noInput, linkupTask("r30", 30), linkupTask("bad-b", 20, { status: "archived" }), linkupTask("r10", 10), linkupTask("r0", 0)];
    const raw = JSON.stringify({ metadata: { page: 1, pageSize: 100, total: 6, totalPages: 1 }, data });
    const store = storeAt([T0 + 35_000, T0 + 5_000]);
    await control("/fail-next", { method: "GET", path: "^/v1/extract$", status: 200, contentType: "application/json", raw, times: 3 });
    try {
      const name = (t: Task) => (t.provider === "linkup" ? t.id : `preview@${(Date.parse(t.createdAt) - T0) / 1_000}`);
      const pages = [];
      for (let page = 1; page <= 3; page++) {
        const answer = await mergedList(linkup, store, "embedded", { page, pageSize: 3, sortBy: "createdAt", sortDirection: "desc" });
        expect(answer.metadata).toEqual({ page, pageSize: 3, total: 8, totalPages: 3 });
        pages.push({ names: answer.data.map(name), unreadable: answer.unreadable });
      }
      // In order: r50, preview@35, bad-a, r30, bad-b, r10, preview@5, r0.
      expect(pages).toEqual([
        { names: ["r50", "preview@35"], unreadable: 1 },
        { names: ["r30", "r10"], unreadable: 1 },
        { names: ["preview@5", "r0"], unreadable: undefined },
      ]);
    } finally {
      await control("/clear-faults", {});
    }
  });

  it("passes Linkup's page through, marked, when the store holds no preview", async () => {
    const page = await mergedList(linkup, storeAt([]), "embedded", { page: 2, pageSize: 20, sortBy: "createdAt", sortDirection: "desc" });
    expect(page.metadata).toEqual({ page: 2, pageSize: 20, total: 130, totalPages: 7 });
    expect(page.data).toHaveLength(20);
    expect(page.data.every((t) => t.provider === "linkup")).toBe(true);
  });
});
