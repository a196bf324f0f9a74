import "server-only";
import { createReadStream, createWriteStream, readdirSync, rmSync, type WriteStream } from "node:fs";
import { access, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { rowSourceSchema, type RowSource } from "@/lib/extract/types";
import { privateDir } from "./private-dir";

export type { RowSource };

/**
 * Result files of the embedded engine: `{id}.ndjson` (the rows, exactly what Linkup serves) and
 * `{id}.sources.ndjson` (line N = where row N came from: `{ page, xpath, fields }`; results written
 * before fields were recorded have no `fields`). Both are written under temporary names and renamed
 * into place only when the task completes, so a crash never leaves a half result visible.
 */
export class ResultFiles {
  constructor(private readonly dir: string) {
    privateDir(dir);
  }

  rowsPath(id: string) {
    return path.join(this.dir, `${id}.ndjson`);
  }

  sourcesPath(id: string) {
    return path.join(this.dir, `${id}.sources.ndjson`);
  }

  openWriter(id: string): ResultWriter {
    return new ResultWriter(this.rowsPath(id), this.sourcesPath(id));
  }

  async exists(id: string): Promise<boolean> {
    return access(this.rowsPath(id)).then(
      () => true,
      () => false,
    );
  }

  openRows(id: string): ReadableStream<Uint8Array> {
    return Readable.toWeb(createReadStream(this.rowsPath(id), { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
  }

  /** The source of row `index` (0-based), or null when there is none. */
  async sourceAt(id: string, index: number): Promise<RowSource | null> {
    const stream = createReadStream(this.sourcesPath(id), { encoding: "utf8" });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    try {
      let i = 0;
      for await (const line of lines) {
        if (i++ === index) return rowSourceSchema.parse(JSON.parse(line));
      }
      return null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    } finally {
      lines.close();
      stream.destroy();
    }
  }

  async remove(id: string) {
    await Promise.all([rm(this.rowsPath(id), { force: true }), rm(this.sourcesPath(id), { force: true })]);
  }

  /**
   * Removes the temporary files of writers that never finished: a process killed mid-task (SIGKILL,
   * power loss) cannot remove its own, and the re-queued task writes new ones under a new name.
   * Only for start-up, before any writer of this process opens: it takes every writer's temp file,
   * since one engine owns the data directory (as requeueInterrupted assumes). Synchronous so that
   * nothing can start in between. Returns how many files went.
   */
  removeStaleTemps(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (!TEMP_NAME.test(name)) continue;
      rmSync(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}

/** `{id}.ndjson.tmp-<pid>-<ms>` and `{id}.sources.ndjson.tmp-<pid>-<ms>`, as ResultWriter names them. */
const TEMP_NAME = /\.ndjson\.tmp-\d+-\d+$/;

class ResultWriter {
  private readonly rowsTmp: string;
  private readonly sourcesTmp: string;
  private readonly rows: WriteStream;
  private readonly sources: WriteStream;
  count = 0;

  constructor(
    private readonly rowsFinal: string,
    private readonly sourcesFinal: string,
  ) {
    const suffix = `.tmp-${process.pid}-${Date.now()}`; // TEMP_NAME must match it
    this.rowsTmp = rowsFinal + suffix;
    this.sourcesTmp = sourcesFinal + suffix;
    // Private, as the directory is (lib/store/private-dir.ts): the umask can only narrow this mode.
    this.rows = createWriteStream(this.rowsTmp, { mode: 0o600 });
    this.sources = createWriteStream(this.sourcesTmp, { mode: 0o600 });
  }

  /** Resolves when both files can take more (backpressure). */
  async write(row: Record<string, unknown>, source: RowSource): Promise<void> {
    const a = this.rows.write(`${JSON.stringify(row)}\n`);
    const b = this.sources.write(`${JSON.stringify(source)}\n`);
    this.count++;
    await Promise.all([a ? null : once(this.rows, "drain"), b ? null : once(this.sources, "drain")]);
  }

  async commit(): Promise<void> {
    await Promise.all([close(this.rows), close(this.sources)]);
    await Promise.all([fsync(this.rowsTmp), fsync(this.sourcesTmp)]);
    // Sources first: the rows file appearing is what makes the result visible.
    await rename(this.sourcesTmp, this.sourcesFinal);
    await rename(this.rowsTmp, this.rowsFinal);
  }

  async abort(): Promise<void> {
    // A stream opens its file asynchronously, and destroying it before then still creates the
    // file: wait until both are closed, or the removal can run first and leave a temp file behind.
    await Promise.all([destroyed(this.rows), destroyed(this.sources)]);
    await Promise.all([rm(this.rowsTmp, { force: true }), rm(this.sourcesTmp, { force: true })]);
  }
}

const destroyed = (stream: WriteStream) =>
  new Promise<void>((resolve) => {
    if (stream.closed) return resolve();
    stream.once("close", () => resolve());
    stream.destroy();
  });

const once = (stream: WriteStream, event: string) => new Promise<void>((resolve) => stream.once(event, () => resolve()));

const close = (stream: WriteStream) =>
  new Promise<void>((resolve, reject) => {
    stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
  });

async function fsync(file: string) {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
