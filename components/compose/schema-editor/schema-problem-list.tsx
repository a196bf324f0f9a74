import type { SchemaProblem } from "@/lib/schema/check";

/**
 * The problems under the editor, as text: screen readers cannot read squiggles, and every problem
 * is a button that puts the cursor on it.
 */
export function SchemaProblemList({ id, problems, onSelect }: { id: string; problems: readonly SchemaProblem[]; onSelect: (p: SchemaProblem) => void }) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const summary = [errors ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ");
  return (
    <div id={id} className="mt-1">
      <p role="status" className="sr-only">
        {summary ? `Schema: ${summary}.` : ""}
      </p>
      {problems.length ? (
        <ul data-testid="schema-problems" aria-label={`Schema problems: ${summary}`} className="space-y-0.5 text-xs">
          {problems.map((p, i) => (
            <li key={`${p.path}:${p.line ?? 0}:${p.column ?? 0}:${i}`} data-testid="schema-problem" data-severity={p.severity} data-path={p.path}>
              <button
                type="button"
                onClick={() => onSelect(p)}
                className={`w-full rounded px-1 text-left hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${p.severity === "error" ? "text-red-700" : "text-amber-800"}`}
              >
                <span className="font-medium">{p.severity === "error" ? "Error" : "Warning"}</span>
                {p.line ? <span className="text-slate-500"> (line {p.line}, column {p.column ?? 1})</span> : null}: {p.message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
