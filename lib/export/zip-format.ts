/**
 * The byte layout of a ZIP archive (PKWARE APPNOTE 6.3) for zip.ts: local and central directory
 * headers, the data descriptor, the end-of-central-directory record, their flags and methods, the
 * CRC-32 of an entry and its MS-DOS time stamp.
 */
import zlib from "node:zlib";

export const MAX_U32 = 0xffffffff;
export const FLAG_DESCRIPTOR = 1 << 3;
export const FLAG_UTF8 = 1 << 11;
export const STORE = 0;
export const DEFLATE = 8;
const VERSION = 20;

// zlib.crc32 exists from Node 20.15 / 22.2; older runtimes get the classic table.
let table: Uint32Array | undefined;
function tableCrc32(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
export const crc32: (data: Uint8Array, value?: number) => number = typeof zlib.crc32 === "function" ? (data, value) => zlib.crc32(data, value) : tableCrc32;

export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export interface EntryRecord {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export function localHeader(e: EntryRecord, stamp: { time: number; date: number }): Buffer {
  const b = Buffer.alloc(30 + e.name.length);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(e.flags, 6);
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(stamp.time, 10);
  b.writeUInt16LE(stamp.date, 12);
  // With a data descriptor, CRC and sizes are zero here and follow the data.
  b.writeUInt32LE(e.flags & FLAG_DESCRIPTOR ? 0 : e.crc, 14);
  b.writeUInt32LE(e.flags & FLAG_DESCRIPTOR ? 0 : e.compressed, 18);
  b.writeUInt32LE(e.flags & FLAG_DESCRIPTOR ? 0 : e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  e.name.copy(b, 30);
  return b;
}

export function dataDescriptor(e: EntryRecord): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  b.writeUInt32LE(e.compressed, 8);
  b.writeUInt32LE(e.size, 12);
  return b;
}

export function centralHeader(e: EntryRecord, stamp: { time: number; date: number }): Buffer {
  const b = Buffer.alloc(46 + e.name.length);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, spec 2.0
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(e.flags, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(stamp.time, 12);
  b.writeUInt16LE(stamp.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  // extra length, comment length, disk number, internal and external attributes: all zero
  b.writeUInt32LE(e.offset, 42);
  e.name.copy(b, 46);
  return b;
}

export function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}
