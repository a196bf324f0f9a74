/**
 * Monaco, configured once for the studio: the editor comes from our own bundle (never a CDN), its
 * workers are bundled entry files, and the JSON language service knows the row-schema meta-schema
 * so it can complete keywords and explain them on hover.
 *
 * Validation markers are ours (`checkRowSchemaText`, owner "extract-studio"), syntax errors
 * included: Monaco's own validation is turned off so the same problem is never shown twice in two
 * wordings ("Expected comma" beside "a comma is missing before this property").
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { metaSchema } from "@/lib/schema/meta-schema";

export const META_SCHEMA_URI = "inmemory://extract-studio/row-schema.json";
/** Every schema editor's model lives here; the meta-schema applies to these models only. */
export const MODEL_PREFIX = "inmemory://extract-studio/drafts/row-schema-";
export const MARKER_OWNER = "extract-studio";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "json") return new Worker(new URL("./json.worker.ts", import.meta.url), { type: "module", name: "monaco-json" });
    return new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module", name: "monaco-editor" });
  },
};

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: false,
  allowComments: false,
  trailingCommas: "error",
  schemaValidation: "ignore",
  // A "$schema" URL in the user's text must not make the worker fetch anything.
  enableSchemaRequest: false,
  schemaRequest: "ignore",
  schemas: [{ uri: META_SCHEMA_URI, fileMatch: ["drafts/row-schema-*.json"], schema: metaSchema }],
});

loader.config({ monaco });

export { monaco };
