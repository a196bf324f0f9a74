/**
 * What a row schema may contain, as a draft-07 JSON Schema. Monaco's JSON language service reads
 * it for completion and hover docs, so every keyword carries a description an analyst can act on.
 *
 * Validation itself is `check.ts`'s job (it knows warnings from errors and writes sentences), so
 * this schema deliberately does NOT say `additionalProperties: false` for fields: an unknown
 * keyword is a warning there, and the editor turns Monaco's own schema validation off to avoid
 * showing the same problem twice.
 */

export const FIELD_TYPES = ["string", "number", "integer", "boolean", "array", "object"] as const;
export const FIELD_FORMATS = ["uri", "email", "date", "date-time"] as const;

const typeDescriptions = [
  "Text.",
  "Any number, with or without decimals (prices, ratings).",
  "A whole number (counts, years).",
  "true or false.",
  "A list of values; describe one value with “items”.",
  "A nested record; describe its fields with “properties”.",
];

const typeName = {
  type: "string",
  enum: [...FIELD_TYPES],
  enumDescriptions: typeDescriptions,
};

export const metaSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "inmemory://extract-studio/row-schema.json",
  title: "Row schema",
  description: "A JSON Schema for ONE row of the result: an object whose properties are the columns.",
  type: "object",
  definitions: {
    field: {
      type: "object",
      description: "One field (column) of the row.",
      properties: {
        type: {
          description:
            "The kind of value: string, number, integer, boolean, array or object. Write a list such as [\"string\", \"null\"] when the value may be missing.",
          anyOf: [
            typeName,
            {
              type: "array",
              description: "Several allowed kinds; add \"null\" when the value may be missing.",
              items: { type: "string", enum: [...FIELD_TYPES, "null"] },
              minItems: 1,
              uniqueItems: true,
            },
          ],
        },
        format: {
          type: "string",
          description:
            "How a text value is written: uri (links), email, date (2024-05-31) or date-time, the formats the embedded engine types. Only for “type”: “string”. Other JSON Schema formats (time, uuid…) are passed on; the engine reads them as text.",
          enum: [...FIELD_FORMATS],
          enumDescriptions: [
            "An absolute link, e.g. https://example.com/item/1. Relative links on the page are made absolute.",
            "An email address.",
            "A calendar date, written 2024-05-31.",
            "A date and time, written 2024-05-31T14:00:00Z.",
          ],
        },
        description: {
          type: "string",
          description: "What this field holds, in plain words. The extractor reads it: “price in euros, without the currency sign”.",
        },
        enum: {
          type: "array",
          description: "The only values allowed, e.g. [\"in stock\", \"sold out\"]. Rows with another value are dropped.",
          minItems: 1,
        },
        items: {
          $ref: "#/definitions/field",
          description: "For “type”: “array”: what ONE element of the list looks like.",
        },
        properties: {
          type: "object",
          description: "For “type”: “object”: the fields of the nested record, each described like a column.",
          additionalProperties: { $ref: "#/definitions/field" },
        },
        required: {
          type: "array",
          description: "For “type”: “object”: names of nested fields every value must have.",
          items: { type: "string" },
          uniqueItems: true,
        },
        title: { type: "string", description: "A short human name for the field (informational)." },
        nullable: { type: "boolean", description: "true when the value may be missing (null). Same as adding \"null\" to “type”." },
        anyOf: {
          type: "array",
          description: "Alternatives, e.g. [{\"type\": \"string\", \"format\": \"uri\"}, {\"type\": \"null\"}] for a link that may be missing.",
          items: { $ref: "#/definitions/field" },
        },
        oneOf: {
          type: "array",
          description: "Alternatives, exactly one of which must match. Prefer “anyOf” or a “type” list.",
          items: { $ref: "#/definitions/field" },
        },
        examples: { type: "array", description: "Sample values, for people reading the schema (informational)." },
        default: { description: "A value to assume when none is given (informational)." },
      },
      defaultSnippets: [
        { label: "text field", description: "A text column.", body: { type: "string", description: "$1" } },
        { label: "link field", description: "A link column (absolute URL).", body: { type: "string", format: "uri", description: "$1" } },
        { label: "number field", description: "A number column.", body: { type: "number", description: "$1" } },
      ],
    },
  },
  properties: {
    $schema: {
      type: "string",
      description: "The JSON Schema draft this document follows (optional; draft-07 without it). The studio implements draft-07, 2019-09 and 2020-12 only.",
      enum: ["http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2020-12/schema"],
    },
    type: {
      description: "Must be \"object\": the schema describes one row, not the list of rows.",
      const: "object",
      enum: ["object"],
    },
    title: { type: "string", description: "A short name for the kind of row (informational)." },
    description: { type: "string", description: "What one row is, in plain words: “one product of the catalogue”." },
    properties: {
      type: "object",
      description: "The row's fields (columns), by name. Flat rows of strings, numbers and booleans work best.",
      additionalProperties: { $ref: "#/definitions/field" },
    },
    required: {
      type: "array",
      description: "Names of the fields every row must have; rows missing one are dropped. Keep this list short.",
      items: { type: "string" },
      uniqueItems: true,
    },
    additionalProperties: {
      type: "boolean",
      description: "false to drop fields that are not listed in “properties”; true (the default) keeps them.",
    },
  },
  required: ["type"],
};
