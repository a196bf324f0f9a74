import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { noResultError } from "@/lib/extract/provider-types";
import { linkupError } from "./v1";

/** linkupError answers only with statuses and codes of Linkup's error table (docs: linkup-extract.md). */
describe("linkupError", () => {
  const answer = async (err: unknown) => {
    const res = linkupError(err);
    return { status: res.status, body: (await res.json()) as { statusCode: number; error: { code: string; message: string } } };
  };

  it("answers a body that is not JSON, or too large, 400 VALIDATION_ERROR, not 415 or 413", async () => {
    for (const status of [415, 413]) {
      const { status: got, body } = await answer(new ApiError("bad_request", "Send the body as JSON (Content-Type: application/json).", { status }));
      expect([got, body.statusCode, body.error.code], String(status)).toEqual([400, 400, "VALIDATION_ERROR"]);
      expect(body.error.message).toBe("Send the body as JSON (Content-Type: application/json).");
    }
  });

  it("answers a result link to a task with no result 404 TASK_NOT_FOUND, not 409, saying why", async () => {
    const failed = await answer(noResultError("failed"));
    expect([failed.status, failed.body.statusCode, failed.body.error.code]).toEqual([404, 404, "TASK_NOT_FOUND"]);
    expect(failed.body.error.message).toContain("This task failed");
    const pending = await answer(noResultError("processing"));
    expect([pending.status, pending.body.error.code]).toEqual([404, "TASK_NOT_FOUND"]);
  });
});
