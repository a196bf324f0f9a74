/**
 * Where a job is done, written with how: "Hybrid · London", "On-site · Berlin", "Berlin | Remote".
 * The work mode is no place: a location field takes the other part.
 */

/** Ways of working a job board writes beside the place. */
const WORK_MODE = /^(?:remote|hybrid|on[- ]?site|in[- ]office|office[- ]based|onsite|wfh|work from home|fully remote|remote[- ]first|flexible)(?:\s*\([^)]*\))?$/i;
/** What sets the two apart: a dot, a bar, a slash, a spaced dash. */
const SEPARATOR = /\s*[·•|/]\s*|\s+[–—-]\s+/u;

/** The place of a text that is a work mode and a place, and nothing else; null otherwise. */
export function placeBesideWorkMode(text: string): string | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 80) return null;
  const parts = t.split(SEPARATOR).filter(Boolean);
  if (parts.length !== 2) return null;
  const modes = parts.map((p) => WORK_MODE.test(p));
  if (modes[0] === modes[1]) return null;
  const place = parts[modes[0] ? 1 : 0]!;
  return /^\p{L}/u.test(place) && !/\d/.test(place) ? place : null;
}
