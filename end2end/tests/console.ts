import { expect, type Page } from '@playwright/test';

/** The password the web server's seed gives every admin (playwright.config.ts). */
export const ADMIN_PASSWORD = 'e2e password for admins';

/** Signs `page` in to the admin console as `email` and waits for the console's home. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
}
