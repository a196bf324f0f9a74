import { describe, expect, it } from "vitest";
import { linkupErrorSchema, linkupListSchema, linkupTaskSchema } from "./schemas";

const task = {
  id: "01234-abcd-56789",
  type: "extract",
  status: "completed",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00Z",
  error: null,
  input: { q: "every engineer", url: "https://example.com/team", schema: null, verifyUrls: false },
  output: { creditsUsed: 1, resultUrl: "https://files.example/r.ndjson?sig=1", rowsReturned: 42 },
};

describe("Linkup contract schemas", () => {
  it("parses the task object of the contract", () => {
    expect(linkupTaskSchema.parse(task)).toMatchObject({ id: task.id, status: "completed", output: { rowsReturned: 42 } });
  });

  it("parses a pending task (output null) and tolerates new fields", () => {
    const pending = { ...task, status: "pending", output: null, somethingNew: { x: 1 } };
    expect(linkupTaskSchema.parse(pending).output).toBeNull();
  });

  it("rejects an unknown status or a task without an id", () => {
    expect(linkupTaskSchema.safeParse({ ...task, status: "done" }).success).toBe(false);
    const { id: _id, ...noId } = task;
    expect(linkupTaskSchema.safeParse(noId).success).toBe(false);
    expect(linkupTaskSchema.safeParse({ ...task, input: "nope" }).success).toBe(false);
  });

  it("parses the list answer", () => {
    const list = { metadata: { page: 1, pageSize: 10, total: 1, totalPages: 1 }, data: [task] };
    expect(linkupListSchema.parse(list).data).toHaveLength(1);
    expect(linkupListSchema.safeParse({ data: [task] }).success).toBe(false);
  });

  it("parses the error shape, with and without details", () => {
    const err = { statusCode: 400, error: { code: "VALIDATION_ERROR", message: "bad", details: [{ field: "q", message: "required" }] } };
    expect(linkupErrorSchema.parse(err).error.details?.[0]?.field).toBe("q");
    expect(linkupErrorSchema.parse({ statusCode: 401, error: { code: "UNAUTHORIZED", message: "no" } }).error.code).toBe("UNAUTHORIZED");
    expect(linkupErrorSchema.safeParse({ message: "Internal Server Error" }).success).toBe(false);
  });
});
