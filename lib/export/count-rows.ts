import { RowReader, type ExportStats } from "./rows";

/**
 * One pass over a result: how many of its lines are rows and how many are malformed (skipped),
 * decoded exactly as every export and the grid decode them, so the counts are theirs.
 */
export async function countRows(source: ReadableStream<Uint8Array>): Promise<ExportStats> {
  const rows = new RowReader(source);
  try {
    for (;;) {
      while (rows.shift() !== undefined);
      if (!(await rows.fill())) return { ...rows.stats };
    }
  } catch (err) {
    await rows.cancel(err).catch(() => {});
    throw err;
  }
}
