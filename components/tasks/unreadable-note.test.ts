import { describe, expect, it } from "vitest";
import { unreadableNote } from "./unreadable-note";

describe("unreadableNote", () => {
  it("counts the tasks left out, in the singular and the plural", () => {
    expect(unreadableNote(1)).toMatch(/^1 of Linkup's tasks on this page could not be read .* so it is not listed\./);
    expect(unreadableNote(1_200)).toMatch(/^1,200 of Linkup's tasks on this page could not be read .* so they are not listed\./);
  });
});
