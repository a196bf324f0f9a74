/**
 * DOM helpers over parse5's default tree: the same tree a browser builds from the HTML (HTML5 tree
 * construction), so XPaths computed here match the browser's (and the corpus truth's).
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { runSteps, STRIDE, type Steps } from "./steps";

export type Document = DefaultTreeAdapterMap["document"];
export type Element = DefaultTreeAdapterMap["element"];
export type ChildNode = DefaultTreeAdapterMap["childNode"];
export type ParentNode = DefaultTreeAdapterMap["parentNode"];
export type TextNode = DefaultTreeAdapterMap["textNode"];

export function parseHtml(html: string): Document {
  // scriptingEnabled: true is what a browser does (noscript content is raw text).
  return parse(html, { scriptingEnabled: true });
}

export const isElement = (node: unknown): node is Element =>
  !!node && typeof node === "object" && "tagName" in node && typeof (node as Element).tagName === "string";

export const isText = (node: unknown): node is TextNode =>
  !!node && typeof node === "object" && (node as TextNode).nodeName === "#text";

export function elementChildren(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of node.childNodes) if (isElement(child)) out.push(child);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** Columns a table cell spans: 0 for anything else; colspan clamped to 1..1000 as browsers do. */
export function colSpan(el: Element): number {
  if (el.tagName !== "td" && el.tagName !== "th") return 0;
  const n = Number.parseInt(attr(el, "colspan") ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/**
 * Rows a table cell spans: 0 for anything else; rowspan="0" spans to the end of its section (read
 * as the most a browser allows, 65534), junk as 1.
 */
export function rowSpan(el: Element): number {
  if (el.tagName !== "td" && el.tagName !== "th") return 0;
  const n = Number.parseInt(attr(el, "rowspan") ?? "1", 10);
  if (n === 0) return 65534;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 65534) : 1;
}

export function classList(el: Element): string[] {
  const value = attr(el, "class");
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** Elements whose text is never shown. */
export const INVISIBLE_TAGS = new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link"]);

/** The language of an element's text: its own or its nearest ancestor's lang attribute, as a browser's :lang(). */
export function langOf(el: Element): string | undefined {
  for (let n: Element | null = el; n; n = n.parentNode && isElement(n.parentNode) ? n.parentNode : null) {
    const lang = attr(n, "lang") ?? attr(n, "xml:lang");
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** The <html> and <body> elements. */
export function htmlElement(doc: Document): Element | undefined {
  return elementChildren(doc).find((e) => e.tagName === "html");
}

export function bodyElement(doc: Document): Element | undefined {
  const html = htmlElement(doc);
  return html ? elementChildren(html).find((e) => e.tagName === "body") : undefined;
}

/** Depth-first, document order; `visit` returning false skips the element's subtree. */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  // (Not walkElementsSteps run through: field readers walk each piece's few elements, 100,000s of
  // times on a long page, where a generator per walk costs more than the walk.)
  const stack: ChildNode[] = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    const kids = node.tagName === "template" ? [] : node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** walkElements as steps (see steps.ts), a step every STRIDE elements: a long page has 100,000s. */
export function* walkElementsSteps(root: ParentNode, visit: (el: Element) => boolean | void): Steps<void> {
  const stack: ChildNode[] = [...root.childNodes].reverse();
  let seen = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (++seen % STRIDE === 0) yield;
    if (visit(node) === false) continue;
    const kids = node.tagName === "template" ? [] : node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Whether a node is, or holds, non-blank text outside script/style/template and the like. */
export function hasVisibleText(node: ChildNode): boolean {
  if (isText(node)) return /[^\s\u00a0]/.test(node.value);
  if (!isElement(node)) return false;
  const stack: Element[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (INVISIBLE_TAGS.has(n.tagName)) continue;
    for (const c of n.childNodes) {
      if (isText(c) && /[^\s\u00a0]/.test(c.value)) return true;
      if (isElement(c)) stack.push(c);
    }
  }
  return false;
}

/** Stands on the walk's stack for the end of a block: the break after it. */
const BLOCK_END = Symbol("block end");

/**
 * Visible text of a subtree, whitespace collapsed. A block (or a <br>) breaks the text on both sides,
 * as a browser lays it out: `<li><h3>Jane Doe</h3>Engineer</li>` reads "Jane Doe Engineer".
 */
export function textContent(root: ParentNode): string {
  // (Not textContentSteps run through: field readers read 100,000s of small pieces, see walkElements.)
  const parts: string[] = [];
  const stack: TextWalk = [...root.childNodes].reverse();
  while (stack.length) readText(stack.pop()!, stack, parts);
  return normalizeSpace(parts.join(""));
}

/** textContent as steps (see steps.ts), a step every STRIDE nodes: a whole page has 100,000s. */
export function* textContentSteps(root: ParentNode): Steps<string> {
  const parts: string[] = [];
  const stack: TextWalk = [...root.childNodes].reverse();
  for (let seen = 1; stack.length; seen++) {
    if (seen % STRIDE === 0) yield;
    readText(stack.pop()!, stack, parts);
  }
  return normalizeSpace(parts.join(""));
}

type TextWalk = (ChildNode | typeof BLOCK_END)[];

/** One node of textContent's walk: its text, or its children onto the stack. */
function readText(node: ChildNode | typeof BLOCK_END, stack: TextWalk, parts: string[]): void {
  if (node === BLOCK_END) {
    parts.push(" ");
    return;
  }
  if (isText(node)) {
    parts.push(node.value);
    return;
  }
  if (!isElement(node) || INVISIBLE_TAGS.has(node.tagName)) return;
  if (node.tagName === "br") parts.push(" ");
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) stack.push(BLOCK_END);
  for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  if (block) parts.push(" ");
}

/** Elements a browser lays out as blocks: the text breaks around them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "dd", "dt", "dl", "ul", "ol",
  "table", "caption", "header", "footer", "main", "nav", "aside", "blockquote", "address", "figure", "figcaption", "form",
  "fieldset", "legend", "pre", "details", "summary", "option", "hr",
]);

/** A space other than " ", two spaces running, or a space at either end: what normalizeSpace changes. */
const SPACE_TO_NORMALIZE = /[^\S ]| {2}|^ | $/;

export function normalizeSpace(text: string): string {
  // Most texts of a page are already normal: testing is cheaper than building a copy (per piece, per field).
  return SPACE_TO_NORMALIZE.test(text) ? text.replace(/[\s\u00a0]+/g, " ").trim() : text;
}

/** Element count and nesting depth of a document, walked without recursion. */
export function measureTree(doc: Document): { elements: number; maxDepth: number } {
  return runSteps(measureTreeSteps(doc));
}

/** measureTree as steps (see steps.ts), a step every STRIDE elements. */
export function* measureTreeSteps(doc: Document): Steps<{ elements: number; maxDepth: number }> {
  let elements = 0;
  let maxDepth = 0;
  const stack: { node: ParentNode; depth: number }[] = [{ node: doc, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (++elements % STRIDE === 0) yield;
      if (depth + 1 > maxDepth) maxDepth = depth + 1;
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return { elements, maxDepth };
}
