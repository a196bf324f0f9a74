/**
 * Ajv's own words about a schema it will not compile, made into sentences for the user: the create
 * checks (lib/api/handler.ts) and the engine, for a task stored before those checks refused its
 * schema (lib/engine/pipeline/messages.ts).
 */
import { checkRowSchemaText } from "./check";

/** Ajv's "schema is invalid: data/properties/a/x must be object" → "/properties/a/x must be object". */
export function plainAjvMessage(message: string): string {
  const text = message
    .replace(/^schema is invalid: /, "")
    .replace(/\bdata(\/[^\s,]*)?/g, (_, at: string | undefined) => (at ? `“${at}”` : "the schema"))
    .replace(/\.$/, "");
  return `It is not valid JSON Schema: ${text}.`;
}

/**
 * Why Ajv refused to compile `schema` (`ajvMessage`): the compose page's errors, each naming its
 * place ("“pattern” of “code” cannot be used: …"), or Ajv's message made plain when those rules do
 * not know the problem.
 */
export function whyNotCompiled(schema: Record<string, unknown>, ajvMessage: string): string[] {
  const errors = checkRowSchemaText(JSON.stringify(schema)).problems.filter((p) => p.severity === "error");
  return errors.length ? errors.map((p) => p.message) : [plainAjvMessage(ajvMessage)];
}
