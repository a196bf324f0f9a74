/**
 * The tasks list when Linkup sends a task the studio cannot read (a field missing or of another
 * type, an unknown status): the others are listed, the bad one is skipped and counted. Against the
 * real HTTP double on loopback, whose queued 200 answer carries the list body written here.
 */
import { describe, expect, it } from "vitest";
import { input, withLinkupDouble } from "./testing";

const { control, client } = withLinkupDouble();

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const task = (id: string, minute: number, extra: Record<string, unknown> = {}) => ({
  id,
  type: "extract",
  status: "completed",
  createdAt: at(minute),
  updatedAt: at(minute),
  error: null,
  input,
  output: { creditsUsed: 1, resultUrl: "https://results.example/x.ndjson", rowsReturned: 3 },
  ...extra,
});

/** Linkup's next list answer, as written here. */
const listAnswer = (data: unknown[], total = data.length) =>
  control("/fail-next", {
    method: "GET",
    path: "^/v1/extract$",
    status: 200,
    contentType: "application/json",
    raw: JSON.stringify({ metadata: { page: 1, pageSize: 100, total, totalPages: Math.ceil(total / 100) }, data }),
  });

describe("LinkupClient.list with tasks it cannot read", () => {
  it("lists the readable tasks and counts, in place, the ones with a missing field, a wrong type or an unknown status", async () => {
    const { input: _missing, ...noInput } = task("no-input", 4);
    await listAnswer([
      task("good-1", 5),
      noInput,
      task("unknown-status", 3, { status: "cancelled" }),
      task("numeric-date", 2, { createdAt: 1_767_225_600_000 }),
      "not a task",
      task("good-2", 1),
    ]);
    const page = await client().list({ page: 1, pageSize: 100, sortBy: "createdAt", sortDirection: "desc" });
    expect(page.data.map((t) => t.id)).toEqual(["good-1", "good-2"]);
    expect(page.unreadable).toBe(4);
    expect(page.unreadableAt).toEqual([1, 2, 3, 4]);
    expect(page.metadata.total).toBe(6);
  });

  it("still refuses an answer that is no list at all", async () => {
    await control("/fail-next", { method: "GET", path: "^/v1/extract$", status: 200, contentType: "application/json", raw: JSON.stringify({ data: "nope" }) });
    await expect(client().list({ page: 1, pageSize: 100, sortBy: "createdAt", sortDirection: "desc" })).rejects.toMatchObject({ code: "bad_upstream_response" });
  });

  it("says nothing is unreadable when every task reads", async () => {
    await listAnswer([task("good-1", 2), task("good-2", 1)]);
    const page = await client().list({ page: 1, pageSize: 100, sortBy: "createdAt", sortDirection: "desc" });
    expect(page.data).toHaveLength(2);
    expect(page).not.toHaveProperty("unreadable");
  });
});
