import { EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

// The schema's field builder, kept in sync with the JSON, and the schema suggested from the query.
test.describe("schema tools", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("the field builder edits the JSON, and a JSON edit shows in the builder", async ({ compose, page }) => {
    await compose.goto();
    await compose.setSchema(JSON.stringify({ type: "object", properties: { name: { type: "string", "x-keep": 1 } }, required: ["name"] }));
    const rows = page.getByTestId("field-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTestId("field-name")).toHaveValue("name");

    // Builder → JSON: add a uri field, rename the first; keywords the builder does not show survive.
    await page.getByTestId("field-add").click();
    await expect(rows).toHaveCount(2);
    await rows.nth(1).getByTestId("field-name").fill("profilePage");
    await rows.nth(1).getByTestId("field-format").selectOption("uri");
    await rows.first().getByTestId("field-name").fill("fullName");
    const schema = JSON.parse(await compose.schemaText());
    expect(schema).toEqual({
      type: "object",
      properties: { fullName: { type: "string", "x-keep": 1 }, profilePage: { type: "string", format: "uri" } },
      required: ["fullName"],
    });

    // JSON → builder.
    schema.properties.role = { type: "string", description: "job title" };
    await compose.setSchema(JSON.stringify(schema));
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(2).getByTestId("field-description")).toHaveValue("job title");
  });

  test("a field turned into a list and back is plain text again, with no items left over", async ({ compose }) => {
    await compose.goto();
    await compose.setSchema(JSON.stringify({ type: "object", properties: { name: { type: "string" } } }));
    await compose.fieldTypes().first().selectOption("array");
    await expect.poll(async () => JSON.parse(await compose.schemaText()).properties.name).toEqual({ type: "array", items: { type: "string" } });
    await compose.fieldTypes().first().selectOption("string");
    await expect.poll(async () => JSON.parse(await compose.schemaText()).properties.name).toEqual({ type: "string" });
  });

  test("a schema suggested from the query is shown as a diff and accepted", async ({ compose, page }) => {
    await compose.goto();
    await compose.query().fill("Every engineer with their name, role, and profile page");
    await page.getByTestId("suggest-schema").click();
    await expect(page.getByTestId("schema-diff")).toContainText("profilePage");
    await page.getByTestId("suggest-accept").click();
    const schema = JSON.parse(await compose.schemaText());
    expect(Object.keys(schema.properties)).toEqual(["name", "role", "profilePage"]);
    expect(schema.properties.profilePage).toMatchObject({ type: "string", format: "uri" });
    await expect(page.getByTestId("field-row")).toHaveCount(3);
  });
});
