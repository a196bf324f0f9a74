import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { openDatabase } from "./db";
import { SavedExtractions } from "./saved";

const input = { q: "every item", url: "https://example.com/items", schema: { type: "object", properties: { name: { type: "string" } } }, verifyUrls: true };

describe("SavedExtractions", () => {
  it("saves, lists by name, replaces by name and deletes", () => {
    const saved = new SavedExtractions(openDatabase(mkdtempSync(path.join(tmpdir(), "saved-"))));
    const b = saved.save("beta", input);
    saved.save("Alpha", { ...input, q: "first" });
    expect(saved.list().map((s) => s.name)).toEqual(["Alpha", "beta"]);
    const replaced = saved.save("beta", { ...input, q: "changed" });
    expect(replaced.id).toBe(b.id);
    expect(saved.get(b.id).input).toEqual({ ...input, q: "changed" });
    saved.remove(b.id);
    expect(saved.list().map((s) => s.name)).toEqual(["Alpha"]);
    expect(() => saved.remove(b.id)).toThrow(ApiError);
  });
});
