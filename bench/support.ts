import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';

/** Shared by the benchmarks: child servers, load with autocannon, memory, result files. */
export const root = path.resolve(import.meta.dirname, '..');
export const log = (line: string) => process.stdout.write(`${line}\n`);
export const round = (n: number) => Math.round(n * 100) / 100;

export function rssMb(pid: number): Promise<number> {
  return fs.readFile(`/proc/${pid}/status`, 'utf8').then((s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024);
}

export async function waitFor(url: string, child: ChildProcess, timeoutMs = 600_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${url}`);
}

/** `npm start` as a child, timed to the first 200 on /healthz. */
export async function startFatong(dataDir: string, port: number, env: Record<string, string> = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/start.mjs'], {
    cwd: root,
    env: { ...process.env, FATONG_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return { child, seconds: (performance.now() - started) / 1000 };
}

/** A TypeScript script of bench/ as a child server, ready when `readyUrl` answers 200. */
export async function startScript(script: string, args: string[], readyUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(readyUrl, child);
  return child;
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  method?: 'GET' | 'POST';
  body?: () => string;
  headers?: Record<string, string>;
}

/** Load with autocannon; non-2xx answers fail the run (a fast error is not a result). */
export async function load(url: string, options: LoadOptions, pid?: number) {
  let peak = 0;
  const sampler = pid ? setInterval(async () => (peak = Math.max(peak, await rssMb(pid))), 100) : undefined;
  const { body } = options;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    ...(body && { requests: [{ setupRequest: (req: object) => ({ ...req, body: body() }) }] }),
  });
  if (sampler) clearInterval(sampler);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    peakRssMb: Math.round(peak),
  };
}

export async function writeResults(name: string, results: unknown) {
  await fs.mkdir(path.join(root, 'bench/results'), { recursive: true });
  await fs.writeFile(path.join(root, `bench/results/${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwritten: bench/results/${name}.json`);
}

export function printTable(rows: [string, string, string][]) {
  const width = Math.max(...rows.map((r) => r[0].length));
  log('');
  for (const [name, value, note] of rows) log(`${name.padEnd(width)}  ${value.padStart(24)}  ${note}`);
}
