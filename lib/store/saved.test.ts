import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { openDatabase } from "./db";
import { SavedExtractions } from "./saved";

const input = { q: "every item", url: "https://example.com/items", schema: { type: "object", properties: { name: { type: "string" } } }, verifyUrls: true };
const fresh = () => new SavedExtractions(openDatabase(mkdtempSync(path.join(tmpdir(), "saved-"))));

/** A studio.db as the studio left it before names were compared ignoring case, and a row inserter. */
function olderDatabase(dir: string) {
  const old = new Database(path.join(dir, "studio.db"));
  old.exec(`CREATE TABLE saved_extractions (id TEXT PRIMARY KEY, name TEXT NOT NULL, input_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE UNIQUE INDEX saved_name ON saved_extractions (name);`);
  return { old, add: old.prepare(`INSERT INTO saved_extractions VALUES (?, ?, ?, ?, ?)`) };
}

describe("SavedExtractions", () => {
  it("saves, lists by name, replaces by name and deletes", () => {
    const saved = fresh();
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

  it("tells names apart ignoring case and surrounding spaces, as the form's warning does", () => {
    const saved = fresh();
    const first = saved.save("Team page", input);
    const again = saved.save(" team PAGE ", { ...input, q: "changed" });
    expect(again.id).toBe(first.id);
    expect(saved.list()).toHaveLength(1);
    // The name as typed the second time, trimmed.
    expect(saved.get(first.id)).toMatchObject({ name: "team PAGE", input: { q: "changed" } });
    expect(saved.save("Équipe", input).id).toBe(saved.save("équipe", input).id);
  });

  it("renames, but never onto another extraction's name", () => {
    const saved = fresh();
    const a = saved.save("Shop", input);
    const b = saved.save("Team", input);
    expect(saved.rename(a.id, "  Shop names ").name).toBe("Shop names");
    expect(saved.rename(b.id, "TEAM").name).toBe("TEAM");
    const refused = (() => {
      try {
        saved.rename(b.id, "shop NAMES");
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(409);
    expect(saved.list().map((s) => s.name)).toEqual(["Shop names", "TEAM"]);
    expect(() => saved.rename("no-such-id", "x")).toThrow(ApiError);
  });

  it("renames a duplicate past an existing 'name (2)', and within the 120 characters a name may have", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "saved-old-"));
    const { old, add } = olderDatabase(dir);
    const long = "L".repeat(120);
    add.run("a", "Shop", JSON.stringify(input), "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z");
    add.run("b", "shop", JSON.stringify(input), "2025-02-01T00:00:00Z", "2025-02-01T00:00:00Z");
    add.run("c", "shop (2)", JSON.stringify(input), "2025-03-01T00:00:00Z", "2025-03-01T00:00:00Z");
    add.run("d", long, JSON.stringify(input), "2025-04-01T00:00:00Z", "2025-04-01T00:00:00Z");
    add.run("e", long.toLowerCase(), JSON.stringify(input), "2025-05-01T00:00:00Z", "2025-05-01T00:00:00Z");
    old.pragma("user_version = 3");
    old.close();

    const names = new SavedExtractions(openDatabase(dir)).list().map((s) => [s.id, s.name]);
    expect(Object.fromEntries(names)).toEqual({ a: "Shop", b: "shop (3)", c: "shop (2)", d: long, e: `${"l".repeat(116)} (2)` });
    expect(names.every(([, n]) => n!.length <= 120)).toBe(true);
  });

  it("keeps every extraction of an older database whose names differ only in case", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "saved-old-"));
    // The database as the studio left it before names were compared ignoring case (user_version 3).
    const { old, add } = olderDatabase(dir);
    add.run("a", "Team page", JSON.stringify({ ...input, q: "oldest" }), "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z");
    add.run("b", "team page", JSON.stringify({ ...input, q: "newer" }), "2025-02-01T00:00:00Z", "2025-02-01T00:00:00Z");
    add.run("c", "TEAM PAGE ", JSON.stringify({ ...input, q: "newest" }), "2025-03-01T00:00:00Z", "2025-03-01T00:00:00Z");
    add.run("d", "Shop", JSON.stringify(input), "2025-03-01T00:00:00Z", "2025-03-01T00:00:00Z");
    old.pragma("user_version = 3");
    old.close();

    const saved = new SavedExtractions(openDatabase(dir));
    expect(saved.list().map((s) => [s.id, s.name, s.input.q])).toEqual([
      ["d", "Shop", "every item"],
      ["a", "Team page", "oldest"],
      ["b", "team page (2)", "newer"],
      ["c", "TEAM PAGE (3)", "newest"],
    ]);
    // From now on the names are unique ignoring case.
    expect(saved.save("TEAM PAGE", input).id).toBe("a");
    expect(() => saved.rename("b", "team page")).toThrow(ApiError);
  });
});
