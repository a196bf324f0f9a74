import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startStudio } from "./support/studio-process";
import { expect, test } from "./support/fixtures";

// Its own studio process, with a tiny creation limit, as behind a reverse proxy that says who each
// client is in X-Forwarded-For (STUDIO_TRUST_PROXY=1; without it every client counts as one).
test("each client may start only STUDIO_CREATE_LIMIT extractions per window", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "extract-studio-spend-"));
  const studio = await startStudio({ LINKUP_API_KEY: "", DATA_DIR: dataDir, STUDIO_CREATE_LIMIT: "2", STUDIO_CREATE_WINDOW_S: "600", STUDIO_TRUST_PROXY: "1" });
  try {
    const create = (client: string) =>
      fetch(`${studio.origin}/api/extract`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": client },
        body: JSON.stringify({ q: "every item", url: "https://example.invalid/list" }),
      });
    expect((await create("203.0.113.1")).status).toBe(201);
    expect((await create("203.0.113.1")).status).toBe(201);
    const refused = await create("203.0.113.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("too_many_tasks");
    expect(body.error.message).toContain("STUDIO_CREATE_LIMIT");
    // Another client has its own allowance; an invalid request does not use any.
    expect((await create("203.0.113.2")).status).toBe(201);
  } finally {
    await studio.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
