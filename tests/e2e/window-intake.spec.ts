import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, logIn } from './support';

// 综合受理 at a service window: the clerk records a matter, answers it on the spot, and the
// order opens with its result; the legal domain and the place come from the shared pickers.
test('a window clerk records a consultation answered on the spot', async ({ page }) => {
  await logIn(page, 'clerk', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/window$/);
  await page.goto('/work-orders/new');

  await page.getByTestId('intake-legal-domain').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '婚姻' }).first().click();
  await expect(page.getByTestId('intake-channel')).toContainText('窗口');
  await page.getByTestId('intake-description').fill('离婚后对方不支付抚养费，怎么办？');
  await page.getByTestId('intake-division').click();
  await page.locator('.ant-select-tree-node-content-wrapper[title="任城区"]').click();
  await page.getByTestId('intake-phone').fill('13905370777');
  await page.getByTestId('intake-name').fill('王女士');
  await page.getByTestId('intake-answer-now').click();
  await page.getByTestId('intake-answer').fill('可向法院申请强制执行抚养费，并可申请法律援助。');
  await page.getByTestId('intake-submit').click();

  await expect(page).toHaveURL(/\/work-orders\/\d+$/);
  await expect(page.getByTestId('work-order-status')).toHaveAttribute('data-status', 'answered');
  await expect(page.getByTestId('work-order-result')).toContainText('强制执行');
  await expect(page.getByTestId('work-order-citizen')).toContainText('139****0777');
});
