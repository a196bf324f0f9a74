import { test as base, expect, type Response } from "@playwright/test";
import { ComposePage } from "../pages/compose-page";
import { TaskPage } from "../pages/task-page";
import { TasksListPage } from "../pages/tasks-list-page";
import { double } from "./double";
import { E2E_LINKUP_KEY } from "./env";

interface Fixtures {
  /** Linkup's once-per-session cost confirmation, answered in advance (the cost spec turns this off). */
  costPreconfirmed: boolean;
  compose: ComposePage;
  taskPage: TaskPage;
  tasksList: TasksListPage;
  /** Every response the browser received in this test (checked for the key after each test). */
  received: { url: string; text: string }[];
}

export const test = base.extend<Fixtures>({
  costPreconfirmed: [true, { option: true }],
  compose: async ({ page, costPreconfirmed }, use) => {
    if (costPreconfirmed) await page.addInitScript(() => window.sessionStorage.setItem("extract-studio:linkup-cost-confirmed", "1"));
    await use(new ComposePage(page));
  },
  taskPage: async ({ page }, use) => use(new TaskPage(page)),
  tasksList: async ({ page }, use) => use(new TasksListPage(page)),
  received: [
    async ({ page, baseURL }, use) => {
      await double.reset();
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const received: { url: string; text: string }[] = [];
      const pending: Promise<void>[] = [];
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      const gridProblems: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
        // The grid registers only the modules it uses: a feature needing another one logs here.
        if (/AG Grid/i.test(message.text()) && (message.type() === "error" || message.type() === "warning")) gridProblems.push(message.text());
      });
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) foreign.push(request.url());
      });
      page.on("response", (response: Response) => {
        pending.push(
          // A response can still arrive while the page closes: then its headers as first seen are
          // what there is to check, and reading must never fail the run.
          (async () => {
            const headers = JSON.stringify(await response.allHeaders().catch(() => response.headers()));
            const body = await response.body().then((b) => b.toString("utf8")).catch(() => "");
            received.push({ url: response.url(), text: `${headers}\n${body}` });
          })().catch(() => undefined),
        );
      });
      await use(received);
      await Promise.all(pending);
      // The key is the server's: it must never reach the browser, in any header or body.
      const leaks = received.filter((r) => r.text.includes(E2E_LINKUP_KEY)).map((r) => r.url);
      expect(leaks, "responses that contained the Linkup key").toEqual([]);
      // The page talks to the studio only (the upstream is called from the server).
      expect(foreign, "requests the page sent to other origins").toEqual([]);
      // The CSP must never have to block anything the studio itself does.
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
      expect(gridProblems, "AG Grid errors and warnings (a missing module?)").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
