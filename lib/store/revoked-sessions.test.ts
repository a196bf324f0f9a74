import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./db";
import { RevokedSessions } from "./revoked-sessions";

const rows = (db: Db) => db.prepare(`SELECT nonce, expires_at AS expiresAt FROM revoked_sessions ORDER BY nonce`).all();

describe("RevokedSessions", () => {
  it("refuses a revoked nonce and no other", () => {
    const revoked = new RevokedSessions(openDatabase(mkdtempSync(path.join(tmpdir(), "revoked-"))));
    revoked.revoke("nonce-aaaaaaaaaaaaaaaa", 20_000, 10_000);
    expect(revoked.isRevoked("nonce-aaaaaaaaaaaaaaaa")).toBe(true);
    expect(revoked.isRevoked("nonce-bbbbbbbbbbbbbbbb")).toBe(false);
    // Signing out twice with the same cookie is harmless.
    expect(() => revoked.revoke("nonce-aaaaaaaaaaaaaaaa", 20_000, 11_000)).not.toThrow();
  });

  it("keeps revocations across a re-opened database (a restart)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "revoked-"));
    const first = openDatabase(dir);
    new RevokedSessions(first).revoke("nonce-aaaaaaaaaaaaaaaa", Date.now() + 60_000);
    first.close();
    expect(new RevokedSessions(openDatabase(dir)).isRevoked("nonce-aaaaaaaaaaaaaaaa")).toBe(true);
  });

  it("drops revocations whose cookies have expired anyway, and does not record one that already has", () => {
    const db = openDatabase(mkdtempSync(path.join(tmpdir(), "revoked-")));
    const revoked = new RevokedSessions(db);
    revoked.revoke("nonce-aaaaaaaaaaaaaaaa", 20_000, 10_000);
    revoked.revoke("nonce-bbbbbbbbbbbbbbbb", 40_000, 10_000);
    expect(rows(db)).toHaveLength(2);
    revoked.revoke("nonce-cccccccccccccccc", 50_000, 20_000);
    expect(rows(db)).toEqual([
      { nonce: "nonce-bbbbbbbbbbbbbbbb", expiresAt: 40_000 },
      { nonce: "nonce-cccccccccccccccc", expiresAt: 50_000 },
    ]);
    expect(revoked.isRevoked("nonce-aaaaaaaaaaaaaaaa")).toBe(false);
    revoked.revoke("nonce-dddddddddddddddd", 30_000, 45_000);
    expect(rows(db)).toEqual([{ nonce: "nonce-cccccccccccccccc", expiresAt: 50_000 }]);
  });
});
