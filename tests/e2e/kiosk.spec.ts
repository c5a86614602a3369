import { expect, type Page, test } from '@playwright/test';

// The self-service terminal: no login, big targets, the portal's application with channel
// 'kiosk', and a screen that forgets its last user after 90 s of quiet plus a 10 s warning.

const uniquePhone = () => `136${String(Date.now()).slice(-8)}`;

test.use({ viewport: { width: 1280, height: 1024 } });

async function fillApplication(page: Page, phone: string) {
  await page.getByTestId('apply-description').fill('邻居家装修噪音扰民，协商多次未果。');
  await page.getByTestId('apply-division').click();
  await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
  await page.getByRole('menuitemcheckbox', { name: '许庄街道' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('apply-phone').fill(phone);
  await page.getByTestId('apply-name').fill('钱五');
}

test('a citizen applies at the kiosk and tracks it there; the order came in through the kiosk', async ({ page }) => {
  const phone = uniquePhone();
  await page.goto('/kiosk');
  await expect(page.getByTestId('kiosk-home')).toBeVisible();
  await expect(page.getByTestId('kiosk-hotline-hint')).toContainText('12348');

  // Elderly-friendly: 20 px text or more, touch targets of 64 px or more.
  const fontSize = await page
    .getByTestId('kiosk-home')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  for (const tile of await page.locator('[data-testid^="kiosk-service-"], [data-testid="kiosk-track"]').all()) {
    expect((await tile.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
  }

  await page.getByTestId('kiosk-service-mediation').click();
  await expect(page.getByTestId('apply-kind')).toContainText('人民调解');
  await fillApplication(page, phone);
  expect((await page.getByTestId('apply-submit').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
  expect(await page.getByTestId('apply-phone').getAttribute('autocomplete')).toBe('off');

  const submitted = page.waitForRequest((r) => r.url().endsWith('/api/v1/public/work-orders') && r.method() === 'POST');
  await page.getByTestId('apply-submit').click();
  expect((await submitted).postDataJSON()).toMatchObject({ channel: 'kiosk', kind: 'mediation', phone });
  const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^JN\d{8}-\d{5}$/);

  // 查询办理进度 stays on the kiosk, with the code filled in.
  await page.getByTestId('apply-track-link').click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByTestId('track-code')).toHaveValue(code);
  await page.getByTestId('track-phone').fill(phone);
  await page.getByTestId('track-submit').click();
  await expect(page.getByTestId('track-status')).toHaveText('已受理，正在分派给承办机构');

  // 返回首页 clears it all at once.
  await page.getByTestId('kiosk-home-button').click();
  await expect(page.getByTestId('kiosk-home')).toBeVisible();
  await page.getByTestId('kiosk-track').click();
  await expect(page.getByTestId('track-code')).toHaveValue('');
  await expect(page.getByTestId('track-result')).toHaveCount(0);
});

test('after 90 s of quiet a 10 s countdown shows, then the kiosk starts over with nothing left', async ({ page }) => {
  await page.clock.install();
  await page.goto('/kiosk');
  await page.getByTestId('kiosk-service-consultation').click();
  await page.getByTestId('apply-description').fill('工伤赔偿怎么申请？');
  await page.getByTestId('apply-phone').fill('13605370000');

  // Someone keeps using it: no warning.
  await page.clock.fastForward(60_000);
  await page.getByTestId('apply-name').fill('孙六');
  await page.clock.fastForward(60_000);
  await expect(page.getByTestId('kiosk-idle-overlay')).toHaveCount(0);

  // Quiet for 90 s: the countdown; a touch keeps everything.
  await page.clock.fastForward(31_000);
  const overlay = page.getByTestId('kiosk-idle-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay.getByTestId('kiosk-idle-countdown')).toHaveText(/^([1-9]|10)$/);
  await overlay.getByTestId('kiosk-idle-stay').click();
  await expect(overlay).toBeHidden();
  await expect(page.getByTestId('apply-description')).toHaveValue('工伤赔偿怎么申请？');

  // Quiet again: 90 s, the warning, and 10 s later the start screen.
  await page.clock.fastForward(90_500);
  await expect(overlay).toBeVisible();
  await page.clock.fastForward(5_000);
  await expect(overlay).toBeVisible();
  await page.clock.fastForward(5_000);
  await expect(overlay).toBeHidden();
  await expect(page.getByTestId('kiosk-home')).toBeVisible();

  // Nothing of the last person is left in the form.
  await page.getByTestId('kiosk-service-consultation').click();
  await expect(page.getByTestId('apply-description')).toHaveValue('');
  await expect(page.getByTestId('apply-phone')).toHaveValue('');
  await expect(page.getByTestId('apply-name')).toHaveValue('');
});
