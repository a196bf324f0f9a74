import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { loadSecretFile } from "@/lib/store/secret-file";

/** Result links of the Linkup-compatible API: signed and time-limited, like Linkup's own. */
export const LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** A per-installation secret, created once in DATA_DIR (0600) so links survive restarts. */
export function loadSigningSecret(dataDir: string): Buffer {
  return loadSecretFile(dataDir, "link-secret");
}

function signResult(secret: Buffer, id: string, expires: number): string {
  return createHmac("sha256", secret).update(`${id}\n${expires}`).digest("hex");
}

export function verifyResultSignature(secret: Buffer, id: string, expires: string | null, sig: string | null, now = Date.now()): "ok" | "expired" | "bad" {
  if (!expires || !sig || !/^\d{1,16}$/.test(expires) || !/^[0-9a-f]{64}$/.test(sig)) return "bad";
  const expected = Buffer.from(signResult(secret, id, Number(expires)), "hex");
  if (!timingSafeEqual(expected, Buffer.from(sig, "hex"))) return "bad";
  return Number(expires) < now ? "expired" : "ok";
}

export function resultLink(secret: Buffer, origin: string, id: string, now = Date.now()): string {
  const expires = now + LINK_TTL_MS;
  return `${origin}/v1/extract/${encodeURIComponent(id)}/result?expires=${expires}&sig=${signResult(secret, id, expires)}`;
}
