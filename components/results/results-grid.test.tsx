import { describe, expect, it } from "vitest";
import { extraColumn, schemaColumnSpecs } from "@/lib/results/columns";
import { columnDef } from "./results-grid";

describe("the grid's column definitions", () => {
  it("head each column with its field name, as the CSV header does, and give the description as the tooltip", () => {
    // The "Product catalogue" template's price, and the compose page's "price (number)" + Suggest.
    const specs = schemaColumnSpecs({
      type: "object",
      properties: {
        name: { type: "string" },
        price: { type: "string", description: "price as shown, with its currency" },
        amount: { type: "string", description: "number" },
      },
    });
    const defs = [...specs, extraColumn("sku")].map(columnDef);
    expect(defs.map((d) => d.headerName)).toEqual(["name", "price", "amount", "sku"]);
    expect(defs.map((d) => d.colId)).toEqual(["name", "price", "amount", "sku"]);
    expect(defs.map((d) => d.headerTooltip)).toEqual(["name", "price as shown, with its currency", "number", "sku (not in the schema)"]);
  });
});
