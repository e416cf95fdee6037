import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is `src/paths.ts` or `dist/paths.js`, one level below it. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
/** The built-in templates compiled by the build (scripts/build-templates.mjs). */
export const PRECOMPILED_TEMPLATE_DIR = join(PACKAGE_ROOT, 'dist', 'templates');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

/**
 * A path as the user can type it from `cwd`: relative when inside it, else absolute. Every
 * command that says where it wrote a file, or which register a next command needs, uses it.
 */
export function shownPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  return rel.startsWith('..') ? abs : rel;
}
