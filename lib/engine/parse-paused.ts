/**
 * parseHtml, giving the event loop a turn while a long page is parsed: parse5 parses a multi-MB
 * page in one synchronous stretch (1.4 s for a 30,000-row table), during which the studio's server
 * answers nothing. parse5's own streaming parser (same tree builder, same tree) takes the page in
 * chunks, and the pause runs between them.
 */
import { ParserStream } from "parse5-parser-stream";
import type { Document } from "./dom";
import { noPause, type Pause } from "./pipeline/pause";

/**
 * Characters written at a time: a few milliseconds of parsing, so a 20 ms slice is not overrun much.
 * Some markup costs far more per character: with thousands of unclosed formatting tags (<b id=1>
 * <b id=2>…) each later tag walks them all, and 16 KB of it took over 80 ms (bench: 4 KB, ~35 ms);
 * on an ordinary page the smaller chunks cost no measurable time.
 */
export const PARSE_CHUNK = 4_096;

/**
 * The tree parseHtml builds (parse5 keeps what a chunk leaves unfinished, a tag, an entity or half
 * of a surrogate pair, for the next), parsed `chunk` characters at a time with `pause` between.
 */
export async function parseHtmlPaused(html: string, pause: Pause = noPause, chunk = PARSE_CHUNK): Promise<Document> {
  // scriptingEnabled: true, as parseHtml (noscript content is raw text, as a browser reads it).
  const stream = new ParserStream({ scriptingEnabled: true });
  const write = (part: string) =>
    new Promise<void>((resolve, reject) => {
      stream.write(part, (err) => (err ? reject(err) : resolve()));
    });
  let at = 0;
  for (; at + chunk < html.length; at += chunk) {
    await write(html.slice(at, at + chunk));
    await pause();
  }
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(html.slice(at), () => resolve());
  });
  return stream.document;
}
