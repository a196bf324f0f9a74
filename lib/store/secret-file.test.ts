import { mkdtempSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretFile } from "./secret-file";

describe("loadSecretFile", () => {
  it("creates a private 32-byte secret once and returns the same one afterwards", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "secret-")), "data");
    const first = loadSecretFile(dir, "a-secret");
    expect(first).toHaveLength(32);
    expect(statSync(path.join(dir, "a-secret")).mode & 0o777).toBe(0o600);
    expect(loadSecretFile(dir, "a-secret").equals(first)).toBe(true);
    expect(loadSecretFile(dir, "another").equals(first)).toBe(false);
    // No drafts left behind.
    expect(readdirSync(dir).sort()).toEqual(["a-secret", "another"]);
  });

  it("gives racing creators the one secret that won", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const secrets = await Promise.all(Array.from({ length: 20 }, () => Promise.resolve().then(() => loadSecretFile(dir, "s"))));
    expect(new Set(secrets.map((s) => s.toString("hex"))).size).toBe(1);
  });
});
