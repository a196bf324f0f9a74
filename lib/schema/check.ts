/**
 * The row schema's text → the schema and a list of problems, each a sentence an analyst can act
 * on, with where it is (JSON pointer, line, column). Errors block a run; warnings only inform.
 * Pure: shared by the editor (markers, problem list) and the compose form (Run gating), and
 * runnable in Node for tests. It enforces the same rules as `rowSchemaSchema`, then goes deeper.
 * This is the entry and the rules for the schema itself; the field rules are in check-fields.ts,
 * the keywords and aliases it knows in check-keywords.ts, the values of the other JSON Schema
 * keywords in check-values.ts and check-compiled.ts: those check what the server's Ajv checks, in
 * the schema's own dialect, so that an error here is exactly a schema the server refuses.
 */
import { MAX_SCHEMA_BYTES } from "@/lib/extract/types";
import { lineColumn, parseJson, toValue, type JsonNode } from "./json-ast";
import { entry, hasSchemaErrors, pointer, q, type CheckContext, type Report, type SchemaProblem, type SchemaSeverity } from "./check-problems";
import { checkDuplicates, checkKeywords, ROOT_KEYWORDS, ROOT_OWNED } from "./check-keywords";
import { checkProperties } from "./check-fields";
import { dialectOf, implementsSchemaUri, unimplementedSchemaMessage } from "./meta-rules";
import { indexSchema } from "./schema-index";

export { hasSchemaErrors, type SchemaProblem, type SchemaSeverity } from "./check-problems";
export { VALIDATED_FORMATS } from "./check-keywords";

export interface SchemaCheckResult {
  /** The parsed schema, or null when the text is empty or has an error (a blocked run sends nothing). */
  schema: Record<string, unknown> | null;
  problems: SchemaProblem[];
}

export function checkRowSchemaText(text: string): SchemaCheckResult {
  if (text.trim() === "") return { schema: null, problems: [] };
  const problems: SchemaProblem[] = [];
  const at = (severity: SchemaSeverity, message: string, segments: readonly (string | number)[], span?: { start: number; end: number }) => {
    const p: SchemaProblem = { severity, message, path: pointer(segments) };
    if (span) {
      const from = lineColumn(text, span.start);
      const to = lineColumn(text, Math.max(span.end, span.start));
      Object.assign(p, { line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
    }
    problems.push(p);
  };

  const parsed = parseJson(text);
  if (!parsed.ok) {
    at("error", `The schema is not valid JSON: ${parsed.message}.`, [], parsed);
    return { schema: null, problems };
  }
  const root = parsed.node;
  if (root.kind !== "object") {
    at("error", "The schema must be a JSON object: { \"type\": \"object\", \"properties\": { … } }.", [], root);
    return { schema: null, problems };
  }

  checkRoot(root, at);
  const schema = toValue(root) as Record<string, unknown>;
  const bytes = new TextEncoder().encode(JSON.stringify(schema)).length;
  if (bytes > MAX_SCHEMA_BYTES) at("error", `The schema is too large (${MAX_SCHEMA_BYTES / 1024} KB at most).`, [], { start: root.start, end: root.start + 1 });

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { schema: hasSchemaErrors(problems) ? null : schema, problems };
}

function checkRoot(root: JsonNode & { kind: "object" }, report: Report) {
  const $schema = entry(root, "$schema")?.value;
  const dialect = dialectOf($schema?.kind === "string" ? $schema.value : undefined);
  const ctx: CheckContext = { dialect, index: indexSchema(root, dialect), root };
  const type = entry(root, "type");
  if (!type) {
    report("error", "The schema must describe one row: add \"type\": \"object\".", [], { start: root.start, end: root.start + 1 });
  } else if (type.value.kind !== "string" || type.value.value !== "object") {
    const said = type.value.kind === "string" ? type.value.value : "";
    const hint = said === "array" ? " Describe a single row and put its fields in “properties”; the result is always a list of rows." : "";
    report("error", `The schema must describe one row: its “type” must be "object".${hint}`, ["type"], type.value);
  }
  for (const key of ["title", "description", "$schema", "$comment"]) {
    const e = entry(root, key);
    if (e && e.value.kind !== "string") report("error", `The schema's ${q(key)} must be text in double quotes.`, [key], e.value);
  }
  if ($schema?.kind === "string" && !implementsSchemaUri($schema.value)) report("error", unimplementedSchemaMessage($schema.value), ["$schema"], $schema);
  checkKeywords(root, ROOT_KEYWORDS, ROOT_OWNED, { segments: [], name: "" }, ctx, report);
  checkDuplicates(root, [], report);
  const props = checkProperties(root, { segments: [], name: "" }, ctx, report);
  if (props && props.entries.length === 0) report("warning", "The schema has no properties: the columns will be guessed from the page.", ["properties"], props);
  else if (!entry(root, "properties")) report("warning", "The schema has no “properties”: the columns will be guessed from the page.", [], { start: root.start, end: root.start + 1 });
}
