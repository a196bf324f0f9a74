import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { schemaToText, type Draft } from "@/lib/compose/draft";
import { savedExtractionSchema, savedListSchema, type SavedExtraction } from "@/lib/extract/types";
import { fetchJson, postJson } from "./fetcher";

export const savedKey = ["saved"] as const;

export const savedListQueryOptions = queryOptions({
  queryKey: savedKey,
  queryFn: ({ signal }) => fetchJson("/api/saved", savedListSchema, { signal }),
});

const savedUrl = (id: string) => `/api/saved/${encodeURIComponent(id)}`;

export const saveExtraction = (name: string, input: unknown) => postJson("/api/saved", savedExtractionSchema, { name, input });

export const renameSaved = (id: string, name: string) =>
  fetchJson(savedUrl(id), savedExtractionSchema, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) });

/** 204, no body. */
export const deleteSaved = (id: string) => fetchJson(savedUrl(id), z.null(), { method: "DELETE" });

/** What the compose form shows for a saved extraction. */
export const savedToDraft = (s: SavedExtraction): Draft => ({ url: s.input.url, q: s.input.q, schemaText: schemaToText(s.input.schema), verifyUrls: s.input.verifyUrls });
