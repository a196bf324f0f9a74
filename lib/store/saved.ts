import "server-only";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { savedNameKey, type ExtractInput, type SavedExtraction } from "@/lib/extract/types";
import { sharedDatabase, type Db } from "./db";

interface SavedRow {
  id: string;
  name: string;
  input_json: string;
  created_at: string;
  updated_at: string;
}

const toSaved = (r: SavedRow): SavedExtraction => ({
  id: r.id,
  name: r.name,
  input: JSON.parse(r.input_json) as ExtractInput,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Named, reusable extractions, kept in the studio's own database (whatever the provider). */
export class SavedExtractions {
  constructor(private readonly db: Db) {}

  list(): SavedExtraction[] {
    return (this.db.prepare(`SELECT * FROM saved_extractions ORDER BY name COLLATE NOCASE`).all() as SavedRow[]).map(toSaved);
  }

  /**
   * Saving under an existing name (ignoring case and surrounding spaces, as the form's warning does)
   * replaces that extraction, which takes the name as typed this time.
   */
  save(name: string, input: ExtractInput): SavedExtraction {
    const at = new Date().toISOString();
    const trimmed = name.trim();
    const key = savedNameKey(trimmed);
    return this.db.transaction(() => {
      const existing = this.db.prepare(`SELECT id FROM saved_extractions WHERE name_key = ?`).get(key) as { id: string } | undefined;
      if (existing) {
        this.db
          .prepare(`UPDATE saved_extractions SET name = ?, input_json = ?, updated_at = ? WHERE id = ?`)
          .run(trimmed, JSON.stringify(input), at, existing.id);
        return this.get(existing.id);
      }
      const id = randomUUID();
      this.db
        .prepare(`INSERT INTO saved_extractions (id, name, name_key, input_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(id, trimmed, key, JSON.stringify(input), at, at);
      return this.get(id);
    })();
  }

  /** A rename never replaces another extraction: a name taken (ignoring case) by another is refused. */
  rename(id: string, name: string): SavedExtraction {
    const trimmed = name.trim();
    const key = savedNameKey(trimmed);
    return this.db.transaction(() => {
      const current = this.get(id);
      const other = this.db.prepare(`SELECT id FROM saved_extractions WHERE name_key = ? AND id <> ?`).get(key, id);
      if (other) throw new ApiError("saved_name_taken");
      if (current.name !== trimmed) {
        this.db.prepare(`UPDATE saved_extractions SET name = ?, name_key = ?, updated_at = ? WHERE id = ?`).run(trimmed, key, new Date().toISOString(), id);
      }
      return this.get(id);
    })();
  }

  get(id: string): SavedExtraction {
    const row = this.db.prepare(`SELECT * FROM saved_extractions WHERE id = ?`).get(id) as SavedRow | undefined;
    if (!row) throw new ApiError("not_found", "This saved extraction does not exist (it may have been deleted).");
    return toSaved(row);
  }

  remove(id: string) {
    if (this.db.prepare(`DELETE FROM saved_extractions WHERE id = ?`).run(id).changes === 0) {
      throw new ApiError("not_found", "This saved extraction does not exist (it may have been deleted).");
    }
  }
}

export function savedExtractions(): SavedExtractions {
  return new SavedExtractions(sharedDatabase(path.resolve(env().DATA_DIR)));
}
