import { describe, expect, it } from "vitest";
import { plainAjvMessage, whyNotCompiled } from "./ajv-message";

describe("plainAjvMessage", () => {
  it("words what the compose page's rules miss plainly, without Ajv's 'data/' pointers", () => {
    expect(plainAjvMessage("schema is invalid: data/properties/a/foo must be object")).toBe("It is not valid JSON Schema: “/properties/a/foo” must be object.");
    expect(plainAjvMessage("schema is invalid: data must be object")).toBe("It is not valid JSON Schema: the schema must be object.");
  });
});

describe("whyNotCompiled", () => {
  it("gives the compose page's sentences, each naming its field, and Ajv's plain words only when those know nothing", () => {
    const schema = { type: "object", properties: { code: { type: "string", pattern: "^(a)\\1$" }, name: { type: "string" } } };
    const why = whyNotCompiled(schema, "error parsing regexp: invalid escape sequence: `\\1`");
    expect(why).toHaveLength(1);
    expect(why[0]).toMatch(/^“pattern” of “code” cannot be used: the studio matches patterns in linear time .* \(invalid escape sequence: `\\1`\)\.$/);
    expect(whyNotCompiled({ type: "object" }, "schema is invalid: data/properties must be object")).toEqual(["It is not valid JSON Schema: “/properties” must be object."]);
  });
});
