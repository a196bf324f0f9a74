import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-sm text-slate-600">
        There is nothing at this address. <Link href="/tasks" className="text-indigo-700 underline">See all tasks</Link>.
      </p>
    </div>
  );
}
