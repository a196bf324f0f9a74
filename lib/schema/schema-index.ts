/**
 * Where a row schema's `$ref`s point, and which of its parts the server's Ajv validates and
 * compiles, so that the checker refuses what Ajv refuses and no more: Ajv checks every part the
 * meta-schema reaches against it, but resolves `$ref`s, builds `pattern`s and reads `nullable`
 * only in the parts it compiles (those that check rows, and whatever a `$ref` points at).
 * References resolve as Ajv resolves them: a fragment in the document named by the nearest `$id`
 * (a JSON pointer with ~0 ~1 and %-escapes, or an anchor: `$anchor`, or a draft-07 `$id: "#name"`),
 * another `$id` of the schema, and nothing outside it (the server fetches no other document).
 */
import { entry } from "./check-problems";
import type { JsonNode } from "./json-ast";
import { subschemasOf, type Dialect } from "./meta-rules";

export type RefTarget = { found: true; node: JsonNode } | { found: false; elsewhere: boolean };

export interface SchemaIndex {
  /** Parts the dialect's meta-schema validates: each keyword's value must have its shape. */
  readonly meta: ReadonlySet<JsonNode>;
  /** Parts Ajv compiles: their `$ref` must resolve, their `pattern` must build, and so on. */
  readonly compiled: ReadonlySet<JsonNode>;
  resolve(ref: string, at: JsonNode): RefTarget;
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
const RELATIVE_BASE = "http://relative.invalid/";
/** Ajv's normalizeId: "x#" and "x#/" are "x". */
const normalizeId = (id: string) => id.replace(/#\/?$/, "");
const documentOf = (uri: string) => uri.split("#")[0] ?? "";

/** `ref` resolved against `base` (RFC 3986); null when it is not a URI (Ajv refuses it too). */
function resolveUri(base: string, ref: string): string | null {
  try {
    if (ABSOLUTE.test(ref)) return new URL(ref).href;
    if (ABSOLUTE.test(base)) return new URL(ref, base).href;
    if (ref === "" || ref.startsWith("#")) return documentOf(base) + ref;
    // Both relative ("item.json" under no $id): resolve under a stand-in origin and take it off again.
    const href = new URL(ref, new URL(documentOf(base), RELATIVE_BASE)).href;
    return href.startsWith(RELATIVE_BASE) ? href.slice(RELATIVE_BASE.length) : href;
  } catch {
    return null;
  }
}

function unescapeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
  } catch {
    return null;
  }
}

function walkPointer(from: JsonNode, fragment: string): JsonNode | undefined {
  let node: JsonNode | undefined = from;
  for (const raw of fragment.split("/").slice(1)) {
    const part = unescapeSegment(raw);
    if (part === null || !node) return undefined;
    if (node.kind === "object") node = entry(node, part)?.value;
    else if (node.kind === "array" && /^(0|[1-9]\d*)$/.test(part)) node = node.items[Number(part)];
    else return undefined;
  }
  return node;
}

export function indexSchema(root: JsonNode, dialect: Dialect): SchemaIndex {
  const bases = new Map<JsonNode, string>();
  const documents = new Map<string, JsonNode>();
  const anchors = new Map<string, JsonNode>();
  const meta = new Set<JsonNode>();

  const idOf = (node: JsonNode) => (node.kind === "object" && entry(node, "$id")?.value.kind === "string" ? (entry(node, "$id")!.value as { value: string }).value : undefined);
  const rootId = idOf(root);
  const rootBase = normalizeId(rootId === undefined ? "" : (resolveUri("", rootId) ?? rootId));
  documents.set(documentOf(rootBase), root);

  // Every part, as Ajv collects the ids and anchors of a schema: the base URI each one sits under.
  const visit = (node: JsonNode, parentBase: string, isMeta: boolean) => {
    if (bases.has(node)) return;
    let base = parentBase;
    const id = node === root ? undefined : idOf(node);
    if (id !== undefined) {
      const full = resolveUri(parentBase, normalizeId(id));
      if (full !== null) {
        base = normalizeId(full);
        if (base.includes("#")) anchors.set(base, node);
        else documents.set(base, node);
      }
    }
    bases.set(node, base);
    if (isMeta) meta.add(node);
    if (node.kind !== "object") return;
    // Ajv collects ids and anchors below the top only: an $anchor on the schema itself names nothing.
    const anchor = node === root ? undefined : entry(node, "$anchor")?.value;
    if (anchor?.kind === "string") anchors.set(`${documentOf(base)}#${anchor.value}`, node);
    for (const sub of subschemasOf(dialect, node)) visit(sub.node, base, isMeta && sub.meta);
  };
  visit(root, rootBase, true);

  const resolve = (ref: string, at: JsonNode): RefTarget => {
    const full = resolveUri(bases.get(at) ?? rootBase, normalizeId(ref));
    if (full === null) return { found: false, elsewhere: false };
    const hash = full.indexOf("#");
    const doc = hash === -1 ? full : full.slice(0, hash);
    const fragment = hash === -1 ? "" : full.slice(hash + 1);
    const document = documents.get(doc);
    if (!document) return { found: false, elsewhere: true };
    const node = fragment === "" ? document : fragment.startsWith("/") ? walkPointer(document, fragment) : anchors.get(`${doc}#${unescapeSegment(fragment) ?? fragment}`);
    return node ? { found: true, node } : { found: false, elsewhere: false };
  };

  // What Ajv compiles: the row's rules from the top, and whatever a compiled $ref points at.
  const compiled = new Set<JsonNode>();
  const queue: JsonNode[] = [root];
  while (queue.length) {
    const node = queue.pop()!;
    if (compiled.has(node) || node.kind !== "object") continue;
    compiled.add(node);
    for (const sub of subschemasOf(dialect, node)) if (sub.compiled) queue.push(sub.node);
    const ref = entry(node, "$ref")?.value;
    if (ref?.kind === "string") {
      const target = resolve(ref.value, node);
      if (target.found) queue.push(target.node);
    }
  }

  return { meta, compiled, resolve };
}
