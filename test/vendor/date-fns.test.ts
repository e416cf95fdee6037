import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format } from 'date-fns/format';
import { localeLanguages, rawMessage } from '../../src/locale/index.js';

// The build bundles date-fns into dist/vendor/ (scripts/build-vendor.mjs) so the installed
// package needs no date-fns. The bundle must write exactly what the package writes.
const dist = new URL('../../dist/vendor/', import.meta.url);
const bundle = (await import(
  new URL('date-fns.js', dist).href
)) as typeof import('../../src/vendor/date-fns.js');
const load = createRequire(import.meta.url);
const moment = new Date(Date.UTC(2026, 8, 1, 9, 5));
const PATTERN = "EEEE d MMMM yyyy, HH:mm 'q'Q wo";

function packageLocale(tag: string): import('date-fns/locale').Locale {
  const mod = load(`date-fns/locale/${tag}`) as Record<string, import('date-fns/locale').Locale>;
  const name = tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return mod[name]!;
}

describe('date-fns, bundled into dist/vendor', () => {
  const tags = readdirSync(fileURLToPath(new URL('date-fns-locale/', dist)))
    .map((name) => name.replace(/\.cjs$/, ''))
    .sort();

  it('carries every locale the package ships', () => {
    const shipped = readdirSync(
      fileURLToPath(new URL('../../node_modules/date-fns/locale/', import.meta.url)),
    )
      .filter((name) => name !== 'cdn.js' && /^[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?\.js$/.test(name))
      .map((name) => name.slice(0, -3))
      .sort();
    expect(tags).toEqual(shipped);
  });

  it('formats as the package does, in every locale', () => {
    for (const tag of tags) {
      const locale = bundle.loadDateLocale(tag);
      expect(locale, tag).toBeDefined();
      expect(bundle.format(moment, PATTERN, { locale }), tag).toBe(
        format(moment, PATTERN, { locale: packageLocale(tag) }),
      );
    }
  });

  it('has the date locale of every language of locales/', () => {
    for (const lang of localeLanguages()) {
      const tag = rawMessage(lang, 'meta', 'date_locale')!;
      expect(bundle.loadDateLocale(tag)?.code, lang).toBe(tag);
    }
  });

  it('answers undefined for a tag date-fns does not know, or that is not a tag', () => {
    expect(bundle.loadDateLocale('xx')).toBeUndefined();
    expect(bundle.loadDateLocale('../../package')).toBeUndefined();
  });

  it('imports nothing from the date-fns package', () => {
    const code = readFileSync(new URL('date-fns.js', dist), 'utf8');
    expect(code).not.toMatch(/from\s*["']date-fns|require\(["']date-fns/);
    expect(code).toContain('function format(');
  });
});
