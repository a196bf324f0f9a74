import "server-only";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import type { ExtractInput, SavedExtraction } from "@/lib/extract/types";
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

  /** Saving under an existing name replaces that extraction (the form says so before it happens). */
  save(name: string, input: ExtractInput): SavedExtraction {
    const at = new Date().toISOString();
    const existing = this.db.prepare(`SELECT * FROM saved_extractions WHERE name = ?`).get(name) as SavedRow | undefined;
    if (existing) {
      this.db.prepare(`UPDATE saved_extractions SET input_json = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(input), at, existing.id);
      return this.get(existing.id);
    }
    const id = randomUUID();
    this.db.prepare(`INSERT INTO saved_extractions (id, name, input_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(id, name, JSON.stringify(input), at, at);
    return this.get(id);
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
