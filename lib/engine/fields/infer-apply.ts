/**
 * A later page of a run, read by the columns its seed page decided (infer.ts). A later page's
 * template need not be the seed's element for element: a card may gain a salary before its date, a
 * post three tags where the seed's had one. So a value is matched to a seed column by what the slot
 * is (its tag and class path, its label) and by its kind (a date column takes dates), not by its
 * position; a list item slot that held one item per seed record reads every item; and a value no
 * seed column takes gets a column of its own (named as the page alone would name it) rather than
 * being lost.
 */
import { classList, isElement, type Element } from "../dom";
import type { Origin } from "./origin";
import { shiftedSlot } from "./assign-slots";
import type { FilledRow } from "./fill";
import type { Piece, RecordPieces } from "./pieces";
import type { InferredColumn, InferredColumns, InferredRows } from "./infer";
import { listSlot } from "./infer-split";
import { own, put } from "../lookup";
import { runSteps, STRIDE, type Steps } from "../steps";

const parentOf = (el: Element): Element | null => (el.parentNode && isElement(el.parentNode) ? el.parentNode : null);
/** Class names with digits are generated or positional ("col-3", "css-1x2y"): they say nothing of the slot. */
const namingClasses = (el: Element) => classList(el).filter((c) => !/\d/.test(c));

/**
 * What a piece's slot is, whatever its position: the tags and classes from the record down to it
 * ("0:div/span.company"), and its label when it has one. The record's own classes are left out
 * (odd/even, featured).
 */
export function signatureOf(p: Piece): string {
  const known = SIGNATURES.get(p);
  if (known !== undefined) return known;
  const steps: string[] = [];
  let el: Element | null = p.el;
  for (let i = (p.path.match(/\//g) ?? []).length; i > 0 && el; i--, el = parentOf(el)) steps.unshift([el.tagName, ...namingClasses(el).sort()].join("."));
  const root = p.path.replace(/\/.*$/, "");
  const sig = [root, ...steps].join("/") + (p.hidden ? `#${p.valueAttr ?? ""}` : "");
  SIGNATURES.set(p, sig);
  return sig;
}
/** (Each piece's signature is asked for once per column.) */
const SIGNATURES = new WeakMap<Piece, string>();

/** What the seed records say of a column's slot, for matching a later page's pieces to it. */
export function slotIdentity(pieces: Piece[], all: RecordPieces[]): Pick<InferredColumn, "sig" | "label" | "tag" | "classes" | "items"> {
  const p = pieces[0]!;
  const ls = listSlot(p);
  // One item of a list in every record: a later record with several has them all read.
  const single = !!ls && all.every((rp) => rp.pieces.filter((x) => listSlot(x) === ls).length <= 1);
  return { sig: signatureOf(p), label: p.label?.toLowerCase(), tag: p.el.tagName, classes: namingClasses(p.el), ...(single ? { items: true } : {}) };
}

/** (A value is what the column reads: a row of stars has no text.) */
const usable = (p: Piece) => !p.labelOnly && !p.hidden;

/**
 * The pieces of a record a seed column reads. First those of its signature (and label; on a page
 * too short to confirm labels, an unlabelled one stands in), the seed's own position first; failing
 * those, the piece at the seed's position when it is the same element (same tag, a class in common)
 * and is no other column's. Either way only a value of the column's kind.
 */
function matchColumn(rp: RecordPieces, column: InferredColumn, taken: Set<Piece>, sigs: Set<string>, small: boolean): Piece[] {
  const fits = (p: Piece) => !taken.has(p) && usable(p) && (!column.fits || column.fits(p));
  const labelled = (p: Piece) => p.label?.toLowerCase() === column.label || (small && !p.label && !!column.label);
  const bySig = rp.pieces.filter((p) => fits(p) && signatureOf(p) === column.sig && labelled(p));
  if (column.list || column.items) return bySig;
  if (bySig.length) return [bySig.find((p) => p.path === column.path) ?? bySig[0]!];
  const at = rp.pieces.find((p) => (p.slot === column.slot || (small && p.path === column.path && !p.label)) && fits(p));
  if (!at || at.el.tagName !== column.tag || sigs.has(signatureOf(at))) return [];
  const classes = namingClasses(at.el);
  return (classes.length === 0 && column.classes.length === 0) || classes.some((c) => column.classes.includes(c)) ? [at] : [];
}

/**
 * Rows of a later page: the seed's title/url/image (`base`) and columns, then the columns the page
 * alone (`fresh`) reads from pieces none of those took, unless the seed saw that slot and left it
 * out (a constant label, a repeat of the title).
 */
export function laterPageRows(all: RecordPieces[], columns: InferredColumns, base: FilledRow[], fresh: InferredRows): FilledRow[] {
  const small = all.length < 3;
  const sigs = new Set(columns.columns.map((c) => c.sig));
  const used: Set<Element>[] = [];
  const rows = base.map(({ row, from }, r) => {
    const rp = all[r]!;
    const taken = new Set<Piece>();
    for (const column of columns.columns) {
      const pieces = matchColumn(rp, column, taken, sigs, small);
      const values = pieces.map((p) => column.read(p)).filter((v) => v !== undefined && v !== null && v !== "");
      if (!values.length) continue;
      // (A piece two columns read, a byline line's name and date, stays there for the other.)
      if (!column.shared) pieces.forEach((p) => taken.add(p));
      const value = column.list ? values : column.items && values.length > 1 ? values : values[0];
      put(row, column.key, value);
      from.set(column.key, column.origin(pieces[0]!));
    }
    used[r] = new Set([...from.values()].map((o: Origin) => o.el).concat([...taken].map((p) => p.el)));
    return { row, from };
  });
  const keys = new Set([...columns.base, ...columns.columns.map((c) => c.key)]);
  const rejected = new Set(columns.rejected);
  for (const column of fresh.columns?.columns ?? []) {
    // (A slot the seed has a column for is new here where that column did not take it: a value not of its kind.)
    if (rejected.has(column.sig)) continue;
    const found = fresh.rows.map((fr, r) => {
      const origin = fr.from.get(column.key);
      return origin && !used[r]!.has(origin.el) ? { value: own(fr.row, column.key), origin } : null;
    });
    if (!found.some(Boolean)) continue;
    let key = column.key;
    for (let i = 2; keys.has(key); i++) key = `${column.key}${i}`;
    keys.add(key);
    found.forEach((f, r) => {
      if (!f || f.value === undefined) return;
      put(rows[r]!.row, key, f.value);
      rows[r]!.from.set(key, f.origin);
    });
  }
  return rows;
}

/**
 * Without fields, a column one page read as a list and another as one value (a seed whose posts had
 * one tag each, a later page's several) is a list on every row.
 */
export function listsAcrossPages(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  runSteps(listsAcrossPagesSteps(rows));
  return rows;
}

/** listsAcrossPages as steps (see steps.ts), a step every STRIDE rows. */
export function* listsAcrossPagesSteps(rows: Record<string, unknown>[]): Steps<void> {
  const lists = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const k of Object.keys(row)) if (Array.isArray(row[k])) lists.add(k);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  if (!lists.size) return;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const k of lists) if (Object.hasOwn(row, k) && !Array.isArray(row[k]) && row[k] !== null && row[k] !== undefined) row[k] = [row[k]];
    if (i % STRIDE === STRIDE - 1) yield;
  }
}

/**
 * The one piece of the record in a slot shifted from the column's (fill.ts shiftedSlot; a labelled
 * slot, "div[2]/a@stars", under the same label) and of its kind (signatureOf).
 */
export function shiftedPiece(rp: RecordPieces, column: InferredColumn): Piece | undefined {
  const [path, label] = column.slot.split("@");
  const shifted = (slot: string) => {
    const [p, l] = slot.split("@");
    return l === label && shiftedSlot(path!, p!);
  };
  const found = rp.pieces.filter((x) => !x.labelOnly && shifted(x.slot) && signatureOf(x) === column.sig);
  return found.length === 1 ? found[0] : undefined;
}
