/** A last line longer than this is not re-parsed to check it is whole (it is counted as a row). */
const MAX_CHECKED_TAIL = 1024 * 1024;

/**
 * Tells a whole NDJSON result from one that ended early without an error (a proxy or a storage
 * host that closes the body cleanly mid-file): counts the lines against `rowsReturned`, and checks
 * that a last line without a newline is a whole JSON value rather than the start of one.
 */
export class CompletenessCheck {
  lines = 0;
  private tail: Uint8Array[] = [];
  private tailBytes = 0;

  push(chunk: Uint8Array) {
    const lastNewline = chunk.lastIndexOf(0x0a);
    if (lastNewline === -1) {
      this.keep(chunk);
      return;
    }
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.lines++;
    this.tail = [];
    this.tailBytes = 0;
    this.keep(chunk.subarray(lastNewline + 1));
  }

  /** Null when the file is whole; else what is wrong with it. */
  end(rowsReturned: number): string | null {
    let lines = this.lines;
    if (this.tailBytes > 0) {
      const text = this.tailBytes > MAX_CHECKED_TAIL ? null : new TextDecoder().decode(concat(this.tail, this.tailBytes));
      if (text !== null && text.trim() !== "") {
        try {
          JSON.parse(text);
        } catch {
          return `the last line is cut off after ${this.tailBytes} bytes (${this.lines} whole line(s) before it, ${rowsReturned} row(s) announced)`;
        }
      }
      if (text === null || text.trim() !== "") lines++;
    }
    if (lines < rowsReturned) return `${lines} line(s) of the ${rowsReturned} row(s) announced`;
    return null;
  }

  private keep(bytes: Uint8Array) {
    if (!bytes.length) return;
    this.tailBytes += bytes.length;
    // Past the cap only the count matters; the bytes are not kept.
    if (this.tailBytes <= MAX_CHECKED_TAIL) this.tail.push(bytes.slice());
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
