import { expect, type Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, logIn } from './support';

/** Steps the year selector to `year` with its arrow buttons. */
async function showYear(page: Page, year: number) {
  const shown = Number((await page.getByTestId('calendar-year').textContent())?.trim());
  const step = year > shown ? 'calendar-next-year' : 'calendar-prev-year';
  for (let i = 0; i < Math.abs(year - shown); i++) await page.getByTestId(step).click();
  await expect(page.getByTestId('calendar-year')).toContainText(String(year));
}

test('an administrator marks a day as a holiday on the 工作日历 page and sees it', async ({ page }) => {
  await logIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('menuitem', { name: '工作日历' }).click();
  await expect(page).toHaveURL(/\/admin\/calendar$/);
  await showYear(page, 2026);

  // The official 2026 arrangement: the Spring Festival in red, its make-up Saturday in blue (班).
  const springFestival = page.getByTestId('calendar-day-2026-02-17');
  await expect(springFestival).toHaveAttribute('data-kind', 'holiday');
  await expect(springFestival).toContainText('春节');
  const makeUp = page.getByTestId('calendar-day-2026-02-14');
  await expect(makeUp).toHaveAttribute('data-kind', 'workday');
  await expect(makeUp).toContainText('班');

  // An ordinary Monday becomes a holiday.
  const day = page.getByTestId('calendar-day-2026-03-09');
  await expect(day).toHaveAttribute('data-kind', 'weekday');
  await day.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2026-03-09');
  await dialog.getByTestId('calendar-kind-holiday').click();
  await dialog.getByTestId('calendar-day-name').fill('测试假日');
  await dialog.getByTestId('calendar-day-submit').click();
  await expect(dialog).toBeHidden();
  await expect(day).toHaveAttribute('data-kind', 'holiday');
  await expect(day).toContainText('测试假日');

  // The server counts deadlines with it at once, and a reload still shows it.
  const deadline = await page.request.get(
    `/api/v1/calendar/deadline?from=${encodeURIComponent('2026-03-06T17:00:00+08:00')}&workingDays=1`,
  );
  expect((await deadline.json()).lastWorkingDay).toBe('2026-03-10');
  await page.reload();
  await showYear(page, 2026);
  await expect(page.getByTestId('calendar-day-2026-03-09')).toHaveAttribute('data-kind', 'holiday');

  // Back to the default, so other tests see the official calendar.
  await page.getByTestId('calendar-day-2026-03-09').click();
  await page.getByRole('dialog').getByTestId('calendar-kind-default').click();
  await page.getByRole('dialog').getByTestId('calendar-day-submit').click();
  await expect(page.getByTestId('calendar-day-2026-03-09')).toHaveAttribute('data-kind', 'weekday');

  // 2027 is provisional until the State Council publishes it.
  await showYear(page, 2027);
  await expect(page.getByTestId('calendar-provisional')).toBeVisible();
  await expect(page.getByTestId('calendar-day-2027-02-06')).toHaveAttribute('data-provisional', 'true');
  await expect(page.getByTestId('calendar-day-2027-02-06')).toContainText('待公布');
});
