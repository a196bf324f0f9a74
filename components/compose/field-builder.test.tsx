import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { checkRowSchemaText } from "@/lib/schema/check";
import { SchemaProblemList } from "./schema-editor/schema-problem-list";
import { FieldBuilder } from "./field-builder";

const BROKEN = '{\n  "type": "object",\n  "properties": {\n    "name": {"type": "string"},\n    "price": {"type": "number"}\n    "url": {"type": "string"}\n  }\n}';

describe("invalid JSON in the schema", () => {
  it("is reported once, in the problem list, with its place and in plain words", () => {
    const noop = () => undefined;
    const table = renderToStaticMarkup(<FieldBuilder schemaText={BROKEN} onSchemaTextChange={noop} />);
    const list = renderToStaticMarkup(<SchemaProblemList id="p" problems={checkRowSchemaText(BROKEN).problems} onSelect={noop} />);
    const page = table + list;

    expect(list).toContain("(line 6, column 5)");
    expect(list).toContain("The schema is not valid JSON: a comma is missing before this property.");
    // The field table says only that it waits for valid JSON: no second account of the mistake.
    expect(table).toContain('data-testid="field-builder-error"');
    expect(table).not.toMatch(/comma|not valid JSON/);
    expect(page.match(/not valid JSON/g)).toHaveLength(1);
    expect(page).not.toMatch(/position \d|Expected ','|in JSON at/);
  });

  it("other reasons the table cannot show a schema are still its own to give", () => {
    const table = renderToStaticMarkup(<FieldBuilder schemaText='{"type": "array"}' onSchemaTextChange={() => undefined} />);
    expect(table).toContain("The field table edits a row schema");
  });
});
