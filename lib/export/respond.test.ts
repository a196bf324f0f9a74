import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import type { ExtractProvider } from "@/lib/extract/provider-types";
import type { Task } from "@/lib/extract/types";
import { exportQuerySchema } from "./options";
import { exportResponse } from "./respond";
import { chunked } from "./test-support";

const task: Task = {
  id: "t1",
  status: "completed",
  createdAt: "2026-01-02T03:04:05.000Z",
  updatedAt: "2026-01-02T03:04:06.000Z",
  error: null,
  input: { q: "every product", url: "https://shop.example/list", schema: { type: "object", properties: { name: { type: "string" }, price: { type: "number" } } }, verifyUrls: false },
  output: { creditsUsed: 0, rowsReturned: 2 },
};
const NDJSON = '{"name":"A","price":1,"sku":"x1"}\n{"name":"B","offer":{"currency":"EUR"}}\n';

/** A provider holding one finished task; counts how often its result is opened. */
function provider(ndjson = NDJSON) {
  const opened = { count: 0 };
  const fake: ExtractProvider = {
    name: "embedded",
    create: () => Promise.reject(new Error("not used")),
    list: () => Promise.reject(new Error("not used")),
    get: () => Promise.resolve(task),
    openResult: () => {
      opened.count++;
      return Promise.resolve({ body: chunked(ndjson, 64 * 1024), rowsReturned: 2, task });
    },
  };
  return { fake, opened };
}

const exportOf = (query: Record<string, unknown>, ndjson?: string) => {
  const { fake, opened } = provider(ndjson);
  return { response: exportResponse(fake, "t1", exportQuerySchema.parse(query), null, new AbortController().signal), opened };
};

describe("exportResponse: the columns asked for", () => {
  it("refuses a column the result does not have, naming it, in the studio's error shape", async () => {
    const err = await exportOf({ format: "csv", columns: ["name", "nope", "Price", "nope"] }).response.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const body = (err as ApiError).toJSON();
    expect((err as ApiError).status).toBe(400);
    expect(body.error).toEqual({
      code: "bad_request",
      message: "The result has no columns “nope”, “Price”. Name columns of the result, or leave out “column” to export them all.",
      details: [
        { field: "column", message: "The result has no column “nope”." },
        { field: "column", message: "The result has no column “Price”." },
      ],
    });
  });

  it("takes columns the schema names (even when no row has them) and keys the rows have", async () => {
    const named = exportOf({ format: "csv", columns: ["price", "name"] });
    const res = await named.response; // (text() drops the BOM)
    expect(await res.text()).toBe('price,name\r\n1,A\r\n,B\r\n');
    expect(named.opened.count).toBe(1); // the schema names both: the rows are read once, for the file

    // A key the schema does not name is looked for in the download being exported: no second one.
    const extra = exportOf({ format: "csv", columns: ["name", "sku"] });
    expect(await (await extra.response).text()).toBe('name,sku\r\nA,x1\r\nB,\r\n');
    expect(extra.opened.count).toBe(1);
    const flat = await exportOf({ format: "csv", columns: ["offer.currency"], flatten: "1" }).response;
    expect(await flat.text()).toBe('offer.currency\r\n\r\nEUR\r\n');
  });

  it("with no column list, heads the file as the grid does: the schema's properties in its order, then the rows' other keys", async () => {
    const all = exportOf({ format: "csv", columns: [] });
    expect(await (await all.response).text()).toBe('name,price,sku,offer\r\nA,1,x1,\r\nB,,,"{""currency"":""EUR""}"\r\n');
    expect(all.opened.count).toBe(2); // a pass to learn the keys, then the file
    // A schema that allows no other key: its properties are the columns, and the rows are read once.
    const closed = { ...task, input: { ...task.input, schema: { ...task.input.schema, additionalProperties: false } } };
    const { fake, opened } = provider('{"name":"A","price":1}\n{"name":"B"}\n');
    const res = await exportResponse({ ...fake, get: () => Promise.resolve(closed) }, "t1", exportQuerySchema.parse({ format: "csv", columns: [] }), null, new AbortController().signal);
    expect(await res.text()).toBe("name,price\r\nA,1\r\nB,\r\n");
    expect(opened.count).toBe(1);
  });

  it("looks past the start of a large result in a second pass, never holding it all", async () => {
    const big = `${Array.from({ length: 60_000 }, (_, i) => JSON.stringify({ name: `n${i}`, pad: "x".repeat(80) })).join("\n")}\n{"name":"last","late":1}\n`;
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const late = exportOf({ format: "csv", columns: ["late"] }, big);
    const text = await (await late.response).text();
    expect(text.endsWith("\r\n1\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(60_003);
    expect(late.opened.count).toBe(3); // the export's own, the full pass, the export again
    const never = exportOf({ format: "csv", columns: ["never"] }, big);
    await expect(never.response).rejects.toMatchObject({ status: 400, details: [{ field: "column", message: "The result has no column “never”." }] });
    expect(never.opened.count).toBe(2);
  });
});
