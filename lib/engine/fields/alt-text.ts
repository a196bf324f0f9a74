/**
 * An image's alt text. It is never a field's value by chance: it describes the picture, so only a
 * field named for that description reads it ("alt", "altText", "imageAlt", "imageDescription",
 * "photoCaption"), and then it is that field's value before any visible text.
 */
import { attr } from "../dom";
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const ALT = /^(?:alt|alternative)$/;
const IMAGE = /^(?:image|images|img|photo|picture|thumbnail|thumb)$/;
const TEXT = /^(?:text|description|desc|caption)$/;

/** Whether a field's words name an image's alt text: "alt" itself, or an image's text, description or caption. */
export const namesAltText = (own: string[]): boolean => own.some((w) => ALT.test(w)) || (own.some((w) => IMAGE.test(w)) && TEXT.test(own[own.length - 1] ?? ""));

const NAMED = new WeakMap<FieldPlan, boolean>();

/**
 * The fit of an image for an alt-text field: its alt, when it says something. Undefined when the
 * field is not one (fit reads the piece as usual); null when it is and the piece is no image with alt text.
 */
export function altTextFit(plan: FieldPlan, piece: Piece, h: number): Fit | null | undefined {
  const named = NAMED.get(plan) ?? NAMED.set(plan, plan.spec.type === "string" && !plan.spec.format && namesAltText(tokens(plan.spec.name))).get(plan)!;
  if (!named) return undefined;
  if (piece.el.tagName !== "img") return undefined;
  const alt = attr(piece.el, "alt")?.replace(/\s+/g, " ").trim();
  return alt ? { score: 3 + h, value: alt, attr: "alt" } : null;
}
