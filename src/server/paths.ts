import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Two levels below the project root both when run from source (src/server/paths.ts, by
// tsx in tests and tools) and when run from the bundle (dist/server/main.mjs, `npm start`).
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const webDistDir = path.join(projectRoot, 'dist/web');
