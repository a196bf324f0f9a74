"use client";

import dynamic from "next/dynamic";

export type { SchemaEditorProps } from "./schema-editor";

/**
 * Monaco is large and browser-only: it loads in its own chunk after hydration. Until then a box of
 * the editor's size holds the place, so the form does not jump.
 */
export const SchemaEditor = dynamic(() => import("./schema-editor").then((m) => m.SchemaEditor), {
  ssr: false,
  loading: () => (
    <div
      data-testid="schema-editor-loading"
      aria-busy="true"
      className="mt-1 flex h-[260px] w-full items-start rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-400 shadow-sm"
    >
      Loading the schema editor…
    </div>
  ),
});
