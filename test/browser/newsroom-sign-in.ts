import type { Page } from "playwright-core";
import { TEST_PASSWORD } from "../support/api-client.ts";

/** Signs in on the newsroom's login screen, as a person would, and waits for the dashboard. */
export async function signInToNewsroom(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/newsroom/`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
}
