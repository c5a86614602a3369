import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, logIn, logOut } from './support';

// A citizen's numbers are shown masked; staff who handle matters click 查看 to see one in full
// (the server records it), on the order page and in the hotline screen-pop; a leader cannot.

/** A mobile number no other run has used, so the caller is this test's citizen. */
const phone = `138${String(Date.now()).slice(-8)}`;
const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** A checksum-valid resident ID number (GB 11643) born 1985-03-17 in 任城区, unique to this run. */
function idNumber(): string {
  const body = `37081119850317${String(Date.now()).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}
const id = idNumber();

/** The demo window clerk registers a legal-aid request with the phone and ID number; answers its id. */
async function registerOrder(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'clerk', password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await request.post('/api/v1/work-orders', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      kind: 'legal_aid',
      channel: 'window',
      description: '工伤后单位拒绝赔偿，申请法律援助。',
      divisionCode: '370811002000',
      phone,
      name: '周建国',
      idNumber: id,
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

/** Clicks 查看, gives a reason in the confirmation, and confirms. */
async function reveal(page: Page, link: Locator, reason: string) {
  await link.click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await confirm.locator('input').fill(reason);
  await confirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
}

let orderId: number;

test.beforeAll(async ({ playwright }, info) => {
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  orderId = await registerOrder(request);
  await request.dispose();
});

test('a dispatcher sees the masked numbers on the order and reveals each in full; the reveal is audited', async ({
  page,
  request,
}) => {
  await logIn(page, 'dispatcher', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/dispatch$/);
  await page.goto(`/work-orders/${orderId}`);

  const citizen = page.getByTestId('work-order-citizen');
  await expect(citizen).toContainText(`周建国 ${masked}`);
  const phoneShown = page.getByTestId('work-order-citizen-phone');
  await expect(phoneShown).toHaveText(masked);
  await reveal(page, page.getByTestId('reveal-citizen-phone'), '联系申请人补充材料');
  await expect(phoneShown).toHaveText(phone);
  await expect(page.getByTestId('reveal-citizen-phone')).toHaveCount(0);

  const idShown = page.getByTestId('work-order-citizen-id-number');
  await expect(idShown).toHaveText(`${id.slice(0, 6)}********${id.slice(-4)}`);
  await reveal(page, page.getByTestId('reveal-citizen-id-number'), '核对身份');
  await expect(idShown).toHaveText(id);

  // Only for this view: coming back shows the masked number again.
  await page.reload();
  await expect(page.getByTestId('work-order-citizen-phone')).toHaveText(masked);

  // The trail has both reveals, with their reasons, and never the numbers.
  const login = await request.post('/api/v1/auth/login', {
    data: { username: 'supervisor', password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const order = await (await request.get(`/api/v1/work-orders/${orderId}`)).json();
  const audit = await (await request.get(`/api/v1/audit-log?entityType=citizen&entityId=${order.citizen.id}`)).json();
  const entries = audit.items as { action: string; actorName: string; detail: Record<string, unknown> }[];
  expect(entries.map((e) => [e.action, e.actorName, e.detail.field, e.detail.reason])).toEqual([
    ['citizen.reveal', '张伟', 'idNumber', '核对身份'],
    ['citizen.reveal', '张伟', 'phone', '联系申请人补充材料'],
  ]);
  expect(JSON.stringify(entries)).not.toContain(phone);
  expect(JSON.stringify(entries)).not.toContain(id);
});

test('the hotline agent reveals a known caller in the screen-pop; a leader sees only masked numbers', async ({
  page,
}) => {
  await logIn(page, 'agent', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/hotline$/);
  await page.getByTestId('hotline-caller').fill(phone);
  await page.getByTestId('hotline-pick-up').click();
  const pop = page.getByTestId('hotline-screen-pop');
  await expect(pop).toHaveAttribute('data-state', 'active');
  await expect(pop.getByTestId('pop-citizen')).toContainText('周建国');
  const caller = pop.getByTestId('pop-caller');
  await expect(caller).toHaveText(masked);
  await reveal(page, pop.getByTestId('reveal-caller'), '回拨核实');
  await expect(caller).toHaveText(phone);
  await pop.getByTestId('hotline-hang-up').click();
  await expect(pop).toHaveAttribute('data-state', 'ended');
  await logOut(page);

  await logIn(page, 'leader', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\/overview$/);
  await page.goto(`/work-orders/${orderId}`);
  await expect(page.getByTestId('work-order-citizen-phone')).toHaveText(masked);
  await expect(page.getByTestId('work-order-citizen-id-number')).toHaveText(`${id.slice(0, 6)}********${id.slice(-4)}`);
  await expect(page.getByTestId('reveal-citizen-phone')).toHaveCount(0);
  await expect(page.getByTestId('reveal-citizen-id-number')).toHaveCount(0);
});
