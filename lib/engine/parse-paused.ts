/**
 * parseHtml, giving the event loop a turn while a long page is parsed: parse5 parses a multi-MB
 * page in one synchronous stretch (1.4 s for a 30,000-row table), during which the studio's server
 * answers nothing. parse5's own streaming parser (same tree builder, same tree) takes the page in
 * chunks, and the pause runs between them.
 */
import { defaultTreeAdapter, type DefaultTreeAdapterMap, type TreeAdapter } from "parse5";
import { ParserStream } from "parse5-parser-stream";
import type { Document, TextNode } from "./dom";
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
  const text = pieceTextAdapter();
  const stream = new ParserStream({ scriptingEnabled: true, treeAdapter: text.adapter });
  const write = (part: string) =>
    new Promise<void>((resolve, reject) => {
      stream.write(part, (err) => (err ? reject(err) : resolve()));
    });
  let at = 0;
  for (; at + chunk < html.length; at += chunk) {
    await write(html.slice(at, at + chunk));
    text.settle();
    await pause();
  }
  // The last chunk goes with end(), always as a string (empty for an empty page): 8.1.1's end()
  // takes its first argument for the chunk, so end(callback) writes no last chunk, which loses the
  // text the previous chunk ended with and, when nothing was written, leaves the document empty
  // (not even <html>). An empty string is written as one (Node's streams pass zero-length writes on).
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(html.slice(at), () => resolve());
  });
  text.settle();
  return stream.document;
}

/**
 * parse5's tree adapter, save that text added to a text node waits in a list until `settle` (after
 * each chunk) joins it: parse5 appends every run of characters on its own (`value += run`, a word,
 * then a space), so a long text, a page's 9 MB of legal text, became a rope of millions of pieces,
 * which V8 flattens in one ~100 ms stretch when something first reads it (and collects in another).
 * Joined a chunk at a time, the node holds a few thousand flat pieces: the same text.
 */
function pieceTextAdapter(): { adapter: TreeAdapter<DefaultTreeAdapterMap>; settle: () => void } {
  const pending = new Map<TextNode, string[]>();
  const append = (node: TextNode, text: string) => {
    const parts = pending.get(node);
    if (parts) parts.push(text);
    else pending.set(node, [text]);
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    // (The parser never reads a text node's value: it only adds text to one, by these two.)
    insertText(parent, text) {
      const last = parent.childNodes[parent.childNodes.length - 1];
      if (last && defaultTreeAdapter.isTextNode(last)) append(last, text);
      else defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const before = parent.childNodes[parent.childNodes.indexOf(reference) - 1];
      if (before && defaultTreeAdapter.isTextNode(before)) append(before, text);
      else defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createTextNode(text), reference);
    },
  };
  const settle = () => {
    for (const [node, parts] of pending) node.value += parts.join("");
    pending.clear();
  };
  return { adapter, settle };
}
