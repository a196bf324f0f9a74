"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { savedNameKey, type SavedExtraction } from "@/lib/extract/types";
import { deleteSaved, renameSaved, savedKey } from "@/lib/queries/saved";

type Editing = { id: string; mode: "rename"; name: string } | { id: string; mode: "delete" };

/**
 * Rename and delete saved extractions. One row at a time is being renamed or asked about; a delete
 * asks first (it cannot be undone), with "Keep it" focused so a stray Enter keeps it.
 */
export function SavedManager({ open, onClose, items }: { open: boolean; onClose: () => void; items: readonly SavedExtraction[] }) {
  const client = useQueryClient();
  const inputId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const done = () => {
    setEditing(null);
    return client.invalidateQueries({ queryKey: savedKey });
  };
  const rename = useMutation({ mutationFn: ({ id, name }: { id: string; name: string }) => renameSaved(id, name), onSuccess: done });
  const remove = useMutation({ mutationFn: (id: string) => deleteSaved(id), onSuccess: done });
  const edit = (next: Editing | null) => {
    rename.reset();
    remove.reset();
    setEditing(next);
  };
  const close = () => {
    edit(null);
    onClose();
  };

  const renameTaken =
    editing?.mode === "rename" && items.some((s) => s.id !== editing.id && savedNameKey(s.name) === savedNameKey(editing.name));

  return (
    <Dialog open={open} onClose={close} title="Saved extractions" testId="saved-manager">
      {items.length === 0 ? <p className="text-sm text-slate-600">No saved extractions.</p> : null}
      <ul data-testid="saved-list" className="divide-y divide-slate-200 text-sm">
        {items.map((s) => (
          <li key={s.id} data-testid="saved-item" data-name={s.name} className="py-2">
            {editing?.id === s.id && editing.mode === "rename" ? (
              <form
                className="flex flex-wrap items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (editing.name.trim() && !renameTaken) rename.mutate({ id: s.id, name: editing.name });
                }}
              >
                <label htmlFor={`${inputId}-${s.id}`} className="sr-only">
                  New name for {s.name}
                </label>
                <input
                  id={`${inputId}-${s.id}`}
                  data-testid="saved-rename-input"
                  autoFocus
                  value={editing.name}
                  maxLength={120}
                  aria-invalid={renameTaken}
                  onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                  className="min-w-0 grow rounded-md border border-slate-300 px-2 py-1"
                />
                <Button type="submit" data-testid="saved-rename-confirm" disabled={!editing.name.trim() || renameTaken || rename.isPending}>
                  {rename.isPending ? "Renaming…" : "Rename"}
                </Button>
                <Button variant="secondary" data-testid="saved-rename-cancel" onClick={() => edit(null)}>
                  Cancel
                </Button>
                {renameTaken ? (
                  <p className="basis-full text-xs text-amber-800" role="status">
                    Another saved extraction has this name (names are compared ignoring case).
                  </p>
                ) : null}
                {rename.isError ? <ErrorAlert error={rename.error} title="Not renamed." /> : null}
              </form>
            ) : editing?.id === s.id && editing.mode === "delete" ? (
              <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Delete ${s.name}?`}>
                <p className="grow">
                  Delete “{s.name}”? <span className="text-slate-600">This cannot be undone.</span>
                </p>
                <Button data-testid="saved-delete-confirm" className="bg-red-600 hover:bg-red-700" disabled={remove.isPending} onClick={() => remove.mutate(s.id)}>
                  {remove.isPending ? "Deleting…" : "Delete"}
                </Button>
                <Button variant="secondary" data-testid="saved-delete-cancel" autoFocus onClick={() => edit(null)}>
                  Keep it
                </Button>
                {remove.isError ? <ErrorAlert error={remove.error} title="Not deleted." /> : null}
              </div>
            ) : (
              <div className="flex items-center gap-2">
                <span data-testid="saved-item-name" className="grow break-all">
                  {s.name}
                </span>
                <Button variant="secondary" data-testid="saved-rename" aria-label={`Rename ${s.name}`} onClick={() => edit({ id: s.id, mode: "rename", name: s.name })}>
                  Rename
                </Button>
                <Button variant="secondary" data-testid="saved-delete" aria-label={`Delete ${s.name}`} onClick={() => edit({ id: s.id, mode: "delete" })}>
                  Delete
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex justify-end">
        <Button variant="secondary" data-testid="saved-manager-close" onClick={close}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
