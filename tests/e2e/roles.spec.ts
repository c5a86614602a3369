import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, E2E_ADMIN_PASSWORD, logIn, logOut } from './support';

// Each role logs in through the form and lands on its own home, in Chinese.
const roles: [username: string, password: string, path: string, heading: string][] = [
  ['agent', DEMO_PASSWORD, '/workbench/hotline', '热线坐席工作台'],
  ['clerk', DEMO_PASSWORD, '/workbench/window', '窗口受理工作台'],
  ['dispatcher', DEMO_PASSWORD, '/workbench/dispatch', '派单调度工作台'],
  ['lawyer', DEMO_PASSWORD, '/workbench/handler', '承办人工作台'],
  ['mediator', DEMO_PASSWORD, '/workbench/handler', '承办人工作台'],
  ['advisor', DEMO_PASSWORD, '/workbench/handler', '承办人工作台'],
  ['supervisor', DEMO_PASSWORD, '/workbench/supervision', '督办监督工作台'],
  ['leader', DEMO_PASSWORD, '/workbench/overview', '领导驾驶舱'],
  ['finance', DEMO_PASSWORD, '/workbench/finance', '财务工作台'],
  ['admin', E2E_ADMIN_PASSWORD, '/admin/users', '账号管理'],
];

for (const [username, password, path, heading] of roles) {
  test(`${username} lands on ${heading}`, async ({ page }) => {
    await logIn(page, username, password);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await logOut(page);
  });
}

test('a wrong password is refused in Chinese', async ({ page }) => {
  await logIn(page, 'agent', 'wrong-password');
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
});

test('the language switches to English and back', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('login-submit')).toContainText(/log in/i);
  await page.reload();
  await expect(page.getByTestId('login-submit')).toContainText(/log in/i);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
});

test('pages need a login; the portal does not', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.goto('/');
  await expect(page.getByText('12348').first()).toBeVisible();
});
