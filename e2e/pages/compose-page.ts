import { expect, type Page } from "@playwright/test";

export interface ComposeInput {
  url: string;
  q: string;
  schema?: unknown;
  verifyUrls?: boolean;
}

export class ComposePage {
  constructor(readonly page: Page) {}

  readonly url = () => this.page.getByTestId("url-input");
  readonly query = () => this.page.getByTestId("q-input");
  /** The schema text as the form holds it (mirrored out of Monaco). */
  readonly schemaOutput = () => this.page.getByTestId("schema-text");
  readonly schemaEditor = () => this.page.getByTestId("schema-editor");
  readonly verifyUrls = () => this.page.getByTestId("verify-urls");
  readonly runButton = () => this.page.getByTestId("run-button");
  readonly formError = () => this.page.getByTestId("form-error");
  readonly fieldError = (field: "url" | "q" | "schema") => this.page.getByTestId(`field-error-${field}`);

  readonly templateSelect = () => this.page.getByTestId("template-select");
  readonly savedSelect = () => this.page.getByTestId("saved-select");
  readonly homepageHint = () => this.page.getByTestId("homepage-hint");

  async saveAs(name: string) {
    await this.page.getByTestId("save-button").click();
    await this.page.getByTestId("save-name").fill(name);
    await this.page.getByTestId("save-confirm").click();
    await this.page.getByTestId("save-dialog").waitFor({ state: "hidden" });
  }

  /** Opens the "copy as" dialog and returns the snippet it shows. */
  async codeSnippet(kind: "curl" | "fetch"): Promise<string> {
    await this.page.getByTestId(`copy-${kind}`).click();
    const text = (await this.page.getByTestId("code-snippet").textContent()) ?? "";
    await this.page.keyboard.press("Escape");
    return text;
  }

  async goto(path = "/") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: "New extraction" })).toBeVisible();
    // The provider badge appears once the client is hydrated and has asked /api/health.
    await expect(this.page.getByTestId("provider-badge")).toBeVisible();
  }

  async fill(input: ComposeInput) {
    await this.url().fill(input.url);
    await this.query().fill(input.q);
    if (input.schema !== undefined) await this.setSchema(typeof input.schema === "string" ? input.schema : JSON.stringify(input.schema));
    if (input.verifyUrls) await this.verifyUrls().check();
  }

  /** Replaces the schema in Monaco (click into the text first, as a person would). */
  async setSchema(text: string) {
    await this.schemaEditor().locator(".monaco-editor").waitFor();
    await this.schemaEditor().locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    if (text) await this.page.keyboard.insertText(text);
    await this.page.keyboard.press("Escape");
    await expect(this.schemaOutput()).toHaveText(text);
  }

  async schemaText(): Promise<string> {
    return (await this.schemaOutput().textContent()) ?? "";
  }

  /** Runs with the keyboard shortcut, as analysts do. */
  async runWithKeyboard() {
    await this.query().press("Control+Enter");
  }

  async run() {
    await this.runButton().click();
  }

  /** Runs and waits for the task page; returns the task id from the URL. */
  async runAndOpenTask(): Promise<string> {
    await this.runWithKeyboard();
    await this.page.waitForURL(/\/tasks\/[^/]+$/);
    return decodeURIComponent(new URL(this.page.url()).pathname.split("/").pop() ?? "");
  }
}
