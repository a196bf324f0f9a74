import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { privateDir } from "./private-dir";

/**
 * A per-installation secret kept in DATA_DIR (mode 0600), created on first use. Several processes
 * (and Next's separate server bundles) may ask at once: the secret is written whole under a private
 * name and linked into place, so a reader never sees a half-written file and a racing creator simply
 * reads the winner's secret.
 */
export function loadSecretFile(dataDir: string, name: string): Buffer {
  const file = path.join(dataDir, name);
  try {
    return readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  privateDir(dataDir);
  const draft = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(draft, randomBytes(32), { mode: 0o600, flag: "wx" });
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(file);
}
