import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, logIn, logOut } from './support';

// The 12348 agent's console: a call comes in, the screen-pop says who it is, the matter is
// answered on the spot or forwarded, the call is hung up; the same caller later pops up
// with that order, and a similar open matter is flagged as a possible duplicate.

/** A caller number no other run has used: the first call is a first call. */
const uniquePhone = () => `137${String(Date.now()).slice(-8)}`;
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

async function pickUp(page: Page, phone: string) {
  await page.getByTestId('hotline-caller').fill(phone);
  await expect(page.getByTestId('hotline-line')).toHaveValue('12348');
  await page.getByTestId('hotline-pick-up').click();
  const pop = page.getByTestId('hotline-screen-pop');
  await expect(pop).toHaveAttribute('data-state', 'active');
  await expect(pop.getByTestId('pop-caller')).toHaveText(masked(phone));
  return pop;
}

/** Kind, description and place of the consultation (任城区, from the agent's city-wide tree). */
async function describeMatter(page: Page, description: string) {
  await page.getByTestId('hotline-description').fill(description);
  await page.getByTestId('hotline-division').click();
  await page.locator('.ant-select-tree-node-content-wrapper[title="任城区"]').click();
}

async function hangUpAndNext(page: Page) {
  const pop = page.getByTestId('hotline-screen-pop');
  await pop.getByTestId('hotline-hang-up').click();
  await expect(pop).toHaveAttribute('data-state', 'ended');
  await expect(pop.getByTestId('call-duration')).toHaveText(/^通话时长 \d{2}:\d{2}$/);
  await pop.getByTestId('hotline-next').click();
  await expect(page.getByTestId('hotline-caller')).toHaveValue('');
}

test('a call: screen-pop, answered on the spot, hung up; the same caller later pops up with that order', async ({
  page,
}) => {
  const phone = uniquePhone();
  await logIn(page, 'agent', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/hotline$/);
  await expect(page.getByRole('heading', { name: '热线坐席工作台' })).toBeVisible();

  // First call: nobody known, no earlier orders; the clock runs from the pick-up.
  const pop = await pickUp(page, phone);
  await expect(pop.getByTestId('pop-citizen')).toHaveText('首次来电');
  await expect(pop.getByTestId('pop-orders')).toContainText('没有历史工单');
  await expect(pop.getByTestId('call-timer')).toHaveText(/^00:0[1-9]$/);
  await expect(page.getByTestId('hotline-phone')).toHaveValue(phone);

  // The description searches the knowledge base beside the form.
  await page.getByTestId('hotline-legal-domain').click();
  await page.locator('.ant-select-item-option[title="劳动纠纷"]').click();
  await describeMatter(page, '单位拖欠工资半年了，怎么讨要');
  const hit = page.getByTestId('knowledge-panel').getByTestId('knowledge-hit').first();
  await expect(hit.getByTestId('knowledge-hit-title')).toContainText('拖欠工资');

  // 当场答复 wants the answer first.
  await page.getByTestId('hotline-answer-now').click();
  await expect(page.getByText('当场答复请填写答复内容')).toBeVisible();
  await page.getByTestId('hotline-name').fill('赵四');
  await page.getByTestId('hotline-answer').fill('可向劳动保障监察机构投诉，或申请劳动仲裁。');
  await page.getByTestId('hotline-answer-now').click();
  const recorded = page.getByTestId('hotline-recorded');
  await expect(recorded).toHaveAttribute('data-status', 'answered');
  const code = ((await recorded.getByTestId('hotline-recorded-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^JN\d{8}-\d{5}$/);
  await hangUpAndNext(page);

  // Second call from the same number: a known caller, with the answered order.
  const again = await pickUp(page, phone);
  await expect(again.getByTestId('pop-citizen')).toContainText('赵四');
  await expect(again.getByTestId('pop-citizen')).toContainText('曾来电');
  const earlier = again.locator(`[data-testid="pop-order"][data-code="${code}"]`);
  await expect(earlier).toContainText('已答复');
  await expect(earlier.getByRole('link', { name: code })).toHaveAttribute('target', '_blank');
  await expect(page.getByTestId('hotline-name')).toHaveValue('赵四');

  // This time it cannot be settled on the phone: forwarded for dispatch. The answered one is
  // closed, so it is no duplicate.
  const checked = page.waitForResponse((r) => r.url().includes('/api/v1/hotline/duplicates'));
  await describeMatter(page, '公司拖欠工资三个月，老板失联了');
  expect((await (await checked).json()).items).toEqual([]);
  await expect(page.getByTestId('hotline-duplicates')).toHaveCount(0);
  await page.getByTestId('hotline-forward').click();
  await expect(page.getByTestId('hotline-recorded')).toHaveAttribute('data-status', 'received');
  const forwarded = ((await page.getByTestId('hotline-recorded-code').textContent()) ?? '').trim();
  await hangUpAndNext(page);

  // A third call about the same matter: the open order is flagged while the agent types.
  await pickUp(page, phone);
  await page.getByTestId('hotline-description').fill('还是拖欠工资的事，老板还是联系不上');
  const duplicates = page.getByTestId('hotline-duplicates');
  await expect(duplicates).toBeVisible();
  await expect(duplicates.locator(`[data-testid="duplicate-item"][data-code="${forwarded}"]`)).toBeVisible();
  await expect(duplicates.locator(`[data-testid="duplicate-item"][data-code="${code}"]`)).toHaveCount(0);

  // Hung up without an order: the console asks before moving on.
  const pop3 = page.getByTestId('hotline-screen-pop');
  await pop3.getByTestId('hotline-hang-up').click();
  await pop3.getByTestId('hotline-next').click();
  await expect(page.getByText('本次来电尚未登记工单，确定结束？')).toBeVisible();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('hotline-caller')).toBeVisible();
  await logOut(page);
});

test('a softphone hands over the number in the address; a bad number is refused on its field', async ({ page }) => {
  await logIn(page, 'agent', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/hotline$/);
  await page.goto('/workbench/hotline?caller=05372345678&line=0537-12348');
  await expect(page.getByTestId('hotline-caller')).toHaveValue('05372345678');
  await expect(page.getByTestId('hotline-line')).toHaveValue('0537-12348');
  await page.getByTestId('hotline-caller').fill('12345');
  await page.getByTestId('hotline-pick-up').click();
  await expect(page.getByText('请输入手机号或带区号的固定电话')).toBeVisible();
  await expect(page.getByTestId('hotline-screen-pop')).toHaveCount(0);
});

test('a reload mid-call resumes the call; a call the phone system posts pops up by itself', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept()); // the "leave the page mid-call?" question
  await logIn(page, 'agent', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/hotline$/);
  const phone = uniquePhone();
  const pop = await pickUp(page, phone);
  const callId = await pop.getAttribute('data-call-id');
  await page.reload();
  await expect(page.getByTestId('hotline-screen-pop')).toHaveAttribute('data-call-id', callId as string);
  await expect(page.getByTestId('hotline-phone')).toHaveValue(phone);
  await describeMatter(page, '邻居装修噪音扰民，怎么办');
  await page.getByTestId('hotline-forward').click();
  await expect(page.getByTestId('hotline-recorded')).toHaveAttribute('data-status', 'received');
  await hangUpAndNext(page);

  // A phone system posts the next call in the agent's session, as the API documentation describes.
  const { csrfToken } = await (await page.request.get('/api/v1/auth/me')).json();
  const posted = await page.request.post('/api/v1/hotline/calls', {
    data: { callerNumber: '05372345678', line: '0537-12348' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(posted.status()).toBe(201);
  const next = page.getByTestId('hotline-screen-pop');
  await expect(next).toHaveAttribute('data-call-id', String((await posted.json()).call.id), { timeout: 10_000 });
  await expect(next.getByTestId('pop-caller')).toHaveText('053****5678');
  await next.getByTestId('hotline-hang-up').click();
  await expect(next).toHaveAttribute('data-state', 'ended');
});
