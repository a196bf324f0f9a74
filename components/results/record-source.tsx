import type { RowSource } from "@/lib/extract/types";

/** "in the frame at /body[1]/iframe[1] › its frame at /body[1]/iframe[2]:", or null for a record of the page's own document. */
export function framesLabel(frames: readonly string[] | undefined): string | null {
  if (!frames?.length) return null;
  return `in the frame at ${frames.map((f, i) => (i ? `its frame at ${f}` : f)).join(" › ")}:`;
}

/**
 * The row's page and its record's XPath. A record read in an `<iframe srcdoc>` has an XPath in that
 * frame's document, which the page's own XPaths cannot reach: the frame it is in is named first,
 * so the path is not taken for one in the page.
 */
export function RecordSource({ source }: { source: Pick<RowSource, "page" | "xpath" | "frames"> }) {
  const frames = framesLabel(source.frames);
  return (
    <p className="break-all">
      Source:{" "}
      <a href={source.page} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline" data-testid="row-source-page">
        {source.page}
      </a>{" "}
      {frames ? (
        <span className="text-xs text-slate-600" data-testid="row-source-frames">
          {frames}{" "}
        </span>
      ) : null}
      <span className="font-mono text-xs text-slate-600" data-testid="row-source-xpath">
        {source.xpath}
      </span>
    </p>
  );
}
