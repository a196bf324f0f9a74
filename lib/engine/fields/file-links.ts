/**
 * Link fields named for a kind of file: an episode's "audio url" or "mp3 link", a report's "pdf",
 * a talk's "video", a dataset's "csv". Such a field is the link to that file (its path ends in one
 * of the kind's extensions), not the record's page, which is its main link.
 */
import { lookup } from "../lookup";
import type { FieldPlan } from "./plan";

const AUDIO = ["mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac"];
const VIDEO = ["mp4", "m4v", "webm", "mov", "mkv", "avi"];
const DOCUMENT = ["pdf", "doc", "docx", "odt", "rtf", "epub"];
const SHEET = ["csv", "tsv", "xls", "xlsx", "ods", "json", "parquet"];
const ARCHIVE = ["zip", "gz", "tgz", "tar", "7z", "rar"];

const FILE_WORDS = lookup<string[]>({
  audio: AUDIO,
  mp3: ["mp3"],
  podcast: AUDIO,
  enclosure: [...AUDIO, ...VIDEO],
  video: VIDEO,
  mp4: ["mp4"],
  pdf: ["pdf"],
  document: DOCUMENT,
  ebook: ["epub", "pdf", "mobi"],
  epub: ["epub"],
  csv: ["csv"],
  spreadsheet: SHEET,
  dataset: [...SHEET, ...ARCHIVE],
  zip: ARCHIVE,
  archive: ARCHIVE,
  download: [...AUDIO, ...VIDEO, ...DOCUMENT, ...SHEET, ...ARCHIVE],
});

/** The extensions of the file a link field names by its own words (weight 2 and up), or null. */
export function fileExtensions(plan: FieldPlan): Set<string> | null {
  const known = EXTENSIONS.get(plan);
  if (known !== undefined) return known;
  let out: Set<string> | null = null;
  // "video link" in "every video with …" is the record's own link (record-noun.ts): the records are
  // the videos, whether or not their pages are files.
  for (const [w, weight] of plan.spec.namesRecord ? [] : plan.words) {
    const exts = weight >= 2 ? FILE_WORDS[w] : undefined;
    if (exts) for (const e of exts) (out ??= new Set()).add(e);
  }
  EXTENSIONS.set(plan, out);
  return out;
}
/** (Asked for every link a field is fitted to: once per plan.) */
const EXTENSIONS = new WeakMap<FieldPlan, Set<string> | null>();

/** The extension of a link's path ("https://cdn.example/142.mp3?t=1" → "mp3"), lower case. */
export function linkExtension(href: string): string | undefined {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return undefined;
  }
  return /\.([a-z0-9]{1,7})$/i.exec(path)?.[1]?.toLowerCase();
}

/**
 * What a link adds to its fit for a field named for a file: 3 when it goes to such a file, -2 when
 * it does not but its words name the field ("/episodes/7/audio", "Listen (MP3)"), null (no fit)
 * otherwise: the record's page is not its audio. 0 for other fields.
 */
export function fileLinkFit(plan: FieldPlan, href: string, named: boolean): number | null {
  const files = fileExtensions(plan);
  if (!files) return 0;
  if (files.has(linkExtension(href) ?? "")) return 3;
  return named ? -2 : null;
}
