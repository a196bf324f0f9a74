"use client";

import { Button } from "@/components/ui/button";
import type { Replaced } from "@/lib/compose/draft-replace";

/**
 * Says that a load replaced the draft, and brings it back. Undo rather than a question first: the
 * load is what the analyst asked for nearly always, and the bar stays (even across a reload) until
 * dismissed, so the earlier draft is one click away for as long as it may be wanted.
 */
export function DraftReplacedBar({ replaced, onUndo, onDismiss }: { replaced: Replaced; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div data-testid="draft-replaced" className="flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950">
      <p role="status" className="grow">
        {replaced.undone ? "Your earlier draft is back." : `${replaced.label} replaced your draft.`}
      </p>
      <Button variant="secondary" data-testid="draft-undo" onClick={onUndo}>
        {replaced.undone ? "Redo" : "Undo"}
      </Button>
      <Button
        variant="secondary"
        data-testid="draft-replaced-dismiss"
        title={replaced.undone ? "Forget what was loaded" : "Forget the earlier draft"}
        onClick={onDismiss}
      >
        Dismiss
      </Button>
    </div>
  );
}
