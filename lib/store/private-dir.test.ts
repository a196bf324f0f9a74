import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./db";
import { ResultFiles } from "./results";
import { loadSecretFile } from "./secret-file";

const root = mkdtempSync(path.join(tmpdir(), "private-dir-test-"));
const mode = (file: string) => statSync(file).mode & 0o777;
let umask: number;

// A umask of 0 would let a file be made 0666 and a directory 0777: the modes must not depend on it.
beforeEach(() => {
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("DATA_DIR is private to the studio's user", () => {
  it("makes the data and result folders 0700 and the database, its journal and the result files 0600", async () => {
    const dataDir = path.join(root, "fresh", "data");
    const db = openDatabase(dataDir);
    db.prepare("INSERT INTO revoked_sessions (nonce, expires_at) VALUES (?, ?)").run("n", 1);
    const results = new ResultFiles(path.join(dataDir, "results"));
    const writer = results.openWriter("task-1");
    await writer.write({ name: "a" }, { page: "https://example.com/", xpath: "/html/body/div" });
    await writer.commit();
    loadSecretFile(dataDir, "session-secret");
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "results"))).toBe(0o700);
    const files = [...readdirSync(dataDir).filter((f) => f !== "results"), ...readdirSync(path.join(dataDir, "results")).map((f) => path.join("results", f))];
    expect(files).toEqual(expect.arrayContaining(["studio.db", "studio.db-wal", "session-secret", "results/task-1.ndjson", "results/task-1.sources.ndjson"]));
    for (const file of files) expect(mode(path.join(dataDir, file)).toString(8), file).toBe("600");
    db.close();
  });

  it("tightens a data folder and database an older version left open to everyone", () => {
    const dataDir = path.join(root, "old");
    mkdirSync(path.join(dataDir, "results"), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, "studio.db"), "");
    chmodSync(path.join(dataDir, "studio.db"), 0o644);
    const db = openDatabase(dataDir);
    new ResultFiles(path.join(dataDir, "results"));
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "results"))).toBe(0o700);
    expect(mode(path.join(dataDir, "studio.db"))).toBe(0o600);
    db.close();
  });
});
