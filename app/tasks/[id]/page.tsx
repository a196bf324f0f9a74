import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { pageAccessRedirect, requireLocalHostName } from "@/lib/auth/access";
import { TaskView } from "@/components/tasks/task-view";
import { embeddedEngine } from "@/lib/engine/provider";
import { activeProviderName } from "@/lib/extract/provider";
import { taskTitle } from "@/lib/page-title";
import { taskIdSchema } from "@/lib/extract/types";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The task's query as the page's title: with a few tasks open, every tab read "Extract Studio".
 * Read under the rules the /api routes apply (a stranger gets "Task"), from the studio's own store
 * only (the embedded engine's tasks and free previews): a Linkup task would cost an upstream call
 * per page load just for a title, so the page starts as "Task" and TaskView titles it from the
 * poll it makes anyway.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = taskIdSchema.safeParse((await params).id);
  if (!id.success) return { title: taskTitle(null) };
  const requestHeaders = await headers();
  if (pageAccessRedirect(requestHeaders.get("cookie"), "/") !== null) return { title: taskTitle(null) };
  try {
    requireLocalHostName(requestHeaders.get("host"));
    return { title: taskTitle(embeddedEngine().store.get(id.data)?.input.q) };
  } catch {
    return { title: taskTitle(null) };
  }
}

export default async function TaskPage({
  params,
  searchParams,
}: Props) {
  const parsed = taskIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const preview = (await searchParams).provider === "embedded";
  return <TaskView id={parsed.data} provider={preview ? "embedded" : null} activeProvider={activeProviderName()} />;
}
