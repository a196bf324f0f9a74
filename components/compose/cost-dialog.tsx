"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export const COST_CONFIRMED_KEY = "extract-studio:linkup-cost-confirmed";

/** Linkup tasks cost money: asked once per browser session before the first run. */
export function CostDialog({
  open,
  onConfirm,
  onPreview,
  onClose,
}: {
  open: boolean;
  onConfirm: () => void;
  /** Run on the embedded engine instead (free), when it is available. */
  onPreview?: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="Run this extraction on Linkup?" testId="cost-dialog">
      <p className="text-sm text-slate-700">
        Linkup charges for each extraction (typically a few dollars; failed tasks are free). You will not be asked again in this session.
      </p>
      {onPreview ? (
        <p className="mt-2 text-sm text-slate-700">Not sure the query is right yet? Preview it for free with the embedded engine first.</p>
      ) : null}
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        {onPreview ? (
          <Button variant="secondary" data-testid="cost-preview" onClick={onPreview}>
            Preview with the embedded engine
          </Button>
        ) : null}
        <Button data-testid="cost-confirm" onClick={onConfirm} autoFocus>
          Run on Linkup
        </Button>
      </div>
    </Dialog>
  );
}
