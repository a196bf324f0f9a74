"use client";

import { useEffect, useRef } from "react";

/**
 * The filter box over the tasks listed. "/" focuses it from anywhere on the page that is not a
 * field (as on GitHub and MDN); Escape clears it.
 */
export function TasksFilter({ value, onChange, shown, listed }: { value: string; onChange: (value: string) => void; shown: number; listed: number }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="flex flex-wrap items-center gap-3">
      <label className="flex items-center gap-2 text-sm text-slate-600">
        <span>Filter</span>
        <input
          ref={input}
          type="search"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && value) {
              event.preventDefault();
              onChange("");
            }
          }}
          placeholder="Query, site or status  ( / )"
          aria-keyshortcuts="/"
          data-testid="tasks-filter"
          className="w-72 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
        />
      </label>
      <p role="status" className="text-sm text-slate-500" data-testid="tasks-filter-count">
        {value.trim() ? `${shown} of ${listed} tasks on this page match` : ""}
      </p>
    </div>
  );
}
