import { chmodSync, mkdirSync, statSync } from "node:fs";

/**
 * DATA_DIR holds every task, its rows and the session secret: other users of this machine have no
 * business reading them. Directories are 0700 and files 0600 whatever the umask — a fresh one is
 * made so, and one left by an older version (0755, 0644) is tightened when the studio opens it, if it
 * is ours to change (a directory someone else set up, e.g. a shared volume, is left as it is).
 */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  tighten(dir, 0o700);
}

/** chmod `file` to `mode` if it exists, is owned by this process's user and is looser than that. */
export function tighten(file: string, mode: number): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return;
  }
  const owner = process.getuid?.();
  if (owner !== undefined && stat.uid !== owner) return;
  if ((stat.mode & 0o777 & ~mode) !== 0) chmodSync(file, stat.mode & 0o777 & mode);
}
