import { describe, expect, it } from "vitest";
import { fullTitle, taskTitle } from "./page-title";

describe("a task's title", () => {
  it("is its query with its spaces tidied, cut short past 60 characters", () => {
    expect(taskTitle("  every product   with\nname and price ")).toBe("every product with name and price");
    const long = taskTitle(`every product ${"with a very long description ".repeat(4)}`);
    expect(long).toHaveLength(60);
    expect(long.endsWith("…")).toBe(true);
  });

  it("is 'Task' without a query", () => {
    expect(taskTitle(null)).toBe("Task");
    expect(taskTitle("   ")).toBe("Task");
  });

  it("carries the studio's name as the layout's template writes it", () => {
    expect(fullTitle(taskTitle("every book"))).toBe("every book · Extract Studio");
  });
});
