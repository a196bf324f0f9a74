import { catalogueProducts, startCatalogueSite } from "./fixtures/catalogue-site";
import { parseCsv } from "./support/csv";
import { CATALOGUE_DEAD_PRODUCT, CATALOGUE_ORIGIN, CATALOGUE_PRODUCTS, EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

// These specs talk to the studio started with no LINKUP_API_KEY: the embedded engine does the work,
// extracting the real pages of a fixture shop served on loopback.
test.use({ baseURL: EMBEDDED_ORIGIN });

const schema = {
  type: "object",
  properties: {
    name: { type: "string", description: "product name" },
    price: { type: "string" },
    availability: { type: "string" },
    url: { type: "string", format: "uri", description: "product page" },
  },
  required: ["name", "url"],
};

test("with no key, the embedded engine extracts a paginated catalogue; the CSV equals the expected rows", async ({ compose, taskPage, page }) => {
  await compose.goto();
  await expect(page.getByTestId("provider-badge")).toHaveAttribute("data-provider", "embedded");
  await compose.fill({
    url: `${CATALOGUE_ORIGIN}/catalogue`,
    q: "Every product with its name, price, availability and url",
    schema,
    verifyUrls: true,
  });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed", 45_000);

  // Every listing page was followed; the product with a dead page was dropped by verifyUrls.
  const expected = catalogueProducts(CATALOGUE_PRODUCTS).filter((p) => p.id !== CATALOGUE_DEAD_PRODUCT);
  await expect(page.getByTestId("progress-pages")).toHaveText("5");
  await expect(page.getByTestId("progress-records")).toHaveText(String(CATALOGUE_PRODUCTS));
  await expect(page.getByTestId("progress-kept")).toHaveText(String(expected.length));
  await expect(page.getByTestId("progress-dropped-why")).toContainText("1 with dead links");
  await expect(page.getByTestId("task-credits")).toHaveText("0");
  await taskPage.expectAllRowsLoaded(expected.length);

  const { text } = await taskPage.exportCsv();
  const records = parseCsv(text.replace(/^\uFEFF/, ""));
  expect(records[0]).toEqual(["name", "price", "availability", "url"]);
  expect(records.slice(1)).toEqual(expected.map((p) => [p.name, p.price, p.availability, `${CATALOGUE_ORIGIN}/products/${p.id}`]));

  // A row's source: the page it came from and the XPath of its record.
  const picked = expected[12]!;
  const position = picked.id - 100; // its place in the whole catalogue: 10 products a page
  await page.getByRole("gridcell", { name: picked.name, exact: true }).click();
  await expect(page.getByTestId("row-source-page")).toHaveText(`${CATALOGUE_ORIGIN}/catalogue?page=${Math.floor(position / 10) + 1}`);
  const card = `/body[1]/main[1]/div[1]/article[${(position % 10) + 1}]`;
  await expect(page.getByTestId("row-source-xpath")).toHaveText(card);
  // And where each field was read in that record: the price is its first paragraph, the url its
  // link's href (written from the record's XPath; the whole XPath on hover).
  const fieldSource = (name: string) => page.getByTestId("row-field-sources").locator(`[data-testid="row-field-source"][data-field="${name}"]`);
  await expect(fieldSource("price")).toHaveText("from ./p[1]");
  await expect(fieldSource("url")).toHaveText("from ./h3[1]/a[1]/@href");
  await expect(fieldSource("url")).toHaveAttribute("title", `${card}/h3[1]/a[1]/@href`);
  await expect(page.getByRole("region", { name: "Where each field was read" }).getByRole("definition").filter({ hasText: picked.price })).toBeVisible();
});

test("while the engine follows pagination, the task page says which page of at most how many", async ({ compose, taskPage, page }) => {
  // A slow shop of three listing pages: each page takes long enough for the task page to see it.
  const slow = await startCatalogueSite(0, { products: 30, delayMs: 1_500 });
  try {
    await compose.goto();
    await compose.fill({ url: `${slow.origin}/catalogue`, q: "every product with name and price" });
    await compose.runAndOpenTask();
    // The studio runs with the default ENGINE_MAX_PAGES, 20.
    await expect(page.getByTestId("progress-page-bound")).toHaveText(/^Page [1-3] of at most 20$/);
    await expect(page.getByTestId("task-progress")).toHaveAttribute("data-ongoing", "true");
    await taskPage.expectStatus("completed", 45_000);
    // Once the pages are read the count says it all; a catalogue under the bound gets no note about it.
    await expect(page.getByTestId("progress-page-bound")).toHaveCount(0);
    await expect(page.getByTestId("progress-pages")).toHaveText("3");
    await expect(page.getByTestId("task-progress")).not.toContainText("ENGINE_MAX_PAGES");
  } finally {
    await slow.close();
  }
});

test("an unreachable seed page fails with a sentence the analyst can act on", async ({ compose, taskPage, page }) => {
  await compose.goto();
  await compose.fill({ url: `${CATALOGUE_ORIGIN}/no-such-listing`, q: "every product" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("failed");
  await expect(taskPage.taskError()).toContainText("The seed page could not be read");
  await expect(taskPage.taskError()).toContainText("404");
  // The progress panel says how the task ended, not the fetch it was doing when it failed.
  await expect(page.getByTestId("task-progress")).toHaveAttribute("data-ongoing", "false");
  await expect(page.getByTestId("progress-stage")).toHaveText("Failed while fetching pages");
  await expect(page.getByTestId("progress-current-url")).toHaveCount(0);
  await expect(page.getByTestId("progress-pages")).toHaveText("0");
});

test("the Linkup-compatible /v1/extract API serves the same engine to any Linkup client", async ({ request }) => {
  const created = await request.post("/v1/extract", {
    data: { q: "every product with name and price", url: `${CATALOGUE_ORIGIN}/catalogue`, schema: { type: "object", properties: { name: { type: "string" }, price: { type: "string" } } } },
  });
  expect(created.status()).toBe(200);
  const task = (await created.json()) as { id: string; type: string; status: string; output: unknown };
  expect(task).toMatchObject({ type: "extract", status: "pending", output: null });

  let current: { status: string; output: { resultUrl: string; rowsReturned: number; creditsUsed: number } | null } = { status: "pending", output: null };
  await expect
    .poll(async () => {
      current = await (await request.get(`/v1/extract/${task.id}`)).json();
      return current.status;
    }, { timeout: 45_000 })
    .toBe("completed");
  expect(current.output).toMatchObject({ creditsUsed: 0, rowsReturned: CATALOGUE_PRODUCTS });
  // The link is absolute, at the origin the client called (not the address Next listens on).
  const link = new URL(current.output!.resultUrl);
  expect(link.origin).toBe(new URL(EMBEDDED_ORIGIN).origin);
  const rows = (await (await request.get(link.href)).text()).trim().split("\n").map((l) => JSON.parse(l) as unknown);
  expect(rows).toEqual(catalogueProducts(CATALOGUE_PRODUCTS).map((p) => ({ name: p.name, price: p.price })));

  // A tampered link is refused in Linkup's error shape; a bad create names the field.
  // Its first signature digit changed (always to another digit: "0" stays "0" 1 time in 16 otherwise).
  const tampered = await request.get(link.pathname + link.search.replace(/sig=([0-9a-f])/, (_, d: string) => `sig=${d === "0" ? "1" : "0"}`));
  expect(tampered.status()).toBe(403);
  const bad = await request.post("/v1/extract", { data: { q: "", url: "not a url" } });
  expect(bad.status()).toBe(400);
  const body = (await bad.json()) as { statusCode: number; error: { code: string; details: { field: string }[] } };
  expect(body.error.code).toBe("VALIDATION_ERROR");
  expect(body.error.details.map((d) => d.field).sort()).toEqual(["q", "url"]);
  // Through a proxy (reachable beyond this machine) and with no ENGINE_API_KEY set, the API refuses.
  const proxied = await request.get("/v1/extract", { headers: { "x-forwarded-for": "203.0.113.7" } });
  expect(proxied.status()).toBe(401);
  expect(((await proxied.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "UNAUTHORIZED", message: expect.stringContaining("ENGINE_API_KEY") });
  const missing = await request.get("/v1/extract/does-not-exist");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("TASK_NOT_FOUND");
});
