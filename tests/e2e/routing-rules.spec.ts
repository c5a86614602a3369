import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, logIn } from './support';

// The administrator's routing rules: a new rule for one area, switched off and on, and an
// edit that meets someone else's change (409) and is shown the latest before trying again.

test('an administrator adds a rule for one area, switches it off, and edits it past a concurrent change', async ({
  page,
  playwright,
  baseURL,
}) => {
  const note = `邹城鉴定（测试 ${Date.now()}）`;
  await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('menuitem', { name: '分派规则' }).click();
  await expect(page).toHaveURL(/\/admin\/routing$/);
  await expect(page.getByRole('heading', { name: '分派规则' })).toBeVisible();

  await page.getByTestId('routing-create').click();
  const drawer = page.getByRole('dialog');
  await drawer.getByTestId('routing-kind').click();
  await page.locator('.ant-select-item-option[title="司法鉴定"]').click();
  // The area from the division tree: its prefix and its name.
  await drawer.getByTestId('routing-division').click();
  await page.locator('.ant-select-tree-node-content-wrapper[title="邹城市"]').click();
  await expect(drawer.getByTestId('routing-prefix')).toHaveValue('370883');
  await expect(drawer.getByTestId('division-prefix')).toContainText('邹城市');
  // An organisation kind is required.
  await drawer.getByTestId('routing-save').click();
  await expect(drawer).toContainText('请至少选择一种承办机构类型');
  await drawer.getByTestId('routing-organization-kinds').click();
  await page.locator('.ant-select-item-option[title="司法鉴定所"]').click();
  await page.keyboard.press('Escape');
  await drawer.getByTestId('routing-start-level').click();
  await page.locator('.ant-select-item-option[title="县区"]').click();
  await drawer.getByTestId('routing-note').fill(note);
  await drawer.getByTestId('routing-save').click();
  await expect(page.getByText('已新增分派规则')).toBeVisible();

  const row = page.getByTestId('routing-table').locator('tr[data-rule-id]', { hasText: note });
  await expect(row).toContainText('司法鉴定');
  await expect(row.getByTestId('division-prefix')).toHaveText(/邹城市\s*370883/);
  await expect(row).toContainText('县区');

  // Switched off from the table.
  await row.getByTestId('routing-toggle').click();
  await expect(page.getByText('已停用')).toBeVisible();
  await expect(row.getByTestId('routing-toggle')).toHaveAttribute('aria-checked', 'false');

  // Someone else changes the rule while the drawer is open: the save is refused and the drawer
  // shows their version; the second save goes through.
  await row.getByTestId('routing-edit').click();
  await expect(drawer.getByTestId('routing-note')).toHaveValue(note);
  const other = await playwright.request.newContext({ baseURL });
  const login = await other.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const rules = (await (await other.get('/api/v1/routing-rules')).json()).items as {
    id: number;
    note: string;
    version: number;
  }[];
  const rule = rules.find((r) => r.note === note);
  expect(rule).toBeDefined();
  const changed = await other.patch(`/api/v1/routing-rules/${rule?.id}`, {
    data: { version: rule?.version, note: `${note}（已核）` },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(changed.status()).toBe(200);
  await other.dispose();

  await drawer.locator('#routing-rule_priority').fill('50');
  await drawer.getByTestId('routing-save').click();
  await expect(page.getByText('该规则已被他人修改，已载入最新内容，请核对后重试。')).toBeVisible();
  await expect(drawer.getByTestId('routing-note')).toHaveValue(`${note}（已核）`);
  await drawer.locator('#routing-rule_priority').fill('50');
  await drawer.getByTestId('routing-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  const edited = page.getByTestId('routing-table').locator('tr[data-rule-id]', { hasText: `${note}（已核）` });
  await expect(edited).toContainText('50');
  await expect(edited.getByTestId('routing-toggle')).toHaveAttribute('aria-checked', 'false');
});
