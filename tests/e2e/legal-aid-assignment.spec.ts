import { expect, test } from '@playwright/test';
import { logInAs, uniquePhone } from './support';

/** A valid resident ID number (GB 11643 check character) of 任城区. */
function idNumber(serial: number): string {
  const body = `37081119900101${String(serial % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}

// 指派: a citizen of 任城区 applies on the portal; the supervisor grants aid on the order, sees
// the demo aid pool of 任城区 with the conflict check and the suggested handler, and assigns the
// suggested one; the card then names who holds the case and the history shows the dispatch.
test('after the grant the supervisor sees the candidates and assigns the suggested one', async ({ page }) => {
  const response = await page.request.post('/api/v1/public/legal-aid/applications', {
    data: {
      divisionCode: '370811002001',
      householdSize: 3,
      monthlyHouseholdIncomeFen: 300_000,
      matterCategory: 'labor_relationship_or_pay',
      documents: ['identity', 'hardship_statement'],
      opposingParty: '济宁某物流有限公司',
      description: '在物流园装卸货物两个月，工资一直未结清，申请法律援助。',
      name: '孟庆华',
      phone: uniquePhone(),
      idNumber: idNumber(Date.now()),
    },
  });
  expect(response.status()).toBe(201);
  const { code } = (await response.json()) as { code: string };

  await logInAs(page, 'supervisor');
  const list = await page.request.get(`/api/v1/work-orders?q=${code}`);
  const id = ((await list.json()) as { items: { id: number }[] }).items[0]?.id;
  expect(id).toBeDefined();
  await page.goto(`/work-orders/${id}`);
  const card = page.getByTestId('legal-aid-review');
  await expect(card).toContainText('法律援助审查');
  // Before the grant there is nothing to assign.
  await expect(card.getByTestId('legal-aid-assignment')).toHaveCount(0);
  await card.getByTestId('legal-aid-grant').click();
  await page.getByTestId('legal-aid-confirm').click();
  await expect(card).toHaveAttribute('data-decision', 'grant');

  const section = card.getByTestId('legal-aid-assignment');
  await expect(section).toContainText('指派');
  await expect(section.getByTestId('legal-aid-lawyer-share')).toContainText('律师承办比例');
  const suggested = section.locator('tr[data-suggested="true"]');
  await expect(suggested).toHaveCount(1);
  await expect(suggested).toContainText('建议');
  await expect(suggested).toContainText('✓');
  // The demo pool of 任城区: lawyers and grassroots legal workers, with their organisations.
  await expect(section.locator('tr[data-suggested]')).toHaveCount(10);
  await expect(section.getByTestId('legal-aid-candidates')).toContainText('律师');
  await expect(section.getByTestId('legal-aid-candidates')).toContainText('基层法律服务工作者');
  const name = ((await suggested.locator('td').nth(1).textContent()) ?? '').replace('建议', '').trim();
  expect(name.length).toBeGreaterThan(1);
  await expect(section.getByTestId('legal-aid-suggestion')).toContainText(name);

  await section.getByTestId('legal-aid-assign-suggested').click();
  const assignee = section.getByTestId('legal-aid-assignee');
  await expect(assignee).toContainText(`承办人：${name}`);
  await expect(assignee).toContainText('轮流指派');
  await expect(section.getByTestId('legal-aid-assign-suggested')).toBeVisible();
  await expect(suggested.or(section.locator('tr', { hasText: name })).first()).toContainText('已指派');
  await expect(page.locator('[data-testid="history-event"][data-action="dispatch"]')).toBeVisible();
});
