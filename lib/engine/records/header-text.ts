/**
 * A table header cell's name. Standings, stats and price tables abbreviate their headers ("P", "GD",
 * "Qty") and spell them out in a tooltip: `<th title="Played">P</th>`, `<th><abbr title="Goal
 * difference">GD</abbr></th>`, or (against the HTML spec, but seen) `<th abbr="Points">Pts</th>`.
 */
import { attr, textContent, walkElements, type Element } from "../dom";

/** The cell's text, or the words it abbreviates when a title says so (see abbreviates). */
export function headerText(cell: Element): string {
  const text = textContent(cell);
  for (const full of spelledOut(cell)) if (abbreviates(text, full)) return full;
  return text;
}

/** The cell's title and abbr attributes, then the titles of <abbr> elements inside it. */
function spelledOut(cell: Element): string[] {
  const out = [attr(cell, "title"), attr(cell, "abbr")];
  walkElements(cell, (el) => {
    if (el.tagName === "abbr") out.push(attr(el, "title"));
    return true;
  });
  return out.map((t) => t?.replace(/\s+/g, " ").trim() ?? "").filter(Boolean);
}

/**
 * Whether `short` is an abbreviation of `full`: a few letters, the first one the same, all of them
 * in order in `full` ("GD" of "Goal difference", "Pts" of "Points"). A tooltip that says something
 * else ("Sort by points", "Click to sort") is not the header's name.
 */
export function abbreviates(short: string, full: string): boolean {
  const s = short.toLowerCase().replace(/[.\s]/g, "");
  const f = full.toLowerCase();
  if (!/^\p{L}{1,4}$/u.test(s) || f.length > 40 || f.split(" ").length > 4 || f.replace(/\s/g, "") === s || s[0] !== f[0]) return false;
  let i = 0;
  for (const ch of f) if (ch === s[i]) i++;
  return i === s.length;
}
