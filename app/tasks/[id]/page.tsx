import { notFound } from "next/navigation";
import { TaskView } from "@/components/tasks/task-view";
import { activeProviderName } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";

export default async function TaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = taskIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const preview = (await searchParams).provider === "embedded";
  return <TaskView id={parsed.data} provider={preview ? "embedded" : null} activeProvider={activeProviderName()} />;
}
