import type { Metadata } from "next";
import { TasksList } from "@/components/tasks/tasks-list";
import { activeProviderName } from "@/lib/extract/provider";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const page = Number(first(params.page));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Tasks</h1>
      <TasksList page={Number.isInteger(page) && page >= 1 ? page : 1} activeProvider={activeProviderName()} />
    </div>
  );
}
