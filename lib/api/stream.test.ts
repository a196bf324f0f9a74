import { describe, expect, it } from "vitest";
import { abortOnError } from "./stream";

function failingAfter(chunks: string[], error: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(new TextEncoder().encode(chunks[i++]));
      else c.error(error);
    },
  });
}

describe("abortOnError", () => {
  it("passes a whole body through unchanged", async () => {
    const body = new Response(new Blob(["a\nb\n"]).stream());
    expect(await new Response(abortOnError(body.body!, "test")).text()).toBe("a\nb\n");
  });

  it("passes the chunks before a failure, then errors with an AbortError after the grace period", async () => {
    const reader = abortOnError(failingAfter(["a\n", "b\n"], new Error("upstream reset")), "test", undefined, 120).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("a\n");
    expect(decoder.decode((await reader.read()).value)).toBe("b\n");
    const started = Date.now();
    await expect(reader.read()).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });
});
