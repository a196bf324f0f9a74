/**
 * The pieces of one record: its elements walked in order, each that can hold a value made a piece
 * with what names it there (its own and its ancestors' words, a column header, an inline label or
 * a label element just before it), its link, image and attribute value; the record's main link
 * (main-link.ts); microdata values kept in attributes (attribute-pieces.ts). What is decided across
 * records is in pieces.ts.
 */
import { attr, elementChildren, isText, langOf, normalizeSpace, type Element } from "../dom";
import { cellIndex, textMemo, unstruck } from "./dom-text";
import { iconValue, leadingIconDrawing, leadingIconName } from "./icons";
import { labelledFirstChild, labelledParts } from "./inline-labels";
import { numberStyleOf, resolveUrl } from "./values";
import type { Piece, RecordPieces } from "./pieces";
import { SKIP_TAGS, parentElement } from "../records/features";
import { HEADINGS, mainLinkOf } from "./main-link";
import { laidOutChildren, rowLayout } from "../records/row-spans";
import { labelUnseen, shownTitle } from "./screen-reader-labels";
import { backgroundImage, IMAGE_TAGS, imageSource } from "./image-source";
import { customElementPieces } from "./custom-elements";
import { addHints, attributeHints, ownHints } from "./piece-hints";
import { attributeValue } from "./attribute-pieces";

const NOT_SHOWN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Inside a record but never a value: a form (its labels are the form's: "Your Name*" of a contact
 * form is no one's name) and what the page hides (the hidden attribute, inline display:none or
 * visibility:hidden: a closed popup, a form shown on click). A record's root is taken whatever it is.
 */
function concealed(el: Element): boolean {
  return el.tagName === "form" || attr(el, "hidden") !== undefined || NOT_SHOWN.test(attr(el, "style") ?? "");
}
const INLINE_LABEL = /^([A-Za-z\u00c0-\u024f][\w\u00c0-\u024f .'&/()-]{0,30}?)\s*[:：]\s*(.+)$/s;
const STRUCK = /\b(?:old|was|before|original|regular|strike|struck|crossed|list|compare|rrp)\b/;
const VALUE_ATTRS = ["content", "datetime", "data-value", "data-rating", "data-score", "data-price", "value", "aria-valuenow"];

const hasDirectText = (el: Element) => el.childNodes.some((c) => isText(c) && c.value.trim() !== "");

const BARE_COUNT = /^\d[\d.,\s]*[kKmM]?$/;

/** The last segment of a link's path when it is a word ("/acme/app/forks" → "forks"), not an id or a slug with digits. */
function lastPathWord(href: string | undefined): string | undefined {
  const last = href?.split(/[?#]/)[0]!.split("/").filter(Boolean).pop();
  return last && /^[a-z][a-z_-]{1,24}$/i.test(last) ? last : undefined;
}

const TERM_HINTS: [string, number][] = [["term", 2]];
const DEFINITION_HINTS: [string, number][] = [["definition", 2], ["meaning", 2], ["description", 1]];

export function piecesOfRecord(record: Element[], base: string, headers?: string[]): RecordPieces {
  const pieces: Piece[] = [];
  const hidden: Piece[] = [];
  const textContent = textMemo();
  const { link: mainLink, besideHeading } = mainLinkOf(record, textContent);
  const iconLabels = new Map<Piece, string>();
  // A record that is a <dt> and its <dd>s (a glossary's, an FAQ's entry) is a term and what it means:
  // the <dt> is the record's heading, not the label of a value, and the <dd> its definition.
  // (One item's own fields as a <dl> are a property list, never such records: records/properties.ts.)
  const term = record.length >= 2 && record[0]!.tagName === "dt" ? record[0] : undefined;
  const visit = (el: Element, path: string, inherited: Map<string, number>, inHeading: boolean, link: Element | undefined, isRoot: boolean, header?: string) => {
    // An icon that is all its parent shows ("<td><svg aria-label="Yes"></td>") gives its name as the value.
    const icon = iconValue(el);
    if (SKIP_TAGS.has(el.tagName) && !icon) {
      const piece = attributeValue(el, path, base);
      if (piece) hidden.push(piece);
      return;
    }
    if (!isRoot && concealed(el)) return;
    for (const piece of customElementPieces(el, path, base, attributeHints)) hidden.push(piece);
    const text = textContent(el);
    const kids = elementChildren(el).filter((k) => !SKIP_TAGS.has(k.tagName) || (!text && iconValue(k)));
    const heading = inHeading || HEADINGS.has(el.tagName) || el === term;
    const a = el.tagName === "a" && attr(el, "href") ? el : link;
    const own = new Map(inherited);
    ownHints(el, own, 1);
    // A bare count in a link is named by where the link goes: <a href="/acme/app/forks">1,540</a>.
    if (el.tagName === "a" && BARE_COUNT.test(text)) addHints(own, lastPathWord(attr(el, "href")), 1.5);
    // A wrapper whose only child holds the same text names that child: pass its words on at full weight.
    const only = kids.length === 1 && !hasDirectText(el) ? kids[0] : undefined;
    const wrapper = !!only && textContent(only) === text;
    const valueAttr = icon ? icon.attr : VALUE_ATTRS.find((n) => attr(el, n)?.trim());
    const attrValue = icon ? icon.name : valueAttr && attr(el, valueAttr);
    const isCell = el.tagName === "td" || el.tagName === "th" || el.tagName === "dd";
    const namedEmpty = !text && (attrValue !== undefined || /star|rating|score/i.test(attr(el, "class") ?? ""));
    const composite = !isRoot && kids.length >= 2 && !hasDirectText(el) && text.length > 0 && text.length <= 60;
    // An icon link ("<a href=…linkedin…" aria-label="Ada on LinkedIn"><svg/></a>) has no text but
    // is a link its label names: a profile or a site's page.
    const iconLink = el.tagName === "a" && !text && !!attr(el, "href") && !!(attr(el, "aria-label")?.trim() || attr(el, "title")?.trim());
    // A photo drawn as the element's CSS background is its picture, as an <img>'s would be.
    const background = IMAGE_TAGS.has(el.tagName) ? undefined : backgroundImage(el, base);
    const isPiece =
      !!icon || iconLink || (!!background && !text) || (!wrapper && (hasDirectText(el) || isCell || composite || namedEmpty || (el.tagName === "a" && !!text) || IMAGE_TAGS.has(el.tagName) || (!!attrValue && !kids.length)));
    if (isPiece && !(isRoot && record.length === 1 && !hasDirectText(el))) {
      const piece: Piece = {
        el,
        text,
        value: ((heading || el === mainLink) && shownTitle(el, text)) || unstruck(el, text),
        hints: own,
        heading,
        mainLink: !!mainLink && (a === mainLink || el === mainLink),
        besideHeading: (besideHeading && (a === mainLink || el === mainLink)) || undefined,
        labelOnly: false,
        constant: false,
        slot: path,
        path,
        order: pieces.length,
        struck: ["del", "s", "strike"].includes(el.tagName) || STRUCK.test([...own.keys()].filter((k) => (own.get(k) ?? 0) >= 2).join(" ")),
      };
      if (a) {
        piece.href = resolveUrl(attr(a, "href"), base) ?? undefined;
        if (piece.href) piece.hrefEl = a;
      }
      if (IMAGE_TAGS.has(el.tagName)) {
        const image = imageSource(el, base);
        if (image) Object.assign(piece, { src: image.url, srcAttr: image.attr });
        addHints(own, attr(el, "alt"), 1);
      } else if (background) Object.assign(piece, { src: background.url, srcAttr: background.attr });
      if (attrValue) {
        piece.attrValue = normalizeSpace(attrValue);
        piece.valueAttr = valueAttr;
      }
      const cellHeader = isCell && headers && el.tagName !== "dd" ? headers[cellIndex(el, record)] : header;
      if (cellHeader) piece.label = cellHeader;
      const m = INLINE_LABEL.exec(text);
      if (!piece.label && m && !/^https?$/i.test(m[1]!) && m[1]!.split(/\s+/).length <= 4 && !labelledFirstChild(el, textContent)) {
        piece.label = m[1]!.trim();
        piece.value = m[2]!.trim();
        piece.inline = true;
      } else if (/[:：]$/.test(text) && text.length <= 40) {
        piece.label = text.replace(/[:：]$/, "").trim();
        piece.value = "";
        piece.labelOnly = true;
      } else if (!isRoot) labelUnseen(piece, textContent);
      // An icon before the text names it as a label would ("<svg aria-label="Total time"/> 30 mins"),
      // after any label the page shows (below).
      const iconLabel = piece.label || piece.labelOnly ? undefined : leadingIconName(el);
      if (iconLabel) iconLabels.set(piece, iconLabel);
      else if (!piece.label && !piece.labelOnly) addHints(own, leadingIconDrawing(el), 2);
      if ((el.tagName === "dt" && el !== term) || (el.tagName === "th" && !headers)) piece.labelOnly = true;
      pieces.push(piece);
      // Several labels in one line: a piece for each label's part, the first this one.
      const parts = piece.inline ? labelledParts(el, textContent) : null;
      parts?.forEach((part, i) => {
        const p = i === 0 ? piece : { ...piece, hints: new Map(own), order: pieces.length };
        Object.assign(p, { label: part.label, value: part.value, text: part.text });
        if (i > 0) pieces.push(p);
      });
    }
    // An icon's drawing holds nothing more.
    if (icon) return;
    // Ancestors' words name descendants less strongly than their own.
    const down = new Map<string, number>();
    for (const [k, w] of own) down.set(k, wrapper ? w : Math.min(w, 1));
    const seen = new Map<string, number>();
    // Every child is visited (a skipped one may hold a microdata value); indexes count per tag, so
    // the shown elements' paths are the same as without them.
    // A row under cells that span rows holds them too, each in its column (records/row-spans.ts),
    // and its cells' places are their columns, so a column's slot is the same in every row.
    const layout = isRoot && record.length === 1 ? rowLayout(el) : undefined;
    for (const { el: k, column } of layout ? laidOutChildren(el, layout) : elementChildren(el).map((k) => ({ el: k, column: undefined }))) {
      const n = column !== undefined ? column + 1 : (seen.get(k.tagName) ?? 0) + 1;
      if (column === undefined) seen.set(k.tagName, n);
      // A cell's header names what the cell wraps ("<td><a>Tokyo</a></td>").
      const passHeader = wrapper ? (isCell && headers && el.tagName !== "dd" ? headers[cellIndex(el, record)] : header) : undefined;
      visit(k, `${path}/${k.tagName}[${n}]`, down, heading, a, false, passHeader);
    }
  };
  const rootHints = (root: Element) => new Map(!term ? [] : root === term ? TERM_HINTS : root.tagName === "dd" ? DEFINITION_HINTS : []);
  record.forEach((root, i) => visit(root, `${i}:${root.tagName}`, rootHints(root), false, undefined, true));
  // A label element names the piece right after it ("<dt>Company</dt><dd>Acme</dd>", "<b>Salary:</b> <span>…"),
  // unless it labels its own parent's text ("<p><b>Salary:</b> $60K</p>" is read as one labelled piece).
  const byEl = new Map(pieces.map((p) => [p.el, p]));
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1]!;
    const parent = parentElement(p.el);
    const ownsParent = !!parent && !!byEl.get(parent)?.label;
    if (p.labelOnly && p.text && !ownsParent && !next.label && !next.labelOnly) {
      next.label = p.label ?? p.text.replace(/[:：]$/, "");
    }
  }
  for (const [p, name] of iconLabels) p.label ??= name;
  // After the shown pieces: on equal fit the value on screen is taken, and no label reaches these.
  for (const p of hidden) pieces.push({ ...p, order: pieces.length });
  const numbers = record[0] ? numberStyleOf(langOf(record[0])) : {};
  if (numbers.dotGroups || numbers.spaceGroups) for (const p of pieces) p.numbers = numbers;
  return { record, pieces, mainLink };
}
