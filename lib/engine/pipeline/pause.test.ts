import { createServer, get } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../pipeline";
import { pauser } from "./pause";
import { mapSteps, runStepsPaused } from "../steps";

const table = (n: number) =>
  `<!doctype html><html><body><table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>${Array.from(
    { length: n },
    (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`,
  ).join("")}</tbody></table></body></html>`;

describe("pauses between records", () => {
  it("yields to the event loop only once a slice has passed", async () => {
    let turns = 0;
    setImmediate(() => turns++);
    await pauser(60_000)();
    expect(turns).toBe(0); // within the slice: no turn given
    await pauser(0)();
    expect(turns).toBe(1);
  });

  it("says when a turn is due, and steps await it only then", async () => {
    expect(pauser(60_000).due?.()).toBe(false);
    expect(pauser(0).due?.()).toBe(true);
    let awaited = 0;
    const counted = (due: boolean) => Object.assign(async () => void awaited++, { due: () => due });
    expect(await runStepsPaused(mapSteps([1, 2, 3], (x) => x * 2), counted(false))).toEqual([2, 4, 6]);
    expect(awaited).toBe(0);
    expect(await runStepsPaused(mapSteps([1, 2, 3], (x) => x * 2), counted(true))).toEqual([2, 4, 6]);
    expect(awaited).toBe(3);
    // A pause that cannot tell is awaited after every step.
    awaited = 0;
    await runStepsPaused(mapSteps([1, 2, 3], (x) => x), async () => void awaited++);
    expect(awaited).toBe(3);
  });

  it("keeps a server in the same process answering while a long page is extracted", async () => {
    // The studio's API runs beside the engine: a request made as the extraction starts must be
    // answered before it ends, not after (the page is given, so nothing else would yield).
    const server = createServer((_req, res) => res.end("ok"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const events: string[] = [];
    try {
      const answered = new Promise<void>((resolve, reject) =>
        get(`http://127.0.0.1:${port}/`, (res) => {
          res.resume();
          res.on("end", () => {
            events.push("answered");
            resolve();
          });
        }).on("error", reject),
      );
      let rows = 0;
      const input = { q: "every item with name, value and note", url: "https://big.example/items", schema: null, verifyUrls: false };
      await runPipeline(input, () => void rows++, { maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true, seedHtml: table(4_000) });
      events.push("extracted");
      await answered;
      expect(rows).toBe(4_000);
      expect(events).toEqual(["answered", "extracted"]);
    } finally {
      server.close();
    }
  });
});
