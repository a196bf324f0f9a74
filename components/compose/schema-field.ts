import { rowSchemaSchema, type RowSchema } from "@/lib/extract/types";

export type SchemaCheck = { ok: true; schema: RowSchema | null } | { ok: false; message: string };

/** The schema textarea's text → a row schema (or none), with a sentence when it is not usable. */
export function checkSchemaText(text: string): SchemaCheck {
  if (text.trim() === "") return { ok: true, schema: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : "";
    return { ok: false, message: `The schema is not valid JSON${detail ? `: ${detail}` : ""}.` };
  }
  const parsed = rowSchemaSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The schema is invalid." };
  return { ok: true, schema: parsed.data };
}
