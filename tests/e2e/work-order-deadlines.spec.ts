import fs from 'node:fs';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import {
  addWorkingDays,
  type CalendarDayKind,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '../../src/shared/domain/calendar';
import { act, lawyersFirm, logInAs, logOut, openOrder, submitByApi } from './support';

// Deadlines through the real pages: an extension the supervisor approves, and the overdue
// sweep reminding (催办) and then supervising (督办) an order nobody took. The second test moves
// the server's clock (FATONG_TEST_CONTROLS, set by playwright.config.ts) and puts it back,
// since every spec file of a run shares the one server.

/**
 * The working-day calendar the fresh test database was seeded with. Deadlines are computed
 * with it and the shared calendar rules, exactly as the server computes them.
 */
const calendar = new Map(
  (
    JSON.parse(fs.readFileSync('db/seeds/calendar/cn-2024-2027.json', 'utf8')) as {
      days: { date: string; kind: CalendarDayKind }[];
    }
  ).days.map((day) => [day.date, day.kind]),
);

const hour = 3_600_000;

/** How a deadline reads on the page: 24:00 of its last day (see formatDeadline). */
const shownDeadline = (deadline: Date) => `${shanghaiDateOf(new Date(deadline.getTime() - 1))} 24:00`;

/** The last day of a deadline as the page shows it ("2026-11-24 24:00" → 2026-11-24). */
async function deadlineDay(locator: Locator) {
  const text = (await locator.textContent()) ?? '';
  const day = /(\d{4}-\d{2}-\d{2}) 24:00/.exec(text)?.[1];
  expect(day, `a deadline in "${text}"`).toBeDefined();
  return day as string;
}

/** Moves the server's clock (null: back to real time). Test controls need no login. */
async function setServerClock(request: APIRequestContext, now: Date | null) {
  const response = await request.put('/api/v1/test-control/clock', { data: { now: now?.toISOString() ?? null } });
  expect(response.status()).toBe(200);
}

/** Runs the overdue sweep now, as the job queue does every minute. */
async function sweep(request: APIRequestContext) {
  const response = await request.post('/api/v1/test-control/jobs/work-order-sweep');
  expect(response.status()).toBe(200);
  return (await response.json()) as { reminded: number; supervised: number };
}

/** The dispatcher sends a waiting order to the demo lawyer's firm. */
async function dispatchToFirm(page: Page, code: string, firm: string) {
  await logInAs(page, 'dispatcher');
  await openOrder(page, code, 'waiting');
  await act(page, 'dispatch', {
    fill: async (dialog) => {
      await dialog.getByTestId('organization-select').click();
      await page.keyboard.type(firm);
      await page.locator('.ant-select-item-option', { hasText: firm }).first().click();
    },
  });
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'dispatched');
  await expect(page.getByTestId('work-order-organization')).toHaveText(firm);
}

const historyEvent = (page: Page, action: string) =>
  page.locator(`[data-testid="history-event"][data-action="${action}"]`);

test('the handler asks for an extension; the supervisor approves it and the resolve-by moves by those working days', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const firm = await lawyersFirm(playwright, baseURL);
  const code = await submitByApi(request, {
    kind: 'consultation',
    description: '劳动合同到期不续签，单位拒付经济补偿，怎么办？',
  });
  await dispatchToFirm(page, code, firm);
  await logOut(page);

  // The lawyer takes it, then asks for five more working days with a reason.
  await logInAs(page, 'lawyer');
  await openOrder(page, code, 'organization');
  await act(page, 'accept');
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'accepted');
  const acceptBy = (await page.getByTestId('work-order-accept-by').textContent()) ?? '';
  expect(acceptBy).toMatch(/^\d{4}-\d{2}-\d{2} 24:00$/);
  const resolveDay = await deadlineDay(page.getByTestId('work-order-resolve-by'));
  await act(page, 'request_extension', {
    fill: async (dialog) => {
      await dialog.getByTestId('action-days').fill('5');
      await dialog.getByTestId('action-reason').fill('需调取劳动仲裁卷宗，当事人在外地务工');
    },
  });
  const pending = page.getByRole('alert').filter({ hasText: '延期申请待审批' });
  await expect(pending).toHaveText('延期申请待审批：5 个工作日。理由：需调取劳动仲裁卷宗，当事人在外地务工');
  // One request at a time; the deadline does not move until it is approved.
  await expect(page.getByTestId('action-request_extension')).toHaveCount(0);
  await expect(page.getByTestId('work-order-resolve-by')).toHaveText(`${resolveDay} 24:00`);
  await logOut(page);

  // The supervisor finds it in the extension queue and approves it.
  await logInAs(page, 'supervisor');
  await page.goto('/work-orders');
  await page.getByTestId('queue-extension').click();
  await expect(page).toHaveURL(/queue=extension/);
  await openOrder(page, code, 'extension');
  await expect(pending).toBeVisible();
  await act(page, 'approve_extension', {
    fill: async (dialog) => {
      await expect(dialog).toContainText('5 个工作日');
      await expect(dialog).toContainText('需调取劳动仲裁卷宗');
    },
  });

  // Five working days after the old deadline's last day, by the official calendar.
  const extended = addWorkingDays(startOfShanghaiDay(resolveDay), 5, calendar);
  await expect(page.getByTestId('work-order-resolve-by')).toHaveText(shownDeadline(extended));
  await expect(page.getByTestId('work-order-accept-by')).toHaveText(acceptBy);
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'accepted');

  const requested = historyEvent(page, 'request_extension');
  await expect(requested).toContainText('申请延期');
  await expect(requested).toContainText('孔德明');
  await expect(requested).toContainText('延期 5 个工作日');
  await expect(requested).toContainText('需调取劳动仲裁卷宗，当事人在外地务工');
  const approved = historyEvent(page, 'approve_extension');
  await expect(approved).toContainText('批准延期');
  await expect(approved).toContainText('陈静');

  // Decided: it has left the extension queue.
  await page.goto('/work-orders?queue=extension');
  await page.getByTestId('work-order-filter-q').locator('input').fill(code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('work-order-table').locator(`tr[data-code="${code}"]`)).toHaveCount(0);
});

test.describe('with the server clock moved', () => {
  // Whatever happens in the test, later spec files get real time back.
  test.afterEach(async ({ request }) => {
    await setServerClock(request, null);
  });

  test('an order nobody accepts is reminded (催办) after its accept-by, and supervised (督办) a working day later', async ({
    page,
    request,
    playwright,
    baseURL,
  }) => {
    const firm = await lawyersFirm(playwright, baseURL);
    const code = await submitByApi(request, { kind: 'consultation', description: '房东不退押金，已协商多次。' });
    await dispatchToFirm(page, code, firm);
    // To be accepted within a working day: nobody at the firm takes it.
    const acceptDay = await deadlineDay(page.getByTestId('work-order-accept-by'));
    await logOut(page);

    // 10:00 on the third working day from today; the browser's clock goes along, so the page
    // marks lateness on the same clock as the server.
    const dispatchedAt = new Date();
    const remindAt = new Date(addWorkingDays(dispatchedAt, 3, calendar).getTime() - 14 * hour);
    expect(remindAt.getTime()).toBeGreaterThan(startOfShanghaiDay(acceptDay).getTime() + 24 * hour);
    await setServerClock(request, remindAt);
    await page.clock.install({ time: remindAt });
    await sweep(request);

    // The supervisor's workbench counts the late orders; the count opens the queue.
    await logInAs(page, 'supervisor');
    await page.getByTestId('queue-count-overdue').click();
    await expect(page).toHaveURL(/\/work-orders\?queue=overdue$/);
    const row = page.getByTestId('work-order-table').locator(`tr[data-code="${code}"]`);
    await page.getByTestId('work-order-filter-q').locator('input').fill(code);
    await page.keyboard.press('Enter');
    await expect(row.getByTestId('overdue-tag')).toHaveText('签收超期');
    await row.getByTestId('work-order-link').click();
    await expect(page.getByTestId('work-order-code')).toHaveText(code);
    await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'dispatched');
    await expect(page.getByTestId('work-order-accept-by').getByTestId('overdue-tag')).toHaveText('签收超期');
    const reminded = historyEvent(page, 'remind');
    await expect(reminded).toHaveCount(1);
    await expect(reminded).toContainText('催办');
    await expect(reminded).toContainText('系统');
    await expect(reminded).toContainText('超过签收时限，系统催办');
    await expect(page.getByTestId('work-order-supervised')).toHaveCount(0);

    // Swept again the same day: reminded once only, not yet supervised.
    await sweep(request);
    await page.reload();
    await expect(historyEvent(page, 'remind')).toHaveCount(1);
    await expect(historyEvent(page, 'supervise')).toHaveCount(0);
    await logOut(page);

    // Still not accepted at 01:00 after the next working day's end: the sweep supervises it.
    const superviseAt = new Date(addWorkingDays(remindAt, 1, calendar).getTime() + hour);
    await setServerClock(request, superviseAt);
    await page.clock.setSystemTime(superviseAt);
    await sweep(request);

    await logInAs(page, 'supervisor');
    await openOrder(page, code, 'supervised');
    await expect(page.getByTestId('work-order-supervised')).toHaveText('督办中');
    await expect(page.getByTestId('work-order-detail')).toHaveAttribute('data-status', 'dispatched');
    const supervised = historyEvent(page, 'supervise');
    await expect(supervised).toHaveCount(1);
    await expect(supervised).toContainText('督办');
    await expect(supervised).toContainText('催办后仍超期，自动转督办');
    await expect(historyEvent(page, 'remind')).toHaveCount(1);
    // Supervised already: the supervisor is not offered to flag it again.
    await expect(page.getByTestId('action-supervise')).toHaveCount(0);
  });
});
