import { z } from "zod";
import type { Task } from "@/lib/extract/types";

const flag = (fallback: boolean) =>
  z
    .enum(["1", "0", "true", "false"], { error: "must be 1 or 0" })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "1" || v === "true"));

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx", "json", "ndjson"], { error: "format must be csv, xlsx, json or ndjson" }).default("csv"),
  columns: z
    .array(z.string().min(1, "a column name cannot be empty").max(256, "a column name is too long"))
    .max(1_000, "too many columns (1,000 at most)"),
  /** Nested objects as dotted columns (`a.b`). */
  flatten: flag(false),
  /** CSV only: a UTF-8 byte-order mark so Excel reads the file as UTF-8. */
  bom: flag(true),
  /** CSV only: text cells starting with = + - @ get a leading apostrophe (plain numbers such as -2 excepted). */
  formulaGuard: flag(true),
});

export type ExportQuery = z.output<typeof exportQuerySchema>;
export type ExportFormat = ExportQuery["format"];

export const exportFormats: Record<ExportFormat, { extension: string; contentType: string; tabular: boolean }> = {
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", tabular: true },
  xlsx: { extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tabular: true },
  json: { extension: "json", contentType: "application/json", tabular: false },
  ndjson: { extension: "ndjson", contentType: "application/x-ndjson", tabular: false },
};

/** e.g. `every-engineer-with-name-role-2026-11-29.csv`: readable, and safe in a header. */
export function exportFileName(task: Pick<Task, "input" | "createdAt">, extension: string): string {
  const slug =
    task.input.q
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/g, "") || "extract";
  const date = /^\d{4}-\d{2}-\d{2}/.exec(task.createdAt)?.[0] ?? new Date().toISOString().slice(0, 10);
  return `${slug}-${date}.${extension}`;
}
