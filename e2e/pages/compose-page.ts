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

  readonly saveName = () => this.page.getByTestId("save-name");
  readonly saveNameTaken = () => this.page.getByTestId("save-name-taken");
  /** The bar that says a load replaced the draft, with Undo/Redo. */
  readonly replacedBar = () => this.page.getByTestId("draft-replaced");
  readonly undoReplace = () => this.page.getByTestId("draft-undo");

  /** Undo (or Redo: it is a swap) on the replaced bar, then the query it must bring back. */
  async swapReplaced(query: string) {
    await this.undoReplace().click();
    await expect(this.query()).toHaveValue(query);
  }
  readonly fieldTypes = () => this.page.getByTestId("field-type");

  /** The saved extractions the select offers, by name. */
  async savedNames(): Promise<string[]> {
    return this.savedSelect().locator("option:not([value=''])").allTextContents();
  }

  /** What the saved select shows: the open extraction's name, "… (edited)", or "Open…". */
  async savedShown(): Promise<string> {
    return this.savedSelect().evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "");
  }

  async openSaveDialog() {
    await this.page.getByTestId("save-button").click();
    await expect(this.page.getByTestId("save-dialog")).toBeVisible();
  }

  async saveAs(name: string) {
    await this.openSaveDialog();
    await this.saveName().fill(name);
    await this.page.getByTestId("save-confirm").click();
    await this.page.getByTestId("save-dialog").waitFor({ state: "hidden" });
  }

  /** The "Manage…" dialog of saved extractions, driven from the keyboard as far as it goes. */
  readonly savedManager = () => this.page.getByTestId("saved-manager");
  readonly savedItem = (name: string) => this.savedManager().locator(`[data-testid="saved-item"][data-name="${name}"]`);

  async openSavedManager() {
    await this.page.getByTestId("saved-manage").click();
    await expect(this.savedManager()).toBeVisible();
  }

  async renameSaved(from: string, to: string) {
    await this.savedItem(from).getByTestId("saved-rename").press("Enter");
    const input = this.savedManager().getByTestId("saved-rename-input");
    await expect(input).toBeFocused();
    await input.fill(to);
    await input.press("Enter");
    await expect(this.savedItem(to)).toBeVisible();
  }

  /** Asks to delete, and answers: "Keep it" (false) or Delete (true). */
  async deleteSaved(name: string, confirm: boolean) {
    await this.savedItem(name).getByTestId("saved-delete").press("Enter");
    // "Keep it" has focus: a stray Enter keeps the extraction.
    await expect(this.savedItem(name).getByTestId("saved-delete-cancel")).toBeFocused();
    await this.savedItem(name).getByTestId(confirm ? "saved-delete-confirm" : "saved-delete-cancel").click();
    if (confirm) await expect(this.savedItem(name)).toHaveCount(0);
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
    // Wait as a person waits for the page to answer: the specs test what they drive, not the race with
    // hydration (the form keeps typing made before it, and compose-hydration.spec.ts tests exactly that).
    // The provider badge appears once the client is hydrated and has asked /api/health.
    await expect(this.page.getByTestId("provider-badge")).toBeVisible();
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
