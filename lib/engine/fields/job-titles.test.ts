import { describe, expect, it } from "vitest";
import { readsAsJobTitle } from "./job-titles";

describe("readsAsJobTitle", () => {
  it("reads a text headed by a role noun as a job title", () => {
    for (const t of ["Chief Engineer", "Rear Admiral", "Mathematician", "Professor Emeritus", "Director of Software", "VP, Sales", "Head of Design", "Site Reliability Engineer", "Support Lead"]) {
      expect(readsAsJobTitle(t), t).toBe(true);
    }
  });

  it("does not read names, products, courses or sentences with a role noun inside as one", () => {
    for (const t of ["Ada Lovelace", "Grace Hopper", "Acme Corp", "Intro to Machine Learning", "Echo Dot", "Why every engineer should blog", "Lead generation", "Engineer 2"]) {
      expect(readsAsJobTitle(t), t).toBe(false);
    }
  });
});
