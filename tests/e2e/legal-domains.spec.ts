import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, logIn } from './support';

// The legal-domain taxonomy is data: an administrator adds a domain, the knowledge form offers it
// at once and the article carries its name (in the UI language); retired, it is offered no more
// while the article keeps it.

test('an administrator adds a legal domain; the knowledge form offers it, and no longer once it is retired', async ({
  page,
}) => {
  await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('menuitem', { name: '法律领域' }).click();
  await expect(page).toHaveURL(/\/admin\/legal-domains$/);
  await expect(page.getByRole('heading', { name: '法律领域' })).toBeVisible();
  const table = page.getByTestId('legal-domain-table');
  await expect(table.locator('tr[data-code="labor_dispute"]')).toContainText('劳动纠纷');

  await page.getByTestId('legal-domain-create').click();
  const drawer = page.getByRole('dialog');
  // The code's shape is checked as it is typed; a Chinese name already taken comes back from the server.
  await drawer.getByTestId('legal-domain-code').fill('Elder-Care');
  await drawer.getByTestId('legal-domain-name-zh').fill('劳动纠纷');
  await drawer.getByTestId('legal-domain-name-en').fill('Elder care');
  await drawer.getByTestId('legal-domain-save').click();
  await expect(drawer).toContainText('请输入英文小写单词，以下划线连接，如 elder_care');
  await drawer.getByTestId('legal-domain-code').fill('elder_care');
  await drawer.getByTestId('legal-domain-save').click();
  await expect(drawer).toContainText('已被占用');
  await drawer.getByTestId('legal-domain-name-zh').fill('养老服务');
  await drawer.getByTestId('legal-domain-save').click();
  await expect(page.getByText('已新增法律领域')).toBeVisible();
  const row = table.locator('tr[data-code="elder_care"]');
  await expect(row).toContainText('养老服务');
  await expect(row).toContainText('Elder care');
  await expect(row).toContainText('210');
  await expect(row).toContainText('启用');

  // The knowledge form offers the new domain, and the saved article shows its name.
  await page.getByRole('menuitem', { name: '知识库' }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  await page.getByTestId('knowledge-create').click();
  const form = page.locator('.ant-drawer').filter({ has: page.getByTestId('knowledge-form-save') });
  await form.getByLabel('标题').fill('养老院关门了，预交的费用怎么要回来？');
  await form.getByLabel('法律领域').click();
  await page.keyboard.type('养老');
  await page.locator('.ant-select-item-option[title="养老服务"]').click();
  await form.getByLabel('问题').fill('父亲住的养老院突然停业，预交的一年费用还剩八个月，能退吗？');
  await form
    .getByLabel('解答')
    .fill('可以要求养老机构退还未服务期间的费用；协商不成的，可以向民政部门投诉，或者向人民法院起诉。');
  await form.locator('label', { hasText: '已发布' }).click();
  await form.getByTestId('knowledge-form-save').click();
  await expect(form).toBeHidden();
  const article = page.getByTestId('knowledge-article');
  await expect(article).toContainText('养老服务');
  await page.keyboard.press('Escape');
  await expect(article).toBeHidden();
  // The name follows the UI language: the newest article heads the list.
  const newest = page.getByTestId('knowledge-hit').first();
  await expect(newest).toContainText('养老服务');
  await page.getByTestId('lang-switch').click();
  await expect(newest).toContainText('Elder care');
  await page.getByTestId('lang-switch').click();
  await expect(newest).toContainText('养老服务');

  // Retired: offered no more, while the article keeps its name.
  await page.getByRole('menuitem', { name: '法律领域' }).click();
  await row.getByTestId('legal-domain-retire').click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await expect(confirm).toContainText('确定停用“养老服务”吗？');
  await confirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(page.getByText('已停用', { exact: true }).first()).toBeVisible();
  await expect(row.getByTestId('legal-domain-retired')).toHaveText('已停用');
  await expect(row.getByTestId('legal-domain-restore')).toBeVisible();

  await page.getByRole('menuitem', { name: '知识库' }).click();
  await page.getByLabel('检索知识库').fill('养老院预交费用');
  const hit = page.getByTestId('knowledge-hit').first();
  await expect(hit.getByTestId('knowledge-hit-title')).toHaveText('养老院关门了，预交的费用怎么要回来？');
  await expect(hit).toContainText('养老服务');
  await page.getByTestId('knowledge-create').click();
  await form.getByLabel('法律领域').click();
  await page.keyboard.type('养老');
  await expect(page.locator('.ant-select-item-option[title="养老服务"]')).toHaveCount(0);
  // The other domains are still there.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('婚姻');
  await expect(page.locator('.ant-select-item-option[title="婚姻家庭"]')).toBeVisible();
});
