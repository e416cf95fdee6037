import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is `src/paths.ts` or `dist/paths.js`, one level below it. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
