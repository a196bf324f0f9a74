import { expect, test } from "@playwright/test";
import { ENGINE_KEY, LOCKED_PRODUCTS, useLockedStudio } from "./support/locked-studio";

// /v1 on a studio with STUDIO_PASSWORD and ENGINE_API_KEY: the bearer key, a session, signed result links.
test.describe.configure({ mode: "serial" });

const locked = useLockedStudio();

test("/v1 works with the bearer key (or a session); its signed result link works on its own", async () => {
  const wrong = await fetch(`${locked.origin}/v1/extract`, { headers: { authorization: "Bearer e2e-engine-key-0000" } });
  expect(wrong.status).toBe(401);

  const headers = { authorization: `Bearer ${ENGINE_KEY}`, "content-type": "application/json" };
  const created = await fetch(`${locked.origin}/v1/extract`, {
    method: "POST",
    headers,
    body: JSON.stringify({ url: `${locked.siteOrigin}/catalogue`, q: "every product with its name", schema: { type: "object", properties: { name: { type: "string" } } } }),
  });
  expect(created.status).toBe(200);
  const { id } = (await created.json()) as { id: string };
  let task: { status: string; output: { resultUrl: string } | null } = { status: "pending", output: null };
  await expect
    .poll(async () => {
      task = (await (await fetch(`${locked.origin}/v1/extract/${id}`, { headers })).json()) as typeof task;
      return task.status;
    }, { timeout: 45_000 })
    .toBe("completed");

  // The result link carries its own signature: no session, no bearer key needed.
  const result = await fetch(task.output!.resultUrl);
  expect(result.status).toBe(200);
  expect((await result.text()).trim().split("\n")).toHaveLength(LOCKED_PRODUCTS);
  const forged = new URL(task.output!.resultUrl);
  forged.searchParams.set("sig", "0".repeat(64));
  expect((await fetch(forged)).status).toBe(403);

  // A studio session is also enough for /v1.
  expect((await fetch(`${locked.origin}/v1/extract/${id}`, { headers: { cookie: await locked.signedInCookie() } })).status).toBe(200);
});
