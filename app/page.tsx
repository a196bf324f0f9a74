import { ComposeForm } from "@/components/compose/compose-form";

export default function ComposePage() {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-1 text-2xl font-semibold">New extraction</h1>
      <p className="mb-6 text-sm text-slate-600">Point at a listing page, say which rows you want, and get a clean table.</p>
      <ComposeForm />
    </div>
  );
}
