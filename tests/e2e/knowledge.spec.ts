import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, logIn, logOut } from './support';

async function openKnowledgeBase(page: Page, username: string) {
  await logIn(page, username, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench\//);
  await page.getByRole('menuitem', { name: '知识库' }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  await expect(page.getByRole('heading', { name: '知识库' })).toBeVisible();
}

test('a hotline agent searches in plain words and opens the answer, the words marked', async ({ page }) => {
  await openKnowledgeBase(page, 'agent');
  await expect(page.getByTestId('knowledge-create')).toHaveCount(0);

  // As the citizen said it: no article holds this sentence, the search finds the unpaid-wages one.
  await page.getByLabel('检索知识库').fill('公司拖欠工资怎么办');
  const first = page.getByTestId('knowledge-hit').first();
  await expect(first.getByTestId('knowledge-hit-title')).toHaveText('单位拖欠工资怎么办？');
  await expect(first.getByTestId('knowledge-mark').first()).toBeVisible();
  await expect(first.getByTestId('knowledge-hit-title').getByTestId('knowledge-mark')).toHaveText('拖欠工资');

  await first.click();
  const article = page.getByTestId('knowledge-article');
  await expect(article.getByTestId('knowledge-article-title')).toHaveText('单位拖欠工资怎么办？');
  await expect(article.getByTestId('knowledge-article-answer')).toContainText('劳动保障监察机构');
  await expect(article.getByTestId('knowledge-article-answer').getByTestId('knowledge-mark').first()).toBeVisible();
  await expect(article).toContainText('浏览 1 次');
  await expect(article.getByTestId('knowledge-edit')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(article).toBeHidden();

  // The legal-domain filter narrows the same search.
  await page.getByTestId('knowledge-domain').click();
  await page.keyboard.type('海事');
  await page.locator('.ant-select-item-option[title="海事海商"]').click();
  await expect(page.getByTestId('knowledge-hit').first().getByTestId('knowledge-hit-title')).toHaveText(
    '船员被拖欠工资怎么办？',
  );
  await logOut(page);
});

test('an editor writes an answer, publishes it, and finds it by search', async ({ page }) => {
  await openKnowledgeBase(page, 'supervisor');
  await page.getByTestId('knowledge-create').click();
  const form = page.locator('.ant-drawer').filter({ has: page.getByTestId('knowledge-form-save') });
  await form.getByLabel('标题').fill('电动自行车能不能在楼道里充电？');
  await form.getByLabel('法律领域').click();
  await page.keyboard.type('综合');
  await page.locator('.ant-select-item-option[title="综合咨询"]').click();
  await form.getByLabel('关键词').fill('飞线充电');
  await page.keyboard.press('Enter');
  await form.getByLabel('问题').fill('邻居每天把电动自行车推进楼道充电，物业不管，我该找谁？');
  await form
    .getByLabel('解答')
    .fill(
      '在楼道、楼梯间、安全出口等公共区域停放电动自行车或者为其充电，违反消防安全管理规定。可以先向物业服务企业反映，由其劝阻制止；劝阻无效的，可以向当地消防救援机构、公安派出所或者街道（乡镇）举报。',
    );
  await form.locator('label', { hasText: '已发布' }).click();
  await form.getByTestId('knowledge-form-save').click();
  await expect(form).toBeHidden();

  const article = page.getByTestId('knowledge-article');
  await expect(article.getByTestId('knowledge-article-title')).toHaveText('电动自行车能不能在楼道里充电？');
  await page.keyboard.press('Escape');
  await expect(article).toBeHidden();

  await page.getByLabel('检索知识库').fill('楼道充电');
  const first = page.getByTestId('knowledge-hit').first();
  await expect(first.getByTestId('knowledge-hit-title')).toHaveText('电动自行车能不能在楼道里充电？');
  await expect(first.getByTestId('knowledge-hit-snippet').getByTestId('knowledge-mark').first()).toBeVisible();
  await first.click();
  await expect(article.getByTestId('knowledge-article-answer')).toContainText('消防救援机构');
  await page.keyboard.press('Escape');
  await logOut(page);

  // Published: the hotline agent finds it too.
  await openKnowledgeBase(page, 'agent');
  await page.getByLabel('检索知识库').fill('飞线充电');
  await expect(page.getByTestId('knowledge-hit').first().getByTestId('knowledge-hit-title')).toHaveText(
    '电动自行车能不能在楼道里充电？',
  );
});
