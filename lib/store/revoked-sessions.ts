import "server-only";
import path from "node:path";
import type { Statement } from "better-sqlite3";
import { env } from "@/lib/env";
import { sharedDatabase, type Db } from "./db";

/**
 * Sessions ended on the server: a signed-out cookie's nonce, kept until the cookie would have expired
 * anyway (after that the signature check refuses it on its own). Kept in the database so a restart
 * does not bring a signed-out session back. hasSession asks on every signed-in request, proxy
 * included: one primary-key lookup through a prepared statement.
 */
export class RevokedSessions {
  private readonly lookup: Statement<[string]>;
  private readonly insert: Statement<[string, number]>;
  private readonly prune: Statement<[number]>;

  constructor(private readonly db: Db) {
    this.lookup = db.prepare(`SELECT 1 FROM revoked_sessions WHERE nonce = ?`);
    this.insert = db.prepare(`INSERT INTO revoked_sessions (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at)`);
    this.prune = db.prepare(`DELETE FROM revoked_sessions WHERE expires_at <= ?`);
  }

  /** Ends the session `nonce` until `expiresAt` (ms); revocations already past their time go at once. */
  revoke(nonce: string, expiresAt: number, now = Date.now()) {
    this.db.transaction(() => {
      this.prune.run(now);
      if (expiresAt > now) this.insert.run(nonce, Math.ceil(expiresAt));
    })();
  }

  isRevoked(nonce: string): boolean {
    return this.lookup.get(nonce) !== undefined;
  }
}

const byDb = new WeakMap<Db, RevokedSessions>();

/** The studio's revocations, statements prepared once per connection. */
export function revokedSessions(): RevokedSessions {
  const db = sharedDatabase(path.resolve(env().DATA_DIR));
  let revoked = byDb.get(db);
  if (!revoked) byDb.set(db, (revoked = new RevokedSessions(db)));
  return revoked;
}
