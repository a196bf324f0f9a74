/**
 * Locating the shared test corpus. It lives outside the repo (never copied in); benchmarks skip
 * cleanly when it is absent.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The corpus directory from `--corpus DIR`, else env CORPUS_DIR, else `fallback`; null when it does
 * not exist (or, with `sub`, when that subfolder is missing).
 */
export function corpusDir(fallback: string, sub?: string, argv: string[] = process.argv): string | null {
  const i = argv.indexOf("--corpus");
  const fromArg = i >= 0 ? argv[i + 1] : undefined;
  const dir = path.resolve(fromArg ?? process.env.CORPUS_DIR ?? fallback);
  const target = sub ? path.join(dir, sub) : dir;
  try {
    return existsSync(target) && statSync(target).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}
