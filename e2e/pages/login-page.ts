import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(readonly page: Page) {}

  readonly password = () => this.page.getByTestId("login-password");
  readonly submit = () => this.page.getByTestId("login-submit");
  readonly error = () => this.page.getByTestId("login-error");
  readonly signOut = () => this.page.getByTestId("sign-out");

  async expectShown(next?: string) {
    await expect(this.page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === (next ?? null));
    await expect(this.password()).toBeVisible();
  }

  async signIn(password: string) {
    await this.password().fill(password);
    await this.submit().click();
  }
}
