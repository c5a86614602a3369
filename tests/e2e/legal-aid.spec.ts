import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { logInAs, logOut, uniquePhone } from './support';

// 法律援助: a citizen runs the pre-check on the portal, applies on the same facts, and the
// supervisor (who holds legal_aid.decide) opens the order, grants aid and downloads the letter.
test('pre-check, application on the portal, grant and the decision letter', async ({ page }, testInfo) => {
  const phone = uniquePhone();
  await page.goto('/');
  await page.getByTestId('service-legal_aid').click();
  await expect(page).toHaveURL(/\/service\/legal-aid$/);
  await expect(page.getByTestId('legal-aid-apply')).toContainText('法律援助申请');

  await page.getByTestId('legal-aid-division').click();
  await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
  await page.getByRole('menuitemcheckbox', { name: '许庄街道' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('legal-aid-household').fill('4');
  await page.getByTestId('legal-aid-income').fill('5000');
  await page.getByTestId('legal-aid-matter').click();
  await page.keyboard.type('劳动报酬');
  await page.locator('.ant-select-item-option').filter({ hasText: '请求确认劳动关系或者支付劳动报酬' }).click();
  await page.getByTestId('legal-aid-precheck').click();

  const result = page.getByTestId('eligibility-result');
  await expect(result).toHaveAttribute('data-result', 'eligible');
  await expect(page.getByTestId('eligibility-outcome')).toHaveText('符合条件');
  const economic = page.locator('[data-testid="criterion"][data-criterion="economic_hardship"]');
  await expect(economic).toHaveAttribute('data-passed', 'true');
  await expect(economic).toContainText('1,250.00');

  await page.getByTestId('legal-aid-continue').click();
  await page.getByTestId('legal-aid-name').fill('赵桂兰');
  await page.getByTestId('legal-aid-phone').fill(phone);
  await page.getByTestId('legal-aid-id-number').fill('370811198503174022');
  await page.getByTestId('legal-aid-opposing').fill('济宁某建筑劳务有限公司');
  await page.getByRole('checkbox', { name: '身份证明', exact: true }).check();
  await page.getByRole('checkbox', { name: '经济困难状况说明表', exact: true }).check();
  await page.getByTestId('legal-aid-description').fill('在工地干了三个月，老板拖欠工资一万二千元。');
  await page.getByTestId('legal-aid-submit').click();
  const code = ((await page.getByTestId('legal-aid-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z]+\d{8}-\d{5}$/);
  await expect(page.getByTestId('eligibility-result')).toHaveAttribute('data-result', 'eligible');

  await logInAs(page, 'supervisor');
  const list = await page.request.get(`/api/v1/work-orders?q=${code}`);
  const id = ((await list.json()) as { items: { id: number }[] }).items[0]?.id;
  expect(id).toBeDefined();
  await page.goto(`/work-orders/${id}`);
  const card = page.getByTestId('legal-aid-review');
  await expect(card).toContainText('法律援助审查');
  await expect(card).toContainText('赵桂兰');
  await expect(card).toContainText('济宁某建筑劳务有限公司');
  await expect(card.locator('[data-testid="criterion"]').first()).toBeVisible();
  await expect(card.getByTestId('legal-aid-review-by')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

  await card.getByTestId('legal-aid-grant').click();
  await page.getByTestId('legal-aid-reasons').fill('符合经济困难标准，事项属于法定援助范围。');
  await page.getByTestId('legal-aid-confirm').click();
  await expect(card).toHaveAttribute('data-decision', 'grant');
  const number = ((await card.getByTestId('legal-aid-letter-number').textContent()) ?? '').trim();
  expect(number).toMatch(/^济法援决〔\d{4}〕第\d+号$/);
  await expect(page.locator('[data-testid="history-event"][data-action="legal_aid_decision"]')).toContainText(
    '法律援助审查决定',
  );

  const downloading = page.waitForEvent('download');
  await card.getByTestId('legal-aid-letter').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`给予法律援助决定书-${number}.docx`);
  const file = testInfo.outputPath('letter.docx');
  await download.saveAs(file);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toContain('赵桂兰');
  expect(xml).toContain(number);
  expect(xml).toContain('给予法律援助决定书');
});

// At the window: the clerk applies with the citizen from the workbench; the supervisor refuses
// with reasons, the clerk records the citizen's objection, and the supervisor overturns it.
test('a clerk applies at the window; a refusal, an objection, and the refusal overturned', async ({ page }) => {
  await logInAs(page, 'clerk');
  await page.getByTestId('legal-aid-new').click();
  await expect(page).toHaveURL(/\/legal-aid\/applications\/new$/);
  await expect(page.getByTestId('legal-aid-channel')).toContainText('窗口');
  await page.getByTestId('legal-aid-division').click();
  await page.getByRole('menuitemcheckbox', { name: '任城区' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('legal-aid-household').fill('2');
  await page.getByTestId('legal-aid-income').fill('9000');
  await page.getByTestId('legal-aid-matter').click();
  await page.keyboard.type('劳动报酬');
  await page.locator('.ant-select-item-option').filter({ hasText: '请求确认劳动关系或者支付劳动报酬' }).click();
  await page.getByTestId('legal-aid-name').fill('孙立华');
  await page.getByTestId('legal-aid-phone').fill(uniquePhone());
  await page.getByTestId('legal-aid-description').fill('公司拒付加班工资。');
  await page.getByTestId('legal-aid-submit').click();

  await expect(page).toHaveURL(/\/work-orders\/\d+$/);
  const url = page.url();
  const card = page.getByTestId('legal-aid-review');
  await expect(card.getByTestId('eligibility-result')).toHaveAttribute('data-result', 'not_eligible');
  await expect(card.getByTestId('legal-aid-grant')).toHaveCount(0); // the clerk does not decide

  await logOut(page);
  await logInAs(page, 'supervisor');
  await page.goto(url);
  await card.getByTestId('legal-aid-refuse').click();
  await page.getByTestId('legal-aid-confirm').click();
  await expect(page.getByText('不予法律援助必须说明理由')).toBeVisible();
  await page.getByTestId('legal-aid-reasons').fill('家庭人均月收入高于经济困难标准。');
  await page.getByTestId('legal-aid-confirm').click();
  await expect(card).toHaveAttribute('data-decision', 'refuse');

  await logOut(page);
  await logInAs(page, 'clerk');
  await page.goto(url);
  await card.getByTestId('legal-aid-object').click();
  await page.getByTestId('legal-aid-reasons').fill('家中有长期患病的老人，医疗支出很大。');
  await page.getByTestId('legal-aid-confirm').click();
  await expect(card.getByTestId('legal-aid-objection')).toContainText('医疗支出');

  await logOut(page);
  await logInAs(page, 'supervisor');
  await page.goto(url);
  await card.getByTestId('legal-aid-answer_objection').click();
  await page.getByRole('radio', { name: '改为给予法律援助' }).check();
  await page.getByTestId('legal-aid-reasons').fill('核减医疗支出后符合经济困难标准，予以改正。');
  await page.getByTestId('legal-aid-confirm').click();
  await expect(card).toHaveAttribute('data-decision', 'grant');
  await expect(card.getByTestId('legal-aid-objection')).toContainText('改为给予法律援助');
  await expect(card.getByTestId('legal-aid-letter')).toBeVisible();
});
