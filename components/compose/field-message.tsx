/** Shared by the compose form's text fields, so an invalid one is marked the same everywhere. */
export const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-400";

/** The error replaces the hint (never both), so the field's aria-describedby, `${id}-error` or `${id}-hint`, names the one shown. */
export function FieldMessage({ id, error, hint, testId }: { id: string; error?: string; hint: string; testId: string }) {
  if (error) {
    return (
      <p id={`${id}-error`} data-testid={testId} role="alert" className="mt-1 text-xs text-red-700">
        {error}
      </p>
    );
  }
  return (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
      {hint}
    </p>
  );
}
