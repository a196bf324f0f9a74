import { describe, expect, it } from "vitest";
import type { TaskStatus } from "@/lib/extract/types";
import { filterTasks, tasksHref } from "./task-filter";

const task = (q: string, url: string, status: TaskStatus) => ({ status, input: { q, url } });
const tasks = [
  task("Every engineer with name and role", "https://www.acme.example/team", "completed"),
  task("Cafés in Zürich with their address", "https://guide.example.ch/städte", "failed"),
  task("Products and prices", "http://127.0.0.1:4791/catalogue?page=2", "processing"),
  task("Open jobs", "not a url", "pending"),
];
const queries = (filter: string) => filterTasks(tasks, filter).map((t) => t.input.q);

describe("filterTasks", () => {
  it("finds a punycode seed host by its letters as written, accents or not", () => {
    const international = [task("Opening hours", "https://xn--zrich-kva.example/cafes", "completed"), task("Prices", "https://zurich.example/shop", "completed")];
    const hosts = (filter: string) => filterTasks(international, filter).map((t) => t.input.q);
    expect(hosts("zürich.example")).toEqual(["Opening hours", "Prices"]);
    expect(hosts("zurich")).toEqual(["Opening hours", "Prices"]);
  });

  it("finds a punycode seed host by its punycode too, as a log or an address bar spells it", () => {
    const international = [
      task("Opening hours", "https://xn--zrich-kva.example/cafes", "completed"),
      task("Prices", "https://zurich.example/shop", "completed"),
      task("Menus", "https://www.zürich.example/menus", "completed"),
    ];
    const hosts = (filter: string) => filterTasks(international, filter).map((t) => t.input.q);
    expect(hosts("xn--zrich-kva")).toEqual(["Opening hours", "Menus"]);
    expect(hosts("XN--ZRICH-KVA.example")).toEqual(["Opening hours", "Menus"]);
    expect(hosts("xn--zrich-kva.example opening")).toEqual(["Opening hours"]);
    // Still the host only, without "www.": neither the path nor the scheme.
    expect(hosts("www.xn--zrich-kva")).toEqual([]);
    expect(hosts("xn--zrich-kva.example/cafes")).toEqual([]);
    // A host that reads as punycode on screen (it could pass for another) is found as it shows.
    expect(filterTasks([task("Mixed", "https://xn--pple-43d.example/", "completed")], "xn--pple-43d").map((t) => t.input.q)).toEqual(["Mixed"]);
  });

  it("keeps every task for a blank filter", () => {
    expect(filterTasks(tasks, "")).toEqual(tasks);
    expect(filterTasks(tasks, "   ")).toEqual(tasks);
  });

  it("finds a task by its query, ignoring case and accents", () => {
    expect(queries("ENGINEER")).toEqual(["Every engineer with name and role"]);
    expect(queries("cafes zurich")).toEqual(["Cafés in Zürich with their address"]);
    expect(queries("with")).toEqual(["Every engineer with name and role", "Cafés in Zürich with their address"]);
  });

  it("finds a task by its seed URL's host, not its path or query string", () => {
    expect(queries("acme.example")).toEqual(["Every engineer with name and role"]);
    expect(queries("www")).toEqual([]);
    expect(queries("127.0.0.1:4791")).toEqual(["Products and prices"]);
    expect(queries("catalogue")).toEqual([]);
    expect(queries("team")).toEqual([]);
  });

  it("finds a task by its status, every word matching somewhere", () => {
    expect(queries("failed")).toEqual(["Cafés in Zürich with their address"]);
    expect(queries("pending")).toEqual(["Open jobs"]);
    expect(queries("with completed")).toEqual(["Every engineer with name and role"]);
    expect(queries("engineer failed")).toEqual([]);
  });
});

describe("tasksHref", () => {
  it("writes the page and the filter only when they are set", () => {
    expect(tasksHref(1, "")).toBe("/tasks");
    expect(tasksHref(2, " ")).toBe("/tasks?page=2");
    expect(tasksHref(1, "zürich failed")).toBe("/tasks?q=z%C3%BCrich+failed");
    expect(tasksHref(3, "a&b")).toBe("/tasks?page=3&q=a%26b");
  });
});
