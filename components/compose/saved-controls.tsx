"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { Draft } from "@/lib/compose/draft";
import { sameDraft } from "@/lib/compose/draft-replace";
import { savedNameKey, type SavedExtraction } from "@/lib/extract/types";
import { saveExtraction, savedKey, savedListQueryOptions, savedToDraft } from "@/lib/queries/saved";
import { SavedManager } from "./saved-manager";
import { selectClass } from "@/components/ui/select-class";

/**
 * Saved extractions: open one, save the form under a name, rename and delete them. The select shows
 * which one the form holds ("… (edited)" once it differs), and Save as starts from that name.
 */
export function SavedControls({
  draft,
  load,
  requestBody,
  menu,
  initialList,
}: {
  draft: Draft;
  load: (draft: Draft, label: string) => void;
  requestBody: Record<string, unknown> | null;
  /** The menu: use-draft.ts reads it on mount too, and loads what was chosen in it before hydration. */
  menu: RefObject<HTMLSelectElement | null>;
  /** The list as the server read it, so the server's HTML offers it (null: not read; the menu waits for the query). */
  initialList: SavedExtraction[] | null;
}) {
  const ids = { saved: useId(), name: useId() };
  const client = useQueryClient();
  const saved = useQuery({ ...savedListQueryOptions, ...(initialList ? { initialData: { data: initialList } } : {}) });
  const items = saved.data?.data ?? [];
  // What the form was last opened from or saved as, and the draft it was then.
  const [loaded, setLoaded] = useState<{ id: string; draft: Draft } | null>(null);

  // An extraction opened before hydration: use-draft.ts loads it, this names it in the menu. Read
  // before any re-render, which sets the menu back to what the state says.
  useEffect(() => {
    const s = initialList?.find((x) => x.id === menu.current?.value);
    if (s) setLoaded({ id: s.id, draft: savedToDraft(s) });
  }, [initialList, menu]);
  const [saveOpen, setSaveOpen] = useState(false);
  const [manageOpen, setManageOpen] = useState(false);
  const [name, setName] = useState("");

  const loadedItem = loaded ? items.find((s) => s.id === loaded.id) : undefined;
  const unchanged = loadedItem !== undefined && loaded !== null && sameDraft(draft, loaded.draft);

  const save = useMutation({
    mutationFn: (at: Draft) => saveExtraction(name, requestBody).then((s) => ({ s, at })),
    onSuccess: ({ s, at }) => {
      void client.invalidateQueries({ queryKey: savedKey });
      setLoaded({ id: s.id, draft: at });
      setSaveOpen(false);
    },
  });
  const nameTaken = items.some((s) => savedNameKey(s.name) === savedNameKey(name));

  return (
    <>
      <div>
        <label htmlFor={ids.saved} className="block text-xs font-medium text-slate-600">
          Saved extractions
        </label>
        <div className="flex gap-1">
          <select
            id={ids.saved}
            ref={menu}
            data-testid="saved-select"
            className={`${selectClass} max-w-[16rem]`}
            // Unchanged, the select names it; edited, its placeholder does, and choosing it again reopens it.
            value={unchanged ? loadedItem.id : ""}
            disabled={!items.length}
            onChange={(e) => {
              const s = items.find((x) => x.id === e.target.value);
              if (!s) return;
              const next = savedToDraft(s);
              setLoaded({ id: s.id, draft: next });
              load(next, `The saved extraction “${s.name}”`);
            }}
          >
            <option value="">{loadedItem && !unchanged ? `${loadedItem.name} (edited)` : items.length ? "Open…" : saved.isPending ? "Loading…" : "None yet"}</option>
            {items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <Button variant="secondary" className="px-2 py-1" data-testid="saved-manage" disabled={!items.length} onClick={() => setManageOpen(true)}>
            Manage…
          </Button>
        </div>
      </div>
      <Button
        variant="secondary"
        data-testid="save-button"
        disabled={!requestBody}
        title={requestBody ? undefined : "Fix the form first"}
        onClick={() => {
          // Start from the extraction the form came from, not whatever name was typed last time.
          setName(loadedItem?.name ?? "");
          save.reset();
          setSaveOpen(true);
        }}
      >
        Save as…
      </Button>

      <Dialog open={saveOpen} onClose={() => setSaveOpen(false)} title="Save this extraction" testId="save-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save.mutate(draft);
          }}
          className="space-y-3"
        >
          <label htmlFor={ids.name} className="block text-sm font-medium">
            Name
          </label>
          <input id={ids.name} data-testid="save-name" autoFocus maxLength={120} value={name} onChange={(e) => setName(e.target.value)} className="block w-full rounded-md border border-slate-300 px-3 py-2" />
          {nameTaken ? (
            <p data-testid="save-name-taken" className="text-xs text-amber-800">
              A saved extraction has this name: saving replaces it.
            </p>
          ) : null}
          {save.isError ? <ErrorAlert error={save.error} title="Not saved." /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setSaveOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" data-testid="save-confirm" disabled={!name.trim() || save.isPending}>
              {save.isPending ? "Saving…" : "Save"}
            </Button>
          </div>
        </form>
      </Dialog>

      <SavedManager open={manageOpen} onClose={() => setManageOpen(false)} items={items} />
    </>
  );
}
