import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LINK_TTL_MS, loadSigningSecret, resultLink, verifyResultSignature } from "./links";

describe("signed result links", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "links-"));
  const secret = loadSigningSecret(dir);

  it("keeps one secret per data directory, readable by the owner only", () => {
    expect(loadSigningSecret(dir).equals(secret)).toBe(true);
    expect(statSync(path.join(dir, "link-secret")).mode & 0o077).toBe(0);
  });

  it("accepts its own links until they expire, and refuses tampering", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const link = new URL(resultLink(secret, "http://127.0.0.1:3000", "task-1", now));
    expect(link.pathname).toBe("/v1/extract/task-1/result");
    const expires = link.searchParams.get("expires");
    const sig = link.searchParams.get("sig");
    expect(verifyResultSignature(secret, "task-1", expires, sig, now)).toBe("ok");
    expect(verifyResultSignature(secret, "task-1", expires, sig, now + LINK_TTL_MS + 1)).toBe("expired");
    expect(verifyResultSignature(secret, "task-2", expires, sig, now)).toBe("bad");
    expect(verifyResultSignature(secret, "task-1", String(Number(expires) + 1), sig, now)).toBe("bad");
    expect(verifyResultSignature(secret, "task-1", expires, null, now)).toBe("bad");
    expect(verifyResultSignature(secret, "task-1", "soon", sig, now)).toBe("bad");
    expect(verifyResultSignature(Buffer.alloc(32, 1), "task-1", expires, sig, now)).toBe("bad");
  });
});
