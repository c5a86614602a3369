import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Fatong@2026';
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password';

/** Logs in through the login form and waits for the role's home. */
export async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
}
