import { defineConfig } from '@playwright/test';

// Browser tests: Debian's Chromium (never a downloaded browser) against the real app,
// started on a fresh embedded database with the demo seed, as `npm start` would, plus the
// test controls (a settable clock, jobs on demand) that the deadline tests need.
const port = Number(process.env.E2E_PORT ?? 3199);
export const e2eAdminPassword = 'e2e-admin-password';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `.tmp/test-results-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf .tmp/e2e-data-${port} && FATONG_DATA_DIR=.tmp/e2e-data-${port} PORT=${port} HOST=127.0.0.1 FATONG_ADMIN_PASSWORD=${e2eAdminPassword} FATONG_TEST_CONTROLS=1 LOG_LEVEL=warn node bin/start.mjs`,
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
