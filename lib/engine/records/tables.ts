/**
 * Data tables: a header row names the fields and each body row is a record. Layout tables (the
 * page grid of old sites) are told apart by general signs: role=presentation, nested tables, a
 * single column, or cells holding whole blocks of content.
 */
import { attr, elementChildren, textContent, walkElements, type Element } from "../dom";
import { mostFrequent, type PageFeatures } from "./features";
import type { Candidate } from "./repeated";

const cellsOf = (tr: Element) => elementChildren(tr).filter((c) => c.tagName === "td" || c.tagName === "th");

export function tableCandidates(body: Element, f: PageFeatures): Candidate[] {
  const out: Candidate[] = [];
  walkElements(body, (el) => {
    if (el.tagName !== "table") return;
    const c = tableCandidate(el, f);
    if (c) out.push(...c);
  });
  return out;
}

function tableCandidate(table: Element, f: PageFeatures): Candidate[] | null {
  const role = attr(table, "role");
  if (role === "presentation" || role === "none") return null;
  const sections = elementChildren(table);
  const thead = sections.find((s) => s.tagName === "thead");
  const bodies = sections.filter((s) => s.tagName === "tbody");
  if (!bodies.length) return null;
  let headers: string[] | undefined;
  const headRow = thead && elementChildren(thead).find((r) => r.tagName === "tr");
  if (headRow) headers = cellsOf(headRow).map((c) => textContent(c));

  let nested = false;
  walkElements(table, (el) => {
    if (el !== table && el.tagName === "table") nested = true;
    return !nested;
  });
  if (nested) return null;

  const out: Candidate[] = [];
  for (const tbody of bodies) {
    let rows = elementChildren(tbody).filter((r) => r.tagName === "tr");
    // A first row made only of <th> is the header when there is no <thead>.
    const first = rows[0];
    if (first) {
      const cells = cellsOf(first);
      if (cells.length >= 2 && cells.every((c) => c.tagName === "th") && rows.length > 2) {
        headers ??= cells.map((c) => textContent(c));
        rows = rows.slice(1);
      }
    }
    rows = rows.filter((r) => f.get(r).text > 0);
    if (rows.length < 2) continue;
    const counts = rows.map((r) => cellsOf(r).length);
    const modal = mostFrequent(counts) ?? 0;
    const consistent = counts.filter((n) => n === modal).length / counts.length;
    // Cells holding blocks (many fields each) are page layout, not data.
    const cellLeaves = rows.flatMap((r) => cellsOf(r).map((c) => f.get(c).leaves));
    const meanLeaves = cellLeaves.reduce((a, b) => a + b, 0) / Math.max(1, cellLeaves.length);
    const hasHeader = !!headers && headers.some(Boolean);
    const dataLike = modal >= 2 && consistent >= 0.7 && meanLeaves <= 6;
    if (!dataLike) continue;
    out.push({ kind: "table", parent: tbody, records: rows.map((r) => [r]), headers: hasHeader ? headers : undefined, bonus: hasHeader ? 2 : 1.3 });
  }
  return out;
}
