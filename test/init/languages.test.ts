import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { notice } from '../../src/commands/notice.js';
import { defaultLanguages } from '../../src/init/questions.js';
import { memoryIo } from '../helpers/io.js';

const TODAY = '2026-11-23';

async function scaffold(country: string, authority: string): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), 'gdpr-init-lang-'));
  const io = memoryIo(cwd);
  const code = await init(
    {
      dir: '.',
      yes: true,
      orgName: 'Muster',
      country,
      authority,
      sectors: 'customers',
      ci: 'none',
      today: TODAY,
    },
    io,
  );
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return cwd;
}

describe('gdpr init in the language of the country', () => {
  it('starts a register in the languages whose locale lists the country, then English', () => {
    expect(defaultLanguages('FR')).toEqual(['fr', 'en']);
    expect(defaultLanguages('DE')).toEqual(['de', 'en']);
    expect(defaultLanguages('AT')).toEqual(['de', 'en']);
    expect(defaultLanguages('ES')).toEqual(['es', 'en']);
    expect(defaultLanguages('IE')).toEqual(['en']);
  });

  const cases = [
    {
      country: 'DE',
      authority: 'de-by-lda',
      lang: 'de',
      subject: 'Kunden',
      title: '# Datenschutzhinweise für Kunden',
      heading: '## Wer ist für Ihre Daten verantwortlich?',
      date: '23. November 2026',
    },
    {
      country: 'ES',
      authority: 'es',
      lang: 'es',
      subject: 'Clientes',
      title: '# Información sobre protección de datos para clientes',
      heading: '## ¿Quién es el responsable de sus datos?',
      date: '23 de noviembre de 2026',
    },
  ];
  for (const c of cases) {
    it(`--country ${c.country}: catalogues and notices in ${c.lang}, the notice renders in ${c.lang}`, async () => {
      const cwd = await scaffold(c.country, c.authority);
      const config = parse(readFileSync(join(cwd, 'gdpr.yaml'), 'utf8')) as {
        languages: string[];
      };
      expect(config.languages).toEqual([c.lang, 'en']);
      const subjects = parse(readFileSync(join(cwd, 'catalog', 'data-subjects.yaml'), 'utf8')) as {
        id: string;
        name: Record<string, string>;
      }[];
      expect(subjects.find((s) => s.id === 'customers')?.name).toEqual({
        [c.lang]: c.subject,
        en: 'Customers',
      });
      const io = memoryIo(cwd);
      expect(await notice({ noticeId: 'customers', path: '.', format: 'md' }, io)).toBe(0);
      expect(io.err()).toBe('');
      const text = io.out();
      expect(text.startsWith(`${c.title}\n`)).toBe(true);
      expect(text).toContain(c.heading);
      expect(text).toContain(c.date);
    });
  }
});
