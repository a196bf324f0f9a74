/**
 * The verify-URLs step: each distinct link of the kept rows is checked once, rows with a dead link are
 * dropped, and the notes say which links were dead. The check has an overall budget: past it, the
 * links not yet checked stay unchecked and their rows are kept, unverified — a link nobody could check
 * in time is not known to be dead, and dropping the rows would lose what the page gave — and the
 * notes count them, so the analyst knows which rows were not verified.
 */
import { verifyUrls } from "../net/verify";

/** The default of ENGINE_VERIFY_BUDGET_MS (lib/env-schema.ts): five minutes for all the checks of a task. */
const DEFAULT_VERIFY_BUDGET_MS = 300_000;

/** Dead links named in the task's notes (the rest are counted). */
const DEAD_SHOWN = 5;

export interface VerifyLinksOptions {
  allowPrivate: boolean;
  userAgent?: string;
  signal?: AbortSignal;
  budgetMs?: number;
  /** Checks in flight at once (tests). */
  concurrency?: number;
  /** Per check (tests). */
  timeoutMs?: number;
}

const minutes = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 6_000) / 10} min` : `${Math.round(ms / 100) / 10} s`);

/** The rows whose links are not known to be dead, and the notes on what the check found. */
export async function verifyRowLinks<T extends { row: Record<string, unknown> }>(
  kept: T[],
  linksOf: (row: Record<string, unknown>) => string[],
  opts: VerifyLinksOptions,
): Promise<{ alive: T[]; notes: string[] }> {
  const budgetMs = opts.budgetMs ?? DEFAULT_VERIFY_BUDGET_MS;
  const links = kept.map((k) => linksOf(k.row));
  const results = await verifyUrls(links.flat(), { ...opts, budgetMs });
  const aliveAt = kept.map((_, i) => i).filter((i) => links[i]!.every((u) => results.get(u)?.ok !== false));
  const alive = aliveAt.map((i) => kept[i]!);
  const notes: string[] = [];
  // Which links were dead, so that the analyst can check them (a few; the rest are counted).
  const dead = [...results].filter(([, r]) => !r.ok);
  if (dead.length) {
    const shown = dead.slice(0, DEAD_SHOWN).map(([u, r]) => `${u} (${r.status ? `HTTP ${r.status}` : (r.reason ?? "no answer").replace(/\.$/, "")})`);
    const more = dead.length > DEAD_SHOWN ? ` and ${dead.length - DEAD_SHOWN} more` : "";
    notes.push(`${dead.length} dead link${dead.length === 1 ? "" : "s"}: ${shown.join(", ")}${more}.`);
  }
  const distinct = new Set(links.flat()).size;
  if (results.size < distinct) {
    const unverified = aliveAt.filter((i) => links[i]!.some((u) => !results.has(u))).length;
    notes.push(
      // In the analyst's words: the budget (ENGINE_VERIFY_BUDGET_MS) is for whoever runs the studio to change.
      `Checking links stopped after ${minutes(budgetMs)}, the studio's limit: ${results.size} of ${distinct} links checked; ` +
        `${unverified} row${unverified === 1 ? " is" : "s are"} kept unverified, with links not checked.`,
    );
  }
  return { alive, notes };
}
