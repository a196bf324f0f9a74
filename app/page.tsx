import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ComposeForm } from "@/components/compose/compose-form";
import { ErrorAlert } from "@/components/ui/error-alert";
import { pageAccessRedirect, requireLocalHostName } from "@/lib/auth/access";
import { schemaToText, type Draft } from "@/lib/compose/draft";
import { ApiError } from "@/lib/errors";
import { fullTitle } from "@/lib/page-title";
import { providerForTask } from "@/lib/extract/provider";
import { taskIdSchema, type SavedExtraction } from "@/lib/extract/types";
import { savedExtractions } from "@/lib/store/saved";

export const dynamic = "force-dynamic";

// The root page shares the root layout's segment, where Next applies no title template: written whole.
export const metadata: Metadata = { title: { absolute: fullTitle("New extraction") } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `/?from=<task id>` is "Duplicate and edit": the form starts from that task's input. */
async function draftFromTask(from: string, provider: string | undefined, host: string | null): Promise<{ draft: Draft | null; error: unknown }> {
  try {
    requireLocalHostName(host);
    const id = taskIdSchema.parse(from);
    const task = await providerForTask(id, provider).get(id);
    return { draft: { url: task.input.url, q: task.input.q, schemaText: schemaToText(task.input.schema), verifyUrls: task.input.verifyUrls }, error: null };
  } catch (err) {
    return { draft: null, error: err instanceof ApiError ? err : new ApiError("not_found", "That task could not be found.") };
  }
}

/**
 * The saved extractions, read here so the server's HTML lists them and their menu can be used
 * before the scripts have loaded. Only for a visitor the /api routes would answer (the same rules);
 * null otherwise, and the menu waits for the client's query.
 */
function savedForPage(cookie: string | null, host: string | null): SavedExtraction[] | null {
  if (pageAccessRedirect(cookie, "/") !== null) return null;
  try {
    requireLocalHostName(host);
    return savedExtractions().list();
  } catch {
    return null;
  }
}

export default async function ComposePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const from = typeof params.from === "string" ? params.from : null;
  const provider = typeof params.provider === "string" ? params.provider : undefined;
  const requestHeaders = await headers();
  if (from) {
    // Reading a task: the page checks the session (or, without a password, the Host) itself, as the
    // /api routes do, not only proxy.ts.
    const login = pageAccessRedirect(requestHeaders.get("cookie"), `/?${new URLSearchParams({ from, ...(provider ? { provider } : {}) })}`);
    if (login) redirect(login);
  }
  const { draft, error } = from ? await draftFromTask(from, provider, requestHeaders.get("host")) : { draft: null, error: null };
  return (
    <div className="max-w-4xl">
      <h1 className="mb-1 text-2xl font-semibold">New extraction</h1>
      <p className="mb-6 text-sm text-slate-600">Point at a listing page, say which rows you want, and get a clean table.</p>
      {error ? <ErrorAlert error={error} title="The task to duplicate could not be loaded; starting from your draft." testId="duplicate-error" /> : null}
      <ComposeForm key={from ?? "draft"} initial={draft} saved={savedForPage(requestHeaders.get("cookie"), requestHeaders.get("host"))} />
    </div>
  );
}
