import { describe, expect, it } from "vitest";
import { emptyGridMessage } from "./empty-grid";

describe("what the grid says when it shows no rows", () => {
  it("for a result with no rows, says so and what to try", () => {
    expect(emptyGridMessage({ status: "done", loaded: 0, narrowed: false, matching: null })).toMatch(/^This extraction found no rows\. .*Duplicate and edit/);
    // Even with a search kept from an earlier visit: there is nothing to search.
    expect(emptyGridMessage({ status: "done", loaded: 0, narrowed: true, matching: 0 })).toMatch(/^This extraction found no rows/);
  });

  it("for a search or filter that matches none of the rows, says how to see them again", () => {
    expect(emptyGridMessage({ status: "done", loaded: 199, narrowed: true, matching: 0 })).toMatch(/^No rows match the search and filters\. Clear/);
    expect(emptyGridMessage({ status: "loading", loaded: 20, narrowed: true, matching: 0 })).toMatch(/^No rows match/);
  });

  it("says nothing while rows load, matches are counted, or rows show", () => {
    expect(emptyGridMessage({ status: "loading", loaded: 0, narrowed: false, matching: null })).toBeNull();
    expect(emptyGridMessage({ status: "done", loaded: 199, narrowed: true, matching: null })).toBeNull();
    expect(emptyGridMessage({ status: "done", loaded: 199, narrowed: true, matching: 3 })).toBeNull();
    expect(emptyGridMessage({ status: "done", loaded: 199, narrowed: false, matching: 0 })).toBeNull();
  });
});
