import { z } from 'zod';

/**
 * The whole environment, parsed once at start. A bad value stops the process with a
 * message naming the variable, so misconfiguration never surfaces later as a 500.
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  FATONG_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FATONG_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  FATONG_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  FATONG_DEMO: booleanFlag.optional(),
  FATONG_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://12348.jining.gov.cn' })
    .optional(),
  FATONG_CODE_PREFIX: z
    .string()
    .regex(/^[A-Z]{2,4}$/, 'must be 2 to 4 capital letters, e.g. JN for 济宁')
    .default('JN'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FATONG_TEST_CONTROLS: booleanFlag.optional(),
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Undefined means the embedded PGlite database under dataDir. */
  databaseUrl: string | undefined;
  secret: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  /** Where citizens reach the portal: the links in the messages they get. */
  publicUrl: string;
  /** The letters in front of every tracking code (JN20261122-00042). */
  codePrefix: string;
  logLevel: Env['LOG_LEVEL'];
  isProduction: boolean;
  /**
   * Browser tests only: a settable clock and the /test-control routes that move it and run
   * jobs now. Anyone reaching them could move every deadline, so never in production.
   */
  testControls: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.FATONG_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  FATONG_SECRET: required when DATABASE_URL is set (the field-encryption key must not live beside a shared database)',
    );
  }
  if (e.FATONG_TEST_CONTROLS && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  FATONG_TEST_CONTROLS: not allowed when NODE_ENV=production (it lets anyone move the clock and run jobs without logging in)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.FATONG_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    secret: e.FATONG_SECRET,
    adminPassword: e.FATONG_ADMIN_PASSWORD,
    // Demo data by default only on the embedded database: a server database is production.
    demo: e.FATONG_DEMO ?? !e.DATABASE_URL,
    publicUrl: (e.FATONG_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    codePrefix: e.FATONG_CODE_PREFIX,
    logLevel: e.LOG_LEVEL,
    isProduction: e.NODE_ENV === 'production',
    testControls: e.FATONG_TEST_CONTROLS ?? false,
  };
}
