import { flattenRow } from "./flatten";
import { CHUNK_CHARS, cell, RowReader, type ExportStats, type Row } from "./rows";
import { zipStream, type ZipEntry } from "./zip";

/**
 * NDJSON → .xlsx (Office Open XML spreadsheet), streamed: the worksheet XML is generated ~64 KB at
 * a time and deflated into the ZIP as the consumer reads. Cells carry real types: numbers `<v>`,
 * booleans `t="b"`, text as inline strings (no shared-strings table, which would need every string
 * in memory); null/absent → no cell; nested values → JSON text. The header row is bold and frozen.
 * Past Excel's 1,048,576 rows a sheet, rows go on in a next sheet ("Rows (2)", …).
 */
export interface XlsxOptions {
  flatten?: boolean;
  /** Name of the first sheet (Excel rules: ≤ 31 characters, none of : \ / ? * [ ]). Default "Rows". */
  sheetName?: string;
  /** Timestamp of the ZIP entries; defaults to now. */
  modified?: Date;
  /** zlib level for the worksheet; default 3 (XML compresses well even fast). */
  level?: number;
  /** Data rows per sheet; Excel's limit less the header row by default. Lower only for tests. */
  rowsPerSheet?: number;
}

/** Excel allows 1,048,576 rows; one is the header. */
const EXCEL_MAX_DATA_ROWS = 1_048_575;
/** Excel refuses cells with more characters than this. */
const EXCEL_MAX_CELL_CHARS = 32_767;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 forbids (controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const ILLEGAL_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// Anything that needs work: markup characters, CR (kept as &#13;), or a possibly illegal character.
const NEEDS_WORK = /[&<>"\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;

/** Text safe for XML element content or a double-quoted attribute value. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(ILLEGAL_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

/** A, B, … Z, AA, AB, … for column index 0, 1, … */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function clip(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text;
  let end = EXCEL_MAX_CELL_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not cut a surrogate pair in half
  return text.slice(0, end);
}

function stringCell(ref: string, text: string, style = ""): string {
  const clipped = xmlText(clip(text));
  const space = /^\s|\s$/.test(clipped) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${clipped}</t></is></c>`;
}

/** One cell's XML; empty for null/undefined (no cell at all). */
function xlsxCell(ref: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : stringCell(ref, String(value));
    case "boolean":
      return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    case "string":
      return stringCell(ref, value);
    case "bigint":
      return stringCell(ref, value.toString());
    default:
      return stringCell(ref, JSON.stringify(value) ?? "");
  }
}

function sheetXml(sheetIndex: number, columns: readonly string[], letters: readonly string[]) {
  const header = columns.map((c, i) => stringCell(`${letters[i]}1`, c, ' s="1"')).join("");
  const view = sheetIndex === 0 ? ' tabSelected="1"' : "";
  return {
    head:
      `${PROLOG}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<sheetViews><sheetView workbookViewId="0"${view}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<sheetData><row r="1">${header}</row>`,
    tail: "</sheetData></worksheet>",
  };
}

function sheetNames(base: string, count: number): string[] {
  const clean = base.replace(/[:\\/?*[\]]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 24) || "Rows";
  return Array.from({ length: count }, (_, i) => (i === 0 ? clean : `${clean} (${i + 1})`));
}

const STYLES =
  `${PROLOG}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const ROOT_RELS =
  `${PROLOG}<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  "</Relationships>";

function contentTypes(sheets: number): string {
  let overrides = "";
  for (let i = 1; i <= sheets; i++) {
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    `${PROLOG}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    overrides +
    "</Types>"
  );
}

function workbook(names: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return `${PROLOG}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  let rels = "";
  for (let i = 1; i <= sheets; i++) rels += `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${sheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`;
  return `${PROLOG}<Relationships xmlns="${NS_PKG_REL}">${rels}</Relationships>`;
}

export function ndjsonToXlsx(
  source: ReadableStream<Uint8Array>,
  columns: readonly string[],
  options: XlsxOptions = {},
  onDone?: (stats: ExportStats) => void,
): ReadableStream<Uint8Array> {
  const rows = new RowReader(source);
  const keys = [...columns];
  const letters = keys.map((_, i) => columnLetters(i));
  const flatten = options.flatten ?? false;
  const perSheet = options.rowsPerSheet ?? EXCEL_MAX_DATA_ROWS;
  const encoder = new TextEncoder();

  const rowXml = (raw: Row, r: number): string => {
    const row = flatten ? flattenRow(raw) : raw;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < keys.length; i++) xml += xlsxCell(`${letters[i]}${r}`, cell(row, keys[i]!));
    return `${xml}</row>`;
  };

  /** One worksheet part: up to `perSheet` rows, leaving the rest in `rows` for the next sheet. */
  const sheet = (index: number): ReadableStream<Uint8Array> => {
    const { head, tail } = sheetXml(index, keys, letters);
    let started = false;
    let written = 0;
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          let text = "";
          if (!started) {
            started = true;
            text = head;
          }
          for (;;) {
            let row: Row | undefined;
            while (written < perSheet && (row = rows.shift()) !== undefined) text += rowXml(row, ++written + 1);
            const full = written >= perSheet;
            if (!full && text.length < CHUNK_CHARS && (await rows.fill())) continue;
            if (full || text.length < CHUNK_CHARS) {
              controller.enqueue(encoder.encode(text + tail));
              controller.close();
            } else {
              controller.enqueue(encoder.encode(text));
            }
            return;
          }
        },
        cancel(reason) {
          return rows.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
  };

  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: "_rels/.rels", data: encoder.encode(ROOT_RELS) };
    yield { name: "xl/styles.xml", data: encoder.encode(STYLES) };
    let count = 0;
    do yield { name: `xl/worksheets/sheet${count + 1}.xml`, data: sheet(count++) };
    while (await rows.hasRow());
    // The sheet count is known only now, so the parts that list the sheets come last.
    yield { name: "xl/workbook.xml", data: encoder.encode(workbook(sheetNames(options.sheetName ?? "Rows", count))) };
    yield { name: "xl/_rels/workbook.xml.rels", data: encoder.encode(workbookRels(count)) };
    yield { name: "[Content_Types].xml", data: encoder.encode(contentTypes(count)) };
    onDone?.(rows.stats);
  }

  return zipStream(entries(), { modified: options.modified, level: options.level ?? 3 });
}
