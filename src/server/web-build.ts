import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './paths';

const run = promisify(execFile);

const sources = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];

async function newestMtime(target: string): Promise<number> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await fs.readdir(target, { withFileTypes: true, recursive: true });
  const times = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await fs.stat(path.join(e.parentPath, e.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

/** True when dist/web is missing or older than any source it is built from. */
export async function isWebBuildStale(webDir: string): Promise<boolean> {
  const built = await fs.stat(path.join(webDir, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(sources.map((s) => newestMtime(path.join(projectRoot, s))))));
  return newest > built.mtimeMs;
}

/**
 * Builds the web app with Vite (a dev dependency: a production install ships dist/web
 * instead), in a child process so the build's few hundred MB are returned when it ends
 * rather than staying in the server's heap.
 */
export async function buildWeb(): Promise<void> {
  const vite = path.join(projectRoot, 'node_modules/vite/bin/vite.js');
  await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: projectRoot });
}
