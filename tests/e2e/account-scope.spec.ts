import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, logIn, logOut } from './support';

test('an administrator creates a user scoped to one county, who then sees only that county', async ({ page }) => {
  const username = `zc${Date.now().toString(36)}`;
  await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  // An organisation in another county, for the 404 check at the end.
  const rencheng = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent('任城区司法局')}`);
  const outsideId = (await rencheng.json()).items[0].id as number;

  await page.getByTestId('account-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill('邹城派单员');
  await dialog.getByTestId('account-roles').click();
  await page.locator('.ant-select-item-option[title="派单员"]').click();
  await page.keyboard.press('Escape');
  await dialog.getByTestId('account-scope').click();
  await page.locator('.ant-select-tree-node-content-wrapper[title="邹城市"]').click();
  await dialog.getByTestId('account-create-submit').click();

  const temporary = page.getByTestId('temporary-password');
  await expect(temporary).toBeVisible();
  const password = (await temporary.textContent())?.trim() ?? '';
  expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('account-table')).toContainText(username);
  await logOut(page);

  // The first login must replace the temporary password.
  await logIn(page, username, password);
  await page.getByTestId('password-current').fill(password);
  await page.getByTestId('password-new').fill('zoucheng-pass-2026');
  await page.getByTestId('password-confirm').fill('zoucheng-pass-2026');
  await page.getByRole('dialog').getByRole('button', { name: '确认修改' }).click();
  await expect(page).toHaveURL(/\/workbench\/dispatch$/);

  // The workbench counts only 邹城市: one county, its 16 townships and 714 villages.
  await expect(page.getByTestId('user-scope')).toContainText('邹城市');
  await expect(page.getByTestId('stat-county')).toContainText('1');
  await expect(page.getByTestId('stat-township')).toContainText('16');
  await expect(page.getByTestId('stat-village')).toContainText('714');

  // The directory lists only organisations in 邹城市.
  await page.goto('/directory/organizations');
  const table = page.getByTestId('organization-table');
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expect(table).toContainText('邹城市司法局');
  await expect(table).not.toContainText('任城区');
  const response = await page.request.get('/api/v1/organizations?limit=200');
  const items = (await response.json()).items as { divisionCode: string }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((o) => o.divisionCode.startsWith('370883'))).toBe(true);

  // Another county's organisation does not exist for this user: the page says "not found", the API 404.
  await page.goto(`/directory/organizations/${outsideId}`);
  await expect(page.getByText('记录不存在或不在您的数据范围内')).toBeVisible();
  expect((await page.request.get(`/api/v1/organizations/${outsideId}`)).status()).toBe(404);
  await page.goto('/directory/organizations');
  await table.getByRole('link', { name: '邹城市司法局' }).click();
  await expect(page.getByTestId('organization-detail')).toContainText('邹城市司法局');
});
