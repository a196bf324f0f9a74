import "server-only";
import Database from "better-sqlite3";
import { closeSync, openSync } from "node:fs";
import path from "node:path";
import { savedNameKey } from "@/lib/extract/types";
import { privateDir, tighten } from "./private-dir";

/** The longest saved name (savedNameSchema in lib/extract/types.ts). */
const SAVED_NAME_MAX = 120;

/**
 * The studio's SQLite database (better-sqlite3: synchronous, in-process, durable with WAL).
 * Migrations are an ordered list; `user_version` records how many have run.
 */
const migrations: Array<string | ((db: Database.Database) => void)> = [
  `CREATE TABLE tasks (
     id          TEXT PRIMARY KEY,
     status      TEXT NOT NULL CHECK (status IN ('pending','processing','completed','failed')),
     created_at  TEXT NOT NULL,
     updated_at  TEXT NOT NULL,
     error       TEXT,
     input_json  TEXT NOT NULL,
     output_json TEXT,
     progress_json TEXT,
     attempts    INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX tasks_created ON tasks (created_at);
   CREATE INDEX tasks_updated ON tasks (updated_at);
   CREATE INDEX tasks_status ON tasks (status, created_at);`,
  `CREATE TABLE saved_extractions (
     id         TEXT PRIMARY KEY,
     name       TEXT NOT NULL,
     input_json TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE UNIQUE INDEX saved_name ON saved_extractions (name);`,
  // Signed-out sessions (lib/auth/session.ts): a nonce is refused until its cookie would have expired.
  `CREATE TABLE revoked_sessions (
     nonce      TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX revoked_sessions_expiry ON revoked_sessions (expires_at);`,
  uniqueSavedNamesIgnoringCase,
];

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  privateDir(dataDir);
  const file = path.join(dataDir, "studio.db");
  // SQLite creates the file by the umask (0644) and gives its -wal and -shm files the database's
  // mode: made 0600 before the first of those exists, they are too.
  closeSync(openSync(file, "a", 0o600));
  tighten(file, 0o600);
  for (const side of ["-wal", "-shm"]) tighten(file + side, 0o600);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

const globalKey = Symbol.for("extract-studio.db");
type Holder = { [globalKey]?: Map<string, Db> };

/** One connection per data directory per process (Next may load this module in several bundles). */
export function sharedDatabase(dataDir: string): Db {
  const holder = globalThis as Holder;
  const dbs = (holder[globalKey] ??= new Map());
  let db = dbs.get(dataDir);
  if (!db) dbs.set(dataDir, (db = openDatabase(dataDir)));
  return db;
}

function migrate(db: Db) {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let i = version; i < migrations.length; i++) {
    db.transaction(() => {
      const step = migrations[i]!;
      if (typeof step === "string") db.exec(step);
      else step(db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

/**
 * Saved names become unique ignoring case (the compose page always said so; the table compared them
 * exactly). A database may already hold "Team page" and "team page": nothing is deleted, the older
 * keeps its name and the others get " (2)", " (3)"…, which the analyst can rename or delete. Every
 * name that stays is reserved before any is changed, so a renamed "shop" skips an existing
 * "shop (2)"; the exact-name index goes (the new one is stricter), and a suffix never takes a name
 * past the 120 characters a name may have.
 */
function uniqueSavedNamesIgnoringCase(db: Database.Database) {
  db.exec(`DROP INDEX IF EXISTS saved_name; ALTER TABLE saved_extractions ADD COLUMN name_key TEXT`);
  const rows = db.prepare(`SELECT id, name FROM saved_extractions ORDER BY created_at, id`).all() as { id: string; name: string }[];
  const taken = new Set<string>();
  const keeps = new Set<string>();
  for (const row of rows) {
    const key = savedNameKey(row.name.trim() || "Untitled");
    if (!taken.has(key)) keeps.add(row.id);
    taken.add(key);
  }
  const update = db.prepare(`UPDATE saved_extractions SET name = ?, name_key = ? WHERE id = ?`);
  for (const row of rows) {
    const base = row.name.trim() || "Untitled";
    let name = base;
    if (!keeps.has(row.id)) {
      for (let n = 2; n === 2 || taken.has(savedNameKey(name)); n++) {
        const suffix = ` (${n})`;
        name = `${base.slice(0, SAVED_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
      }
      taken.add(savedNameKey(name));
    }
    update.run(name, savedNameKey(name), row.id);
  }
  db.exec(`CREATE UNIQUE INDEX saved_name_key ON saved_extractions (name_key)`);
}
