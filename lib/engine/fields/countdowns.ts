/**
 * Time left as auctions and offers count it down: "2d 4h 13m left", "5h 2m remaining", "12m left".
 * A field named for the time left ("timeLeft", "time remaining") holds the length of time: its
 * text drops the trailing "left", which only repeats the field's name, and a number field reads
 * it in the unit its name says (seconds for "secondsLeft"; minutes when it names none), days too.
 */
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const PART = /(\d+(?:[.,]\d+)?)\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b\.?/giu;
const COUNTDOWN = /^((?:\d+(?:[.,]\d+)?\s*(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\.?[\s,]*)+?)\s*(left|remaining|to go)?$/iu;
const SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
/** Words of a field about the time left: "timeLeft", "time remaining", "ends in". */
const LEFT_WORDS = /^(?:left|remaining|remain|countdown)$/;

/**
 * The time the whole text counts down, in units of `unit` seconds (minutes when undefined), or null.
 * It must say "left" or count days: a bare "5 m" is as likely metres (durations.ts reads the rest).
 */
export function readCountdown(text: string, unit: number | undefined): number | null {
  const m = text.length <= 40 ? COUNTDOWN.exec(text.replace(/\s+/g, " ").trim()) : null;
  if (!m) return null;
  let seconds = 0;
  let days = false;
  for (const [, n, u] of m[1]!.matchAll(PART)) {
    const key = u!.toLowerCase()[0]!;
    if (key === "d") days = true;
    seconds += Number(n!.replace(",", ".")) * SECONDS[key]!;
  }
  return m[2] || days ? seconds / (unit ?? 60) : null;
}

/** A text field named for the time left takes "2d 4h 13m" of "2d 4h 13m left". */
export function countdownText(plan: FieldPlan, fit: Fit | null): Fit | null {
  if (!fit || typeof fit.value !== "string" || plan.spec.type !== "string" || !tokens(plan.spec.name).some((w) => LEFT_WORDS.test(w))) return fit;
  const m = COUNTDOWN.exec(fit.value.trim());
  return m?.[2] ? { ...fit, value: m[1]!.trim().replace(/,$/, "") } : fit;
}
