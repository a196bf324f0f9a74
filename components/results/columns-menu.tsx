"use client";

import type { GridApi } from "ag-grid-community";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { headerTooltip, type ColumnSpec } from "@/lib/results/columns";

/** Show, hide and pin columns (AG Grid Community has no column menu of its own). */
export function ColumnsMenu<Row>({ api, columns }: { api: GridApi<Row> | null; columns: ColumnSpec[] }) {
  const [open, setOpen] = useState(false);
  const [, refresh] = useState(0);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A click anywhere else closes the menu, as a menu does (focus stays where that click put it).
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);
  if (!api) return null;
  return (
    <div
      ref={wrapper}
      className="relative"
      onKeyDown={(e) => {
        // Focus goes back to the button: the checkbox that had it is gone with the menu.
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <Button ref={button} variant="secondary" data-testid="columns-menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Columns
      </Button>
      {open ? (
        <div
          role="group"
          aria-label="Columns"
          className="absolute right-0 z-20 mt-1 max-h-80 w-72 overflow-auto rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg"
        >
          {columns.map((c) => {
            const column = api.getColumn(c.key);
            const visible = column?.isVisible() ?? true;
            const pinned = column?.getPinned() === "left";
            return (
              <div key={c.key} className="flex items-center gap-2 py-1">
                <label className="flex flex-1 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={visible}
                    data-testid="column-visible"
                    onChange={(e) => {
                      api.setColumnsVisible([c.key], e.target.checked);
                      refresh((n) => n + 1);
                    }}
                  />
                  <span className="truncate" title={headerTooltip(c)}>
                    {c.key}
                  </span>
                </label>
                <button
                  type="button"
                  className="rounded border border-slate-300 px-1.5 text-xs aria-pressed:bg-slate-800 aria-pressed:text-white"
                  aria-pressed={pinned}
                  aria-label={`Pin ${c.key} to the left`}
                  onClick={() => {
                    api.setColumnsPinned([c.key], pinned ? null : "left");
                    refresh((n) => n + 1);
                  }}
                >
                  Pin
                </button>
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
