/**
 * Shared by the adapter's tests (client*.test.ts): the real HTTP double of Linkup on loopback (no
 * mocked fetch), started for each test file and reset before each test, and the calls they make.
 */
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";
import { ApiError } from "@/lib/errors";
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { LinkupClient, type LinkupClientOptions } from "./client";

export const KEY = "unit-test-key-3f9a";

export async function rowsOf(stream: ReadableStream<Uint8Array>) {
  const decoder = new NdjsonDecoder();
  const items: NdjsonItem[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) decoder.push(r.value, items);
  decoder.end(items);
  return items.map((i) => ("value" in i ? i.value : i));
}

export async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error("expected the call to fail");
}

export const input = { q: "every item with name and price", url: "https://shop.example/items", schema: null, verifyUrls: false };

/** Starts the double for the calling test file (beforeAll/afterAll) and resets it before each test. */
export function withLinkupDouble() {
  let double: LinkupDouble | undefined;
  const started = () => {
    if (!double) throw new Error("the double is used outside its file's tests");
    return double;
  };

  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${started().origin}/__control${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.ok).toBe(true);
    return res.json() as Promise<unknown>;
  };

  /**
   * A double task with no pending or processing time. The double closes phases on the right (a task is
   * "pending" in the millisecond it was created), so a read in that same millisecond would still see it
   * pending: wait past it.
   */
  const settledTask = async (body: Record<string, unknown>) => {
    const task = await control("/tasks", body);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return task;
  };
  const requests = () => control("/requests") as Promise<{ method: string; path: string; status: number; authorized: boolean }[]>;

  const client = (overrides: Partial<LinkupClientOptions> = {}) =>
    new LinkupClient({ baseUrl: started().baseUrl, apiKey: KEY, timeoutMs: 2_000, maxAttempts: 3, backoffBaseMs: 5, backoffCapMs: 20, pollCoalesceMs: 0, ...overrides });

  beforeAll(async () => {
    double = await startLinkupDouble({ port: 0, apiKey: KEY });
  });
  afterAll(async () => {
    await double?.close();
  });
  beforeEach(async () => {
    await control("/reset", {});
  });

  return { control, settledTask, requests, client };
}
