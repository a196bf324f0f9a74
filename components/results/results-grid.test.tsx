import { describe, expect, it } from "vitest";
import { extraColumn, schemaColumnSpecs } from "@/lib/results/columns";
import { columnDef, opensRowDetail } from "./results-grid";

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

describe("opensRowDetail: the keyboard's way to a row's detail", () => {
  /** A keydown as AG Grid passes it, on the cell itself unless `inside` names what has focus in it. */
  const keydown = (key: string, init: Partial<KeyboardEvent> = {}, inside?: string) =>
    ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false, defaultPrevented: false, target: { closest: (sel: string) => (inside && sel.split(", ").includes(inside) ? {} : null) }, ...init }) as unknown as Event;

  it("opens on a plain Enter on a cell", () => {
    expect(opensRowDetail({ event: keydown("Enter") })).toBe(true);
  });

  it("leaves other keys, modified Enters, editing and the links in cells alone", () => {
    for (const key of ["Escape", " ", "ArrowDown", "Tab", "a"]) expect(opensRowDetail({ event: keydown(key) }), key).toBe(false);
    for (const mod of ["altKey", "ctrlKey", "metaKey", "shiftKey", "isComposing", "defaultPrevented"]) expect(opensRowDetail({ event: keydown("Enter", { [mod]: true }) }), mod).toBe(false);
    expect(opensRowDetail({ event: keydown("Enter"), colDef: { editable: true } })).toBe(false);
    expect(opensRowDetail({ event: keydown("Enter", {}, "a") })).toBe(false);
    expect(opensRowDetail({ event: keydown("Enter", {}, "input") })).toBe(false);
    expect(opensRowDetail({ event: null })).toBe(false);
  });
});
