"use client";

import { Button } from "@/components/ui/button";

/**
 * The search over all columns. A search is kept over reloads (per task), so a narrowed grid must say
 * so plainly: while the box holds text, a Clear search button beside it empties it (the browser's own clear
 * cross is faint, and Escape is not known to everyone).
 */
export function QuickSearch({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <div className="flex items-center gap-1">
      <input
        type="search"
        aria-label="Search all columns"
        placeholder="Search all columns"
        data-testid="quick-search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm data-[active=true]:border-indigo-500 data-[active=true]:bg-indigo-50"
        data-active={value !== ""}
      />
      {value !== "" ? (
        <Button variant="secondary" data-testid="quick-search-clear" onClick={() => onChange("")}>
          Clear search
        </Button>
      ) : null}
    </div>
  );
}
