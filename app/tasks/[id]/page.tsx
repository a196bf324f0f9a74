import { notFound } from "next/navigation";
import { TaskView } from "@/components/tasks/task-view";
import { taskIdSchema } from "@/lib/extract/types";

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = taskIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return <TaskView id={parsed.data} />;
}
