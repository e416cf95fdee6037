/**
 * date-fns, the part of it the project uses. Every module imports date-fns from here, never
 * from the package (ESLint holds that): the build bundles this file into dist/vendor/ and each
 * of the package's locales into dist/vendor/date-fns-locale/<tag>.cjs
 * (scripts/build-vendor.mjs), so an installed package does not carry date-fns's 27 MB for the
 * few functions it calls. date-fns is a devDependency; in the source tree (tests) this file
 * reads it from node_modules.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Locale } from 'date-fns/locale';

export { format } from 'date-fns/format';
export { parseISO } from 'date-fns/parseISO';
export type { Locale };

const load = createRequire(import.meta.url);
// Required, not imported: importing node:fs as an ES module reads its every export, and its
// promise API then loads with a dozen modules besides (this file is outside the command bundles).
const { existsSync } = load('node:fs') as typeof import('node:fs');
/** Where the build put the locales; absent in the source tree. */
const BUNDLED = fileURLToPath(new URL('date-fns-locale/', import.meta.url));
const bundled = existsSync(BUNDLED);
/** A date-fns locale tag: `fr`, `en-GB`, `de-AT`. */
const TAG = /^[a-z]{2,3}(?:-[A-Z][A-Za-z]{1,3})?$/;

/** The date-fns locale named `tag` (`fr`, `en-GB`), or undefined when date-fns has none. */
export function loadDateLocale(tag: string): Locale | undefined {
  if (!TAG.test(tag)) return undefined;
  let mod: Record<string, unknown>;
  try {
    mod = load(bundled ? `${BUNDLED}${tag}.cjs` : `date-fns/locale/${tag}`) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
  const name = tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return (mod[name] ?? mod.default) as Locale | undefined;
}
