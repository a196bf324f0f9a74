/**
 * A short line of facts ("2 beds 860 sq ft") names a field by one of its figures, as the fact's own
 * element ("860 sq ft") does: the element that holds the one figure alone is the value, so the line
 * fits less well than it — else a tie goes to the line, the earlier of the two.
 */
const FIGURE = /\d[\d.,]*/g;

/** How much less a text that a field's word names beside a figure fits when it holds other figures too. */
export const severalFiguresCost = (v: string): number => ((v.match(FIGURE)?.length ?? 0) >= 2 ? 0.2 : 0);
