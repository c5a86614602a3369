import { expect, type Page, test } from '@playwright/test';
import { act, apiLogin, lawyersFirm, logInAs, logOut, openOrder, submitByApi, uniquePhone } from './support';

// The life of a work order across the three kinds of user: a citizen on the portal, the
// dispatcher, and the demo lawyer (whose law firm in 任城区 the dispatcher sends it to).

async function dispatchTo(page: Page, organizationName: string) {
  await act(page, 'dispatch', {
    status: 'dispatched',
    fill: async (dialog) => {
      await dialog.getByTestId('organization-select').click();
      await page.keyboard.type(organizationName);
      await page.locator('.ant-select-item-option', { hasText: organizationName }).first().click();
    },
  });
  await expect(page.getByTestId('work-order-organization')).toHaveText(organizationName);
}

test('portal → dispatch → accept → resolve → the citizen rates it and it is closed', async ({
  page,
  playwright,
  baseURL,
}) => {
  const firm = await lawyersFirm(playwright, baseURL);
  const phone = uniquePhone();

  // The citizen picks a service on the portal and applies, without an account.
  await page.goto('/');
  await page.getByTestId('service-consultation').click();
  await expect(page).toHaveURL(/\/service\/apply\?kind=consultation$/);
  await expect(page.getByTestId('apply-kind')).toContainText('法律咨询');
  await page.getByTestId('apply-description').fill('公司拖欠三个月工资，怎么维权？');
  await page.getByTestId('apply-division').click();
  await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
  await page.getByRole('menuitemcheckbox', { name: '许庄街道' }).click();
  const villages = page.locator('.division-cascader-popup .ant-cascader-menu').nth(2);
  await villages.getByRole('menuitemcheckbox').first().click();
  await expect(page.getByTestId('apply-division')).toContainText('任城区 / 许庄街道 /');
  await page.getByTestId('apply-phone').fill(phone);
  await page.getByTestId('apply-name').fill('张三');

  const submitted = page.waitForRequest((r) => r.url().endsWith('/api/v1/public/work-orders') && r.method() === 'POST');
  await page.getByTestId('apply-submit').click();
  const key = (await submitted).headers()['idempotency-key'];
  expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^JN\d{8}-\d{5}$/);
  await expect(page.getByTestId('copy')).toBeVisible();

  // The dispatcher finds it waiting and sends it to the lawyer's firm.
  await logInAs(page, 'dispatcher');
  await expect(page.getByTestId('queue-count-waiting')).toBeVisible();
  await openOrder(page, code, 'waiting');
  await expect(page.getByTestId('work-order-citizen')).toContainText(`张三 ${phone.slice(0, 3)}****${phone.slice(-4)}`);
  await dispatchTo(page, firm);
  await logOut(page);

  // The lawyer sees it in the firm's queue, accepts and resolves it.
  await logInAs(page, 'lawyer');
  await page.getByRole('menuitem', { name: '工单中心' }).click();
  await expect(page.getByTestId('queue-organization')).toBeVisible();
  await expect(page.getByTestId('work-order-table').locator(`tr[data-code="${code}"]`)).toBeVisible();
  await openOrder(page, code, 'organization');
  await expect(page.getByTestId('work-order-actions')).toBeVisible();
  await act(page, 'accept', { status: 'accepted' });
  await expect(page.getByTestId('work-order-assignee')).toHaveText('孔德明');
  await act(page, 'resolve', {
    status: 'resolved',
    fill: (dialog) => dialog.getByTestId('action-result').fill('建议向劳动监察大队投诉，并申请劳动仲裁。'),
  });
  await expect(page.getByTestId('work-order-result')).toContainText('劳动仲裁');
  await logOut(page);

  // The citizen tracks it, sees the result and the firm, and rates it: the order is closed.
  await page.goto(`/service/track?code=${code}`);
  await page.getByTestId('track-phone').fill(phone);
  await page.getByTestId('track-submit').click();
  await expect(page.getByTestId('track-status')).toHaveText('已办结，请您评价');
  await expect(page.getByTestId('track-organization')).toHaveText(firm);
  await expect(page.getByTestId('track-result-text')).toContainText('劳动仲裁');
  await expect(page.getByTestId('track-steps')).toContainText('承办机构签收');
  await page.getByTestId('track-rate-stars').getByRole('radio').nth(4).click();
  await page.getByTestId('track-rate-comment').fill('很满意');
  await page.getByTestId('track-rate-submit').click();
  await expect(page.getByTestId('track-result')).toHaveAttribute('data-status', 'closed');
  await expect(page.getByTestId('track-status')).toHaveText('已办结归档');
  await expect(page.getByTestId('track-rating')).toContainText('5');

  // A wrong phone number gets the same answer as an unknown code.
  await page.getByTestId('track-phone').fill('13900000000');
  await page.getByTestId('track-submit').click();
  await expect(page.getByTestId('track-not-found')).toHaveText('没有查到这件事项，请核对查询码和手机号码。');
});

test('the lawyer returns an order with a reason; the dispatcher sees it waiting and dispatches it again', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const firm = await lawyersFirm(playwright, baseURL);
  const code = await submitByApi(request);

  await logInAs(page, 'dispatcher');
  await openOrder(page, code, 'waiting');
  await dispatchTo(page, firm);
  await logOut(page);

  await logInAs(page, 'lawyer');
  await openOrder(page, code, 'organization');
  // A return must say why: the modal refuses to send without a reason.
  await page.getByTestId('action-return').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('action-submit').click();
  await expect(dialog).toContainText('请填写理由');
  await dialog.getByTestId('action-reason').fill('不属于本所业务范围，建议转人民调解委员会');
  await dialog.getByTestId('action-submit').click();
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'returned');
  // Back with dispatch: the lawyer can only add a note now.
  await expect(page.getByTestId('work-order-actions').getByRole('button')).toHaveText(['备注']);
  await logOut(page);

  await logInAs(page, 'dispatcher');
  await openOrder(page, code, 'waiting');
  await expect(page.getByTestId('work-order-status').first()).toHaveText('已退单');
  await expect(page.locator('[data-testid="history-event"][data-action="return"]')).toContainText('不属于本所业务范围');

  // The dispatcher opens the dispatch form; meanwhile someone else writes a note. The page
  // underneath updates itself, but the form keeps the version it was opened on: the dispatch
  // says so and reloads instead of overwriting unseen.
  await expect(page.getByTestId('live-badge')).toBeVisible();
  await page.getByTestId('action-dispatch').click();
  await expect(page.getByRole('dialog').getByTestId('route-suggestion')).toBeVisible();
  const other = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await apiLogin(other, 'dispatcher');
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const version = Number(await page.getByTestId('work-order-detail').getAttribute('data-version'));
  const noted = await other.post(`/api/v1/work-orders/${id}/actions`, {
    data: { action: 'note', version, reason: '已电话联系当事人' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(noted.status()).toBe(200);
  await other.dispose();
  await expect(page.locator('[data-testid="history-event"][data-action="note"]')).toContainText('已电话联系当事人');

  await page.getByRole('dialog').getByTestId('organization-select').click();
  await page.keyboard.type(firm);
  await page.locator('.ant-select-item-option', { hasText: firm }).first().click();
  await page.getByRole('dialog').getByTestId('action-submit').click();
  await expect(page.getByText('工单已被他人处理，已载入最新内容，请核对后重试。')).toBeVisible();
  await expect(page.locator('[data-testid="history-event"][data-action="note"]')).toContainText('已电话联系当事人');
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'returned');

  // Dispatched again from the fresh version.
  await dispatchTo(page, firm);
  await expect(page.locator('[data-testid="history-event"][data-action="dispatch"]')).toHaveCount(2);
  await expect(page.getByTestId('history-routing').last()).toHaveAttribute('data-routing', 'manual');
});

test('dispatch by the routing rules: the suggestion says where and why, the history keeps it; a transfer names the handler', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const firm = await lawyersFirm(playwright, baseURL);
  const code = await submitByApi(request);

  await logInAs(page, 'dispatcher');
  await openOrder(page, code, 'waiting');
  await page.getByTestId('action-dispatch').click();
  const dialog = page.getByRole('dialog');
  const suggestion = dialog.getByTestId('route-suggestion');
  await expect(suggestion).toHaveAttribute('data-routable', 'true');
  const organization = ((await suggestion.getByTestId('suggested-organization').textContent()) ?? '').trim();
  expect(organization).not.toBe('');
  await expect(suggestion.getByTestId('route-explanation')).toContainText('人民调解');
  await expect(dialog.getByTestId('action-submit')).toHaveText('按规则分派');

  // Choosing another organisation makes it a dispatch by hand, with a handler to pick; clearing it goes back.
  await dialog.getByTestId('organization-select').click();
  await page.keyboard.type(firm);
  await page.locator('.ant-select-item-option', { hasText: firm }).first().click();
  await expect(dialog.getByTestId('action-submit')).toHaveText('派单');
  await expect(dialog.getByTestId('handler-select')).toBeVisible();
  await dialog.getByTestId('organization-select').hover();
  await dialog.getByTestId('organization-select').locator('.ant-select-clear').click();
  await expect(dialog.getByTestId('action-submit')).toHaveText('按规则分派');
  await expect(dialog.getByTestId('handler-select')).toHaveCount(0);

  await suggestion.getByTestId('dispatch-follow-rule').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'dispatched');
  await expect(page.getByTestId('work-order-organization')).toHaveText(organization);
  const dispatched = page
    .locator('[data-testid="history-event"][data-action="dispatch"]')
    .getByTestId('history-routing');
  await expect(dispatched).toHaveAttribute('data-routing', 'auto');
  await expect(dispatched).toContainText('按规则分派');
  await expect(dispatched.getByTestId('history-routing-explanation')).toContainText('人民调解');

  // A transfer has no suggestion: the organisation and, here, its lawyer by name.
  await act(page, 'transfer', {
    status: 'dispatched',
    fill: async (transfer) => {
      await expect(transfer.getByTestId('route-suggestion')).toHaveCount(0);
      await transfer.getByTestId('organization-select').click();
      await page.keyboard.type(firm);
      await page.locator('.ant-select-item-option', { hasText: firm }).first().click();
      await transfer.getByTestId('handler-select').click();
      await page.locator('.ant-select-item-option', { hasText: /孔德明（在办 \d+ 件）/ }).click();
      await transfer.getByTestId('action-reason').fill('当事人要求律师代为调解');
    },
  });
  await expect(page.getByTestId('work-order-organization')).toHaveText(firm);
  await expect(page.getByTestId('work-order-assignee')).toHaveText('孔德明');
  const transferred = page
    .locator('[data-testid="history-event"][data-action="transfer"]')
    .getByTestId('history-routing');
  await expect(transferred).toHaveAttribute('data-routing', 'manual');
});

test('the dispatcher’s open queue shows a new portal submission without a reload', async ({
  page,
  browser,
  baseURL,
}) => {
  // The dispatcher's browser, the waiting queue open and live.
  const dispatcher = await browser.newContext({ baseURL });
  const queue = await dispatcher.newPage();
  await logInAs(queue, 'dispatcher');
  await queue.goto('/work-orders?queue=waiting');
  await expect(queue.getByTestId('live-badge')).toBeVisible();
  await queue.evaluate(() => {
    (window as unknown as { samePage: boolean }).samePage = true;
  });

  // A citizen applies on the portal in another browser.
  await page.goto('/service/apply?kind=legal_aid');
  await page.getByTestId('apply-description').fill('因工受伤，单位拒绝赔偿，申请法律援助。');
  await page.getByTestId('apply-division').click();
  await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('apply-phone').fill(uniquePhone());
  await page.getByTestId('apply-submit').click();
  const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^JN\d{8}-\d{5}$/);

  await expect(queue.getByTestId('work-order-table').locator(`tr[data-code="${code}"]`)).toBeVisible();
  expect(await queue.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await dispatcher.close();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the application form fits the screen, and the server’s field errors land on their fields', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('portal-suggestion-box').click();
    await expect(page.getByTestId('apply-title')).toHaveText('意见箱');
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);

    await page.getByTestId('apply-description').fill('建议延长周末窗口服务时间。');
    await page.getByTestId('apply-division').click();
    await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
    await page.getByRole('menuitemcheckbox', { name: '许庄街道' }).click();
    const popup = page.locator('.division-cascader-popup');
    const box = await popup.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('apply-phone').fill(uniquePhone());

    // The browser's check passes; the server refuses the number (as if it had been changed on the way).
    await page.route('**/api/v1/public/work-orders', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, phone: '12345' }) });
    });
    await page.getByTestId('apply-submit').click();
    await expect(page.locator('#public-apply_phone_help')).toHaveText('请输入正确的手机号或带区号的固定电话');
    await page.unroute('**/api/v1/public/work-orders');

    await page.getByTestId('apply-submit').click();
    await expect(page.getByTestId('tracking-code')).toHaveText(/^JN\d{8}-\d{5}$/);
    const code = page.getByTestId('tracking-code');
    const codeBox = await code.boundingBox();
    expect(codeBox && codeBox.x >= 0 && codeBox.x + codeBox.width <= 375).toBe(true);
    expect(await fits()).toBe(true);
  });
});
