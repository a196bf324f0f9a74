import { z } from "zod";
import type { Task } from "@/lib/extract/types";

const flag = (fallback: boolean) =>
  z
    .enum(["1", "0", "true", "false"], { error: "must be 1 or 0" })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "1" || v === "true"));

export const exportQuerySchema = z.object({
  format: z.enum(["csv"], { error: 'format must be "csv"' }).default("csv"),
  columns: z
    .array(z.string().min(1, "a column name cannot be empty").max(256, "a column name is too long"))
    .max(1_000, "too many columns (1,000 at most)"),
  bom: flag(true),
  formulaGuard: flag(true),
});

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
