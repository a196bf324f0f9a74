/**
 * What the server's Ajv checks only in the parts of a schema it compiles (schema-index.ts says
 * which): a `$ref` must point at something in the schema, a `pattern` (or a `patternProperties`
 * name) must be a regular expression in Unicode mode, OpenAPI's `nullable` must be true or false
 * beside a `type`, a `$recursiveRef`/`$dynamicRef` must start with "#". Errors, in sentences that
 * say what to change. A pattern must also be one RE2 can run (no backreference, no lookaround): the
 * server matches patterns with it, in linear time (lib/validation/linear-regexp.ts).
 */
import type { JsonEntry, JsonNode } from "./json-ast";
import { describeValue, entry, ofPlace, q, type CheckContext, type Place, type Report } from "./check-problems";
import { lastEntries } from "./meta-rules";
import { linearPatternProblem } from "@/lib/validation/linear-regexp";

type ObjectNode = JsonNode & { kind: "object" };

/**
 * What is wrong with a pattern, as the end of a sentence about it ("is not a valid regular
 * expression: …"), else null: it must be a regular expression in Unicode mode, as Ajv builds it, that
 * RE2 can run.
 */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const cut = message.lastIndexOf("/u: ");
    const reason = (cut === -1 ? message : message.slice(cut + 4)).replace(/\.$/, "");
    let lax = true;
    try {
      new RegExp(pattern);
    } catch {
      lax = false;
    }
    const unicode = lax ? ' JSON Schema reads patterns in Unicode mode, which is stricter: a backslash may only come before a character with a special meaning (write "-", not "\\-").' : "";
    return `is not a valid regular expression: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.${unicode}`;
  }
  const linear = linearPatternProblem(pattern);
  if (!linear) return null;
  return `cannot be used: the studio matches patterns in linear time (so that no pattern can stall it), which rules out backreferences (\\1), and lookaround ((?=…), (?!…), (?<=…), (?<!…)) or a repeat count over 1,000 in a pattern with more than one variable repeat or a repeated group that varies; rewrite it without them (${linear}).`;
}

/** The checks Ajv makes on one keyword when it compiles the schema object that holds it. */
export function checkCompiled(node: ObjectNode, e: JsonEntry, place: Place, ctx: CheckContext, report: Report) {
  const v = e.value;
  const at = [...place.segments, e.key];
  const K = `${q(e.key)} ${ofPlace(place)}`;
  if (e.key === "$ref" && v.kind === "string") {
    const target = ctx.index.resolve(v.value, node);
    if (target.found) return;
    const meant = suggestRef(v.value, node, ctx);
    if (meant) report("error", `${K} (${JSON.stringify(v.value)}) points at nothing in this schema. Did you mean ${JSON.stringify(meant)}?`, at, v);
    else if (target.elsewhere) {
      report("error", `${K} points at another document (${JSON.stringify(v.value)}), which the studio does not fetch: copy what it describes into “definitions” and point at it with "#/definitions/…".`, at, v);
    } else report("error", `${K} (${JSON.stringify(v.value)}) points at nothing in this schema. Point it at a part of this schema, e.g. "#/definitions/name".`, at, v);
    return;
  }
  const dynamic = (e.key === "$recursiveRef" && ctx.dialect !== "draft-07") || (e.key === "$dynamicRef" && ctx.dialect === "2020-12");
  if (dynamic && v.kind === "string" && !v.value.startsWith("#")) {
    report("error", `${K} may only point inside this schema: it must start with "#".`, at, v);
    return;
  }
  if (e.key === "$recursiveAnchor" && ctx.dialect !== "draft-07" && v.kind !== "boolean") {
    report("error", `${K} must be true or false, not ${describeValue(v)}.`, at, v);
    return;
  }
  if (e.key === "pattern" && v.kind === "string") {
    const problem = patternProblem(v.value);
    if (problem) report("error", `${K} ${problem}`, at, v);
    return;
  }
  if (e.key === "patternProperties" && v.kind === "object") {
    for (const item of lastEntries(v)) {
      // Ajv's draft-07 class skips a pattern whose schema allows anything, without building it.
      if (ctx.dialect === "draft-07" && (item.value.kind === "boolean" ? item.value.value : item.value.kind === "object" && item.value.entries.length === 0)) continue;
      const problem = patternProblem(item.key);
      if (problem) report("error", `The pattern ${JSON.stringify(item.key)} in ${K} ${problem}`, [...at, item.key], item.keySpan);
    }
    return;
  }
  if (e.key === "nullable") {
    // Not JSON Schema but OpenAPI's, which Ajv reads: true or false, and only beside a "type".
    if (v.kind !== "boolean") return report("error", `${K} must be true or false, not ${describeValue(v)}.`, at, v);
    const type = entry(node, "type")?.value;
    if (!type) return report("error", `${K} only works beside a “type”: write "type": ["string", "null"] for a value that may be missing.`, at, v);
    const types = type.kind === "string" ? [type.value] : type.kind === "array" ? type.items.map((t) => (t.kind === "string" ? t.value : "")) : [];
    if (!v.value && types.includes("null")) report("error", `${K} is false, but its “type” allows "null"; remove one of the two.`, at, v);
  }
}

/** For a $ref that points at nothing: the reference to a definition of the same name, if there is one. */
function suggestRef(ref: string, at: JsonNode, ctx: CheckContext): string | undefined {
  const candidates: string[] = [];
  if (!ref.startsWith("#") && ref.startsWith("/")) candidates.push(`#${ref}`);
  const last = ref.split(/[/#]/).filter(Boolean).pop();
  if (last) {
    for (const holder of ["definitions", "$defs"]) if (entry(ctx.root, holder)) candidates.push(`#/${holder}/${last}`);
  }
  return candidates.find((c) => c !== ref && ctx.index.resolve(c, at).found);
}
