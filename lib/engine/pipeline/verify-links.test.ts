import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type TestServer } from "../net/testing";
import { verifyRowLinks } from "./verify-links";

let server: TestServer;
beforeAll(async () => {
  server = await serve((req, res) => {
    if (req.url?.startsWith("/hang")) return; // a host slower than any budget
    res.writeHead(req.url?.startsWith("/dead") ? 404 : 200, { "content-length": "0" }).end();
  });
});
afterAll(() => server.close());

const links = (row: Record<string, unknown>) => Object.values(row).filter((v): v is string => typeof v === "string");

describe("verifyRowLinks", () => {
  it("drops rows with a dead link and keeps every row when all links answer", async () => {
    const kept = [{ row: { a: server.url("/ok/1") } }, { row: { a: server.url("/dead/1") } }];
    const { alive, notes } = await verifyRowLinks(kept, links, { allowPrivate: true });
    expect(alive).toEqual([kept[0]]);
    expect(notes).toEqual([`1 dead link: ${server.url("/dead/1")} (HTTP 404).`]);
  });

  it("past its budget stops checking, keeps the rows it could not check unverified, and counts them", async () => {
    const kept = [
      { row: { a: server.url("/ok/2") } },
      { row: { a: server.url("/dead/2") } },
      ...Array.from({ length: 30 }, (_, i) => ({ row: { a: server.url("/ok/2"), b: server.url(`/hang/${i}`) } })),
    ];
    const started = performance.now();
    // Without the budget: fifteen rounds of two 5-second timeouts. The bound is under one timeout,
    // with room for a busy machine; the budget leaves a loaded one time to check the first two links.
    const { alive, notes } = await verifyRowLinks(kept, links, { allowPrivate: true, budgetMs: 1_500, concurrency: 2, timeoutMs: 5_000 });
    expect(performance.now() - started).toBeLessThan(4_500);
    expect(alive).toEqual([kept[0], ...kept.slice(2)]);
    expect(notes).toEqual([
      `1 dead link: ${server.url("/dead/2")} (HTTP 404).`,
      "Checking links stopped after 1.5 s, the studio's limit: 2 of 32 links checked; 30 rows are kept unverified, with links not checked.",
    ]);
  });
});
