/**
 * A cancelled extraction (its signal aborted) ends at once, with no rows: mid-pagination, while a
 * slow page is on its way, and while a long page's records are being read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import type { TaskProgress } from "@/lib/extract/types";
import { runPipeline } from "../pipeline";

const PAGE_DELAY_MS = 1_500;
let site: Awaited<ReturnType<typeof startCatalogueSite>>;
beforeAll(async () => {
  // 20 pages of 10 products, each answered only after PAGE_DELAY_MS: a crawl that takes half a minute.
  site = await startCatalogueSite(0, { products: 200, perPage: 10, delayMs: PAGE_DELAY_MS });
});
afterAll(() => site.close());

const options = { maxPages: 20, pageTimeoutMs: 10_000, allowPrivate: true, respectRobots: true };

describe("runPipeline with its signal aborted", () => {
  it("stops mid-pagination at once and hands over no row, rather than keep the pages read so far", async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const onProgress = (p: TaskProgress) => {
      // Page 3 has been asked for (the fetch is waiting for the slow site): cancel now.
      if (p.stage === "fetching" && p.pagesFetched === 2 && !abortedAt) {
        abortedAt = performance.now();
        controller.abort(Object.assign(new Error("cancelled"), { name: "AbortError" }));
      }
    };
    const rows: unknown[] = [];
    const run = runPipeline({ q: "every product with name and price", url: `${site.origin}/catalogue`, schema: null, verifyUrls: false }, (r) => void rows.push(r), {
      ...options,
      signal: controller.signal,
      onProgress,
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(abortedAt).toBeGreaterThan(0);
    // Well before the page that was on its way would have come.
    expect(performance.now() - abortedAt).toBeLessThan(PAGE_DELAY_MS / 2);
    expect(rows).toEqual([]);
  }, 20_000);

  it("stops while a long page's records are being read, at its next pause", async () => {
    const rowsHtml = Array.from({ length: 5_000 }, (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`).join("");
    const html = `<!doctype html><html><body><table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>${rowsHtml}</tbody></table></body></html>`;
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(Object.assign(new Error("cancelled"), { name: "AbortError" })), 50);
    const rows: unknown[] = [];
    const run = runPipeline({ q: "every item with name, value and note", url: "https://big.example/items", schema: null, verifyUrls: false }, (r) => void rows.push(r), {
      ...options,
      maxPages: 1,
      seedHtml: html,
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(rows).toEqual([]);
    // Reading the whole page takes seconds; the cancel is heard within a slice or so of being made.
    expect(performance.now() - started).toBeLessThan(1_000);
  }, 20_000);
});
