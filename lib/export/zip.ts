import zlib from "node:zlib";
import { DEFLATE, FLAG_DESCRIPTOR, FLAG_UTF8, MAX_U32, STORE, centralHeader, crc32, dataDescriptor, dosDateTime, endOfCentralDirectory, localHeader, type EntryRecord } from "./zip-format";

export { crc32 };

/**
 * A minimal streaming ZIP writer (PKWARE APPNOTE 6.3): entries given as bytes are written with
 * their sizes up front (deflated when that is smaller); entries given as streams are deflated as
 * they are read, with a data descriptor (flag bit 3) after them, so nothing is buffered whole.
 * No ZIP64: an archive or entry past 4 GB (or 65,535 entries) fails with a clear error. The
 * records' byte layout is in zip-format.ts.
 */
export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array | ReadableStream<Uint8Array>;
}

export interface ZipOptions {
  /** Modification time stamped on every entry (MS-DOS format, UTC). Defaults to now. */
  modified?: Date;
  /** zlib level for deflated entries (1 fastest … 9 smallest). Default 6. */
  level?: number;
}

class ZipLimitError extends Error {
  constructor(what: string) {
    super(`${what}: the ZIP writer does not support ZIP64, which that would need.`);
    this.name = "ZipLimitError";
  }
}

/** A zlib raw-deflate stream driven by hand: write() resolves with the output available so far. */
class Deflater {
  private readonly z: zlib.DeflateRaw;
  private out: Buffer[] = [];
  private error: Error | undefined;

  constructor(level: number) {
    this.z = zlib.createDeflateRaw({ level });
    this.z.on("data", (chunk: Buffer) => this.out.push(chunk));
    this.z.on("error", (err) => (this.error = err));
  }

  private take(): Buffer[] {
    if (this.error) throw this.error;
    const out = this.out;
    this.out = [];
    return out;
  }

  write(chunk: Uint8Array): Promise<Buffer[]> {
    return new Promise((resolve, reject) => this.z.write(chunk, (err) => (err ? reject(err) : resolve(this.take()))));
  }

  end(): Promise<Buffer[]> {
    return new Promise((resolve, reject) => {
      this.z.once("end", () => resolve(this.take()));
      this.z.once("error", reject);
      this.z.end();
    });
  }

  destroy() {
    this.z.destroy();
  }
}

/**
 * Streams a ZIP archive. `entries` may be lazy (an async generator): each is asked for only when
 * the previous one is written, so a later entry can depend on what an earlier stream held.
 */
export function zipStream(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, options: ZipOptions = {}): ReadableStream<Uint8Array> {
  const stamp = dosDateTime(options.modified ?? new Date());
  const level = options.level ?? 6;
  let current: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let cancelled = false;

  async function* chunks(): AsyncGenerator<Uint8Array> {
    const records: EntryRecord[] = [];
    let offset = 0;
    const advance = (bytes: number, what: string) => {
      offset += bytes;
      if (offset > MAX_U32) throw new ZipLimitError(`${what} goes past 4 GB`);
    };
    for await (const entry of entries) {
      if (cancelled) return;
      if (records.length === 0xffff) throw new ZipLimitError("more than 65,535 entries");
      const name = Buffer.from(entry.name, "utf8");
      if (entry.data instanceof Uint8Array) {
        const data = entry.data;
        const deflated = zlib.deflateRawSync(data, { level });
        const stored = deflated.length >= data.length;
        const body = stored ? data : deflated;
        const record: EntryRecord = { name, flags: FLAG_UTF8, method: stored ? STORE : DEFLATE, crc: crc32(data), compressed: body.length, size: data.length, offset };
        const header = localHeader(record, stamp);
        advance(header.length + body.length, `entry ${entry.name}`);
        records.push(record);
        yield Buffer.concat([header, body]);
        continue;
      }
      const record: EntryRecord = { name, flags: FLAG_UTF8 | FLAG_DESCRIPTOR, method: DEFLATE, crc: 0, compressed: 0, size: 0, offset };
      const header = localHeader(record, stamp);
      advance(header.length, `entry ${entry.name}`);
      yield header;
      const deflater = new Deflater(level);
      const reader = entry.data.getReader();
      current = reader;
      try {
        const emit = (out: Buffer[]) => {
          let bytes = 0;
          for (const b of out) bytes += b.length;
          record.compressed += bytes;
          advance(bytes, `entry ${entry.name}`);
          return out.length === 1 ? out[0]! : Buffer.concat(out, bytes);
        };
        for (;;) {
          const { done, value } = await reader.read();
          if (cancelled) return;
          if (done) break;
          record.crc = crc32(value, record.crc);
          record.size += value.length;
          if (record.size > MAX_U32) throw new ZipLimitError(`entry ${entry.name} is larger than 4 GB uncompressed`);
          const out = await deflater.write(value);
          if (out.length) yield emit(out);
        }
        const out = await deflater.end();
        const descriptor = dataDescriptor(record);
        const last = emit(out);
        advance(descriptor.length, `entry ${entry.name}`);
        yield Buffer.concat([last, descriptor]);
      } catch (err) {
        await reader.cancel(err).catch(() => {});
        throw err;
      } finally {
        current = undefined;
        deflater.destroy();
      }
      records.push(record);
    }
    const directory = Buffer.concat(records.map((r) => centralHeader(r, stamp)));
    if (offset + directory.length > MAX_U32) throw new ZipLimitError("the archive goes past 4 GB");
    yield Buffer.concat([directory, endOfCentralDirectory(records.length, directory.length, offset)]);
  }

  const iterator = chunks();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (cancelled) return;
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel(reason) {
        cancelled = true;
        await current?.cancel(reason).catch(() => {});
        void iterator.return(undefined).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );
}
