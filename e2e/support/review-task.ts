/** The people task the review specs open: typed fields, a link that must not be one, a key outside the schema. */
import { double } from "./double";

const schema = {
  type: "object",
  properties: {
    name: { type: "string", description: "Full name" },
    profile: { type: "string", format: "uri" },
    years: { type: "number" },
    remote: { type: "boolean" },
    joined: { type: "string", format: "date" },
  },
  required: ["name"],
};

export const rows = [
  { name: "Ada", profile: "https://www.example.com/people/ada?ref=1", years: 12, remote: true, joined: "2019-04-01" },
  { name: "Bob", profile: "javascript:alert(1)", years: 3, remote: false, joined: "2021-01-15" },
  { name: "Cy", profile: null, years: 7, remote: true, joined: "2020-06-30", note: "extra key" },
  { name: "Di", profile: "https://example.com/people/di", years: 1, remote: false },
];

export async function openTask(compose: import("../pages/compose-page").ComposePage, taskPage: import("../pages/task-page").TaskPage) {
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows });
  await compose.goto();
  await compose.fill({ url: "https://example.com/people", q: "every person", schema });
  const id = await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(rows.length);
  return id;
}
