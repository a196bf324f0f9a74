/**
 * A strict RFC 4180 reader for checking exports: quoted fields, doubled quotes, CRLF records, line
 * breaks inside quotes. Written here (not imported from lib/) so the test does not trust the code
 * under test.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i++;
    } else if (ch === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (ch === '"' || ch === "\n" || ch === "\r") {
      throw new Error(`malformed CSV at offset ${i}: bare ${JSON.stringify(ch)}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error("malformed CSV: unterminated quoted field");
  if (field !== "" || record.length) throw new Error("malformed CSV: last record does not end in CRLF");
  return records;
}

/**
 * The CSV cell a spreadsheet-safe export must hold for a value, written from the rule and not
 * imported from lib/export: text that a spreadsheet would run (= + - @, tab or CR first) gets an
 * apostrophe, except a plain number such as "-2" or "+30", which it only reads as that number.
 */
export function expectedCsvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value !== "string") return String(value);
  // As a spreadsheet app reads it: leading spaces (any width, zero-width too) skipped, fullwidth and small forms folded.
  const read = value.replace(/^[\p{Zs}\u200b-\u200d\u2060\ufeff]+/u, "").normalize("NFKC");
  const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(read);
  return /^[=+\-@\t\r]/.test(read) && !plainNumber ? `'${value}` : value;
}
