/**
 * A price and the former price struck out inside it: "<p><del>$49</del> $39</p>". The line's value
 * leaves the struck part out (dom-text.ts unstruck), so the <del> inside it is a text of its own:
 * the line is the price's and the <del> the former price's, where slots that hold one another
 * otherwise share one text (assign-slots.ts slotsOverlap). Which piece each field takes stays
 * with their fits: a field named for the old price prefers the struck piece (match-money.ts).
 */
const STRUCK_STEP = /^(?:del|s|strike)\[\d+\]$/;

/** `outer` holds `inner`, and `inner` is (inside) a struck-out element below `outer`. */
export function struckWithin(outer: string, inner: string): boolean {
  return inner.startsWith(`${outer}/`) && inner.slice(outer.length + 1).split("/").some((step) => STRUCK_STEP.test(step));
}
