import { type APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, E2E_ADMIN_PASSWORD, logIn, logOut } from './support';

// 办理时限: the administrator changes a limit in place and it stays after a reload; a supervisor
// reads the same limits without being able to change them; a window clerk has no menu entry.

/** Logs `request` in as the administrator; answers the CSRF token for its writes. */
async function adminApi(request: APIRequestContext) {
  const response = await request.post('/api/v1/auth/login', {
    data: { username: 'admin', password: E2E_ADMIN_PASSWORD },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

let original: unknown;
let csrfToken: string;

// The test's own API context, logged in as the administrator before the test and reused after it.
test.beforeEach(async ({ request }) => {
  csrfToken = await adminApi(request);
  original = await (await request.get('/api/v1/work-orders/limits')).json();
});

// The limits count every later test's deadlines on this server: put back what was there.
test.afterEach(async ({ request }) => {
  const restored = await request.put('/api/v1/work-orders/limits', {
    data: original,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(restored.ok(), await restored.text()).toBe(true);
});

test('an administrator changes the consultation resolve limit, it stays after a reload, a supervisor reads it', async ({
  page,
}) => {
  await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('menuitem', { name: '办理时限' }).click();
  await expect(page).toHaveURL(/\/admin\/deadlines$/);
  await expect(page.getByRole('heading', { name: '办理时限' })).toBeVisible();
  await expect(page.getByTestId('limits-read-only')).toHaveCount(0);

  // One row per kind of service, named as everywhere else, with the limits in force.
  const table = page.getByTestId('limits-table');
  for (const kind of ['法律咨询', '法律援助', '人民调解', '公证', '司法鉴定']) await expect(table).toContainText(kind);
  const consultation = page.getByTestId('limits-resolve-consultation');
  await expect(consultation).toHaveValue('5');
  await expect(page.getByTestId('limits-resolve-legal_aid')).toHaveValue('7');
  await expect(page.getByTestId('limits-accept-days')).toHaveValue('1');
  await expect(page.getByTestId('limits-urgent-hours')).toHaveValue('1');

  // Out of range is refused on its field before anything is sent.
  await consultation.fill('0');
  await page.getByTestId('limits-save').click();
  await expect(table).toContainText('请输入 1–365 之间的整数');

  await consultation.fill('8');
  await page.getByTestId('limits-save').click();
  await expect(page.getByText('办理时限已保存')).toBeVisible();
  await expect(table).not.toContainText('请输入 1–365 之间的整数');

  await page.reload();
  await expect(page.getByTestId('limits-resolve-consultation')).toHaveValue('8');
  await expect(page.getByTestId('limits-resolve-legal_aid')).toHaveValue('7');
  await logOut(page);

  // The supervisor, who chases late orders, reads the new limit and cannot change it.
  await logIn(page, 'supervisor', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/supervision$/);
  await page.getByRole('menuitem', { name: '办理时限' }).click();
  await expect(page).toHaveURL(/\/admin\/deadlines$/);
  await expect(page.getByTestId('limits-read-only')).toContainText('只有系统管理员可以修改');
  await expect(page.getByTestId('limits-resolve-consultation')).toHaveValue('8');
  await expect(page.getByTestId('limits-resolve-consultation')).toBeDisabled();
  await expect(page.getByTestId('limits-accept-days')).toBeDisabled();
  await expect(page.getByTestId('limits-save')).toHaveCount(0);
});

test('a window clerk has no 办理时限 entry in the menu', async ({ page }) => {
  await logIn(page, 'clerk', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/window$/);
  await expect(page.getByRole('menuitem', { name: '工单中心' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '办理时限' })).toHaveCount(0);
});
