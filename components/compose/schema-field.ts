import { checkRowSchemaText, type SchemaProblem } from "@/lib/schema/check";
import type { RowSchema } from "@/lib/extract/types";

export type SchemaCheck =
  | { ok: true; schema: RowSchema | null; problems: readonly SchemaProblem[] }
  | { ok: false; message: string; problems: readonly SchemaProblem[] };

/** The schema text → a row schema (or none); errors block Run with the first one's sentence. */
export function checkSchemaText(text: string): SchemaCheck {
  const { schema, problems } = checkRowSchemaText(text);
  const firstError = problems.find((p) => p.severity === "error");
  if (firstError) return { ok: false, message: firstError.message, problems };
  return { ok: true, schema: schema as RowSchema | null, problems };
}
