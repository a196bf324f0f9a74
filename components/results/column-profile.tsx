"use client";

import { headerTooltip, type ColumnSpec } from "@/lib/results/columns";
import { columnProfile, type ResultProfile } from "@/lib/results/profile";
import type { RowFilter } from "@/lib/results/view";
import { formatCount } from "@/lib/format";

/** Per column: fill rate as a bar, distinct values, invalid values; a click filters the rows. */
export function ColumnProfilePanel({
  columns,
  profile,
  filter,
  onFilter,
}: {
  columns: ColumnSpec[];
  profile: ResultProfile;
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
}) {
  const active = (f: RowFilter) => JSON.stringify(f) === JSON.stringify(filter);
  const toggle = (f: RowFilter) => onFilter(active(f) ? null : f);
  return (
    <section aria-label="Column profile" data-testid="column-profile" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-xs">
        <thead className="bg-slate-50 text-left uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-3 py-2">Column</th>
            <th className="px-3 py-2">Filled</th>
            <th className="px-3 py-2 text-right">Distinct</th>
            <th className="px-3 py-2 text-right">Invalid</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {columns.map((c) => {
            const p = columnProfile(profile, c.key);
            const rate = profile.rows ? p.filled / profile.rows : 0;
            const missing = profile.rows - p.filled;
            return (
              <tr key={c.key} data-testid="profile-row" data-column={c.key}>
                <td className="px-3 py-1.5 font-medium" title={headerTooltip(c)}>
                  {c.key}
                </td>
                <td className="px-3 py-1.5">
                  <div className="flex items-center gap-2">
                    <div className="h-2 w-28 rounded bg-slate-100" role="img" aria-label={`${Math.round(rate * 100)}% filled`}>
                      <div className="h-2 rounded bg-emerald-500" style={{ width: `${rate * 100}%` }} />
                    </div>
                    <span className="tabular-nums" data-testid="profile-fill">
                      {Math.round(rate * 100)}%
                    </span>
                    {missing > 0 ? (
                      <button
                        type="button"
                        data-testid="profile-missing"
                        aria-pressed={active({ kind: "missing", column: c.key })}
                        className="rounded border border-slate-300 px-1.5 text-slate-700 aria-pressed:bg-slate-800 aria-pressed:text-white"
                        onClick={() => toggle({ kind: "missing", column: c.key })}
                      >
                        {formatCount(missing)} missing
                      </button>
                    ) : null}
                  </div>
                </td>
                <td className="px-3 py-1.5 text-right tabular-nums" data-testid="profile-distinct">
                  {formatCount(p.distinct)}
                  {p.distinctCapped ? "+" : ""}
                </td>
                <td className="px-3 py-1.5 text-right tabular-nums">
                  {p.invalid > 0 ? (
                    <button
                      type="button"
                      data-testid="profile-invalid"
                      aria-pressed={active({ kind: "invalid-in", column: c.key })}
                      className="rounded border border-red-300 px-1.5 text-red-800 aria-pressed:bg-red-700 aria-pressed:text-white"
                      onClick={() => toggle({ kind: "invalid-in", column: c.key })}
                    >
                      {formatCount(p.invalid)}
                    </button>
                  ) : (
                    <span data-testid="profile-invalid-count">0</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
