/**
 * Per-element measurements shared by every record detector, computed once per page in a single
 * post-order pass (no per-candidate subtree walks for text, so detection stays linear in page size).
 */
import { INVISIBLE_TAGS, classList, isElement, isText, type Element, type ParentNode, type TextNode } from "../dom";
import { runSteps, STRIDE, type Steps } from "../steps";
import { CHAR_SLICE, countChars, countCharsSteps } from "./visible-chars";

export interface ElementStats {
  /** Visible non-whitespace characters in the subtree. */
  text: number;
  /** Of those, characters inside an <a>. */
  linkText: number;
  /** Elements in the subtree that hold a non-blank text node themselves (≈ fields). */
  leaves: number;
  /** Elements in the subtree, the element included. */
  size: number;
  /** <a href> elements in the subtree. */
  links: number;
  /** <img> and <video> elements in the subtree (cards show a picture; menus rarely do). */
  images: number;
}

const EMPTY: ElementStats = { text: 0, linkText: 0, leaves: 0, size: 0, links: 0, images: 0 };

/** An element of the post-order walk, and whether its children were pushed. */
type Frame = { el: Element; done: boolean };

/**
 * Tags that never are or contain records (their text is not shown as content); for the same reason
 * the field readers (fields/dom-text.ts, fields/record-pieces.ts) read no value from their text.
 */
export const SKIP_TAGS = new Set([...INVISIBLE_TAGS, "svg", "iframe", "select", "option", "button", "input", "textarea"]);

export class PageFeatures {
  private readonly stats = new Map<Element, ElementStats>();
  private readonly shapes = new Map<Element, Set<string>>();
  /** Elements whose shape holds a numbered class token (see instance-classes.ts). */
  private readonly numbered = new Set<Element>();
  /** Shape paths with their class numbers masked, once each per page (see instance-classes.ts). */
  readonly pathStems = new Map<string, string>();
  /** Texts longer than CHAR_SLICE, counted as steps before their element is measured. */
  private readonly longTexts = new Map<TextNode, number>();
  private uncounted: TextNode | null = null;

  /** `measured` false: the stats are measured by the caller (see PageFeatures.steps). */
  constructor(root: ParentNode, private readonly classShapes = true, measured = true) {
    if (measured) runSteps(this.measure(root));
  }

  /** The features of `root`, measured as steps (see steps.ts): a step every STRIDE elements. */
  static *steps(root: ParentNode, classShapes = true): Steps<PageFeatures> {
    const f = new PageFeatures(root, classShapes, false);
    yield* f.measure(root);
    return f;
  }

  private *measure(root: ParentNode): Steps<void> {
    // Iterative post-order: pages can be thousands of levels deep in the worst case.
    const stack: Frame[] = [];
    if (isElement(root)) stack.push({ el: root, done: false });
    else
      for (let i = root.childNodes.length - 1; i >= 0; i--) {
        const c = root.childNodes[i];
        if (isElement(c)) stack.push({ el: c, done: false });
      }
    // The loop itself in a plain method: a generator's own loop runs at half the speed.
    while (this.measureSome(stack, STRIDE)) {
      const text = this.uncounted;
      if (text) {
        this.uncounted = null;
        this.longTexts.set(text, yield* countCharsSteps(text.value));
      }
      yield;
    }
  }

  /**
   * Up to `passes` passes of the post-order walk; whether the walk has more to do. It stops early at
   * an element with a long text not counted yet (`uncounted`), and measures it once that is counted.
   */
  private measureSome(stack: Frame[], passes: number): boolean {
    for (let n = 0; n < passes && stack.length; n++) {
      const top = stack[stack.length - 1]!;
      if (!top.done) {
        top.done = true;
        if (INVISIBLE_TAGS.has(top.el.tagName)) continue;
        const kids = top.el.childNodes;
        for (let i = kids.length - 1; i >= 0; i--) {
          const c = kids[i];
          if (isElement(c)) stack.push({ el: c, done: false });
        }
        continue;
      }
      const el = top.el;
      if (INVISIBLE_TAGS.has(el.tagName)) {
        stack.pop();
        this.stats.set(el, EMPTY);
        continue;
      }
      let own = 0;
      const s: ElementStats = { text: 0, linkText: 0, leaves: 0, size: 1, links: el.tagName === "a" ? 1 : 0, images: el.tagName === "img" || el.tagName === "video" ? 1 : 0 };
      for (const c of el.childNodes) {
        if (isText(c)) {
          const chars = c.value.length <= CHAR_SLICE ? countChars(c.value) : this.longTexts.get(c);
          if (chars === undefined) {
            this.uncounted = c;
            return true;
          }
          own += chars;
        } else if (isElement(c)) {
          const cs = this.stats.get(c) ?? EMPTY;
          s.text += cs.text;
          s.linkText += cs.linkText;
          s.leaves += cs.leaves;
          s.size += cs.size;
          s.links += cs.links;
          s.images += cs.images;
        }
      }
      stack.pop();
      s.text += own;
      if (own > 0) s.leaves += 1;
      if (el.tagName === "a") s.linkText = s.text;
      this.stats.set(el, s);
    }
    return stack.length > 0;
  }

  get(el: Element): ElementStats {
    return this.stats.get(el) ?? EMPTY;
  }

  /**
   * The element's shape: relative tag paths of its descendants down to a bounded depth and count.
   * Two records built from one template share most paths whatever their text; bounded so comparing
   * costs O(1) per record.
   */
  shape(el: Element): Set<string> {
    const cached = this.shapes.get(el);
    if (cached) return cached;
    const withClass = this.classShapes;
    const out = new Set<string>();
    let numbered = false;
    const queue: Array<{ el: Element; path: string; depth: number }> = [{ el, path: "", depth: 0 }];
    for (let q = 0; q < queue.length && out.size < MAX_SHAPE; q++) {
      const item = queue[q]!;
      if (item.depth >= MAX_DEPTH) continue;
      for (const c of item.el.childNodes) {
        if (!isElement(c) || INVISIBLE_TAGS.has(c.tagName)) continue;
        const step = withClass ? signature(c) : c.tagName;
        // (Digits in the tag, h1…h6, are not class numbers.)
        if (withClass && !numbered && step.length > c.tagName.length && /\d/.test(step.slice(c.tagName.length))) numbered = true;
        const path = `${item.path}/${step}`;
        out.add(path);
        queue.push({ el: c, path, depth: item.depth + 1 });
      }
    }
    this.shapes.set(el, out);
    if (numbered) this.numbered.add(el);
    return out;
  }

  /** Whether shape(el), computed first, holds a numbered class token (comment-1, col-md-4, h-12). */
  hasNumberedShape(el: Element): boolean {
    return this.numbered.has(el);
  }
}

const MAX_SHAPE = 60;
const MAX_DEPTH = 4;

/**
 * Class tokens that describe a template rather than one instance: tokens carrying long numbers
 * (ids such as review_604121), React useId values (fresnel-:r5:, «r5») and state words (active,
 * odd…) are dropped.
 */
export function templateClasses(el: Element): string[] {
  return classList(el)
    .filter((t) => !/\d{3,}/.test(t) && !INSTANCE_ID.test(t) && !STATE_CLASSES.has(t.toLowerCase()))
    .sort();
}

// (Tailwind variants such as hover:dark:text-white also hold colons, but never end in ":rN:".)
const INSTANCE_ID = /(^|[-_]):[rR][0-9a-zA-Z]{0,4}:$|«[rR][0-9a-zA-Z]{0,4}»/;

/** State and position words (zebra stripes, grid row ends): they vary along a list of one template. */
export const STATE_CLASSES = new Set(["active", "selected", "current", "first", "last", "odd", "even", "open", "hover", "focus", "disabled", "is-active", "is-selected", "alt", "alternate", "alpha", "omega"]);

/** Tag plus template classes: the sibling signature used to group repeated records. */
export function signature(el: Element): string {
  const cls = templateClasses(el);
  return cls.length ? `${el.tagName}.${cls.join(".")}` : el.tagName;
}

export function parentElement(el: Element): Element | null {
  const p = el.parentNode;
  return p && isElement(p) ? p : null;
}

/**
 * The value that occurs most often (the first to reach that count wins), provided it occurs at least
 * `atLeast` times; undefined otherwise.
 */
export function mostFrequent<T>(values: readonly T[], atLeast = 1): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = atLeast - 1;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      bestN = n;
      best = v;
    }
  }
  return best;
}
