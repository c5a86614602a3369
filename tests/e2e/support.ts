import { type APIRequestContext, expect, type Locator, type Page, type PlaywrightWorkerArgs } from '@playwright/test';

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

/** Logs in through the form and waits for the role's workbench. */
export async function logInAs(page: Page, username: string) {
  await logIn(page, username, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\//);
}

/** A phone number no other test run has used, so tracking finds exactly this order. */
export const uniquePhone = () => `139${String(Date.now()).slice(-8)}`;

/** Logs `request` in through the API; answers Me (the lawyer's firm) and the CSRF token for its writes. */
export async function apiLogin(request: APIRequestContext, username: string) {
  const response = await request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { organizationName: string; csrfToken: string };
}

/** The demo lawyer's law firm, read from the lawyer's own Me in a separate request context. */
export async function lawyersFirm(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined) {
  const context = await playwright.request.newContext({ baseURL });
  const { organizationName } = await apiLogin(context, 'lawyer');
  await context.dispose();
  return organizationName;
}

/** A citizen's submission without the portal form (no session: the public API needs none). */
export async function submitByApi(
  request: APIRequestContext,
  matter: { phone?: string; kind?: string; description?: string } = {},
) {
  const response = await request.post('/api/v1/public/work-orders', {
    data: {
      kind: matter.kind ?? 'mediation',
      description: matter.description ?? '邻居装修噪音扰民，协商未果。',
      divisionCode: '370811002000',
      phone: matter.phone ?? uniquePhone(),
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).code as string;
}

/** Opens an order from the work-order centre by searching its code in a queue. */
export async function openOrder(page: Page, code: string, queue?: string) {
  await page.goto(queue ? `/work-orders?queue=${queue}` : '/work-orders');
  await page.getByTestId('work-order-filter-q').locator('input').fill(code);
  await page.keyboard.press('Enter');
  await page.getByTestId('work-order-table').locator(`tr[data-code="${code}"]`).getByTestId('work-order-link').click();
  await expect(page.getByTestId('work-order-code')).toHaveText(code);
}

/** Clicks an action button, fills its modal with `fill`, submits, waits for the modal to close (and the status). */
export async function act(
  page: Page,
  action: string,
  options: { fill?: (dialog: Locator) => Promise<void>; status?: string } = {},
) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await options.fill?.(dialog);
  await dialog.getByTestId('action-submit').click();
  await expect(dialog).toBeHidden();
  if (options.status)
    await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', options.status);
}
