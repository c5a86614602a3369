import { expect, test } from '@playwright/test';

test('a citizen browses and searches the division tree on the portal', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('public-divisions').click();
  await expect(page).toHaveURL(/\/public\/divisions/);
  await page.getByTestId('division-search').locator('input').fill('曲阜');
  await page.keyboard.press('Enter');
  const results = page.getByTestId('division-search-results');
  await expect(results).toContainText('曲阜市');
  await results.getByText('曲阜市', { exact: true }).first().click();
  const detail = page.getByTestId('division-detail');
  await expect(detail).toContainText('370881000000');
  await expect(detail.getByTestId('division-crumb').first()).toBeVisible();
});
