/**
 * German and Spanish documents (locales/de, locales/es): snapshots of the notice and the record
 * of the example register (its own texts are French and English, so they fall back to French;
 * everything else is the locale's), and a scan of every document for words of the English
 * templates: a key the locale lacks would fall back to English and show up here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/commands/notice.js';
import { register } from '../../src/commands/register.js';
import { buildRecord } from '../../src/documents/record.js';
import { recordTable, renderRecordCsv } from '../../src/documents/record-csv.js';
import { organisationRows, sheetNames } from '../../src/documents/record-xlsx.js';
import { localeLanguages } from '../../src/locale/index.js';
import { loadRegister } from '../../src/register/load.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const LANGUAGES = ['de', 'es'] as const;

/**
 * Words and phrases of the English templates and tables that no German or Spanish document may
 * hold (not "Status" nor "September": German words too).
 */
const ENGLISH = [
  'Purpose',
  'Legal basis',
  'Recipients',
  'Recipient',
  'Retention',
  'Controller',
  'Processor',
  'Data protection officer',
  'Your rights',
  'Transfers',
  'Telephone',
  'Address',
  'Safeguards',
  'Adequacy decision',
  'months',
  'years',
  'weeks',
  ' days',
  ' and ',
  ' or ',
  ' then ',
  'Yes',
  'None',
  'Reference',
  'Contents',
  'GDPR',
  'Art. 6(1)',
  'Art. 30(1)',
  'Who ',
  'How ',
  'Why ',
  'January',
  // Law data quoted by the record (data/law/dpia.json): the WP248 criteria and Art. 35(3).
  'Evaluation or scoring',
  'Systematic monitoring',
  'large scale',
  'Large-scale',
  'vulnerable data subjects',
  'highly personal',
];

function leaks(text: string): string[] {
  return ENGLISH.filter((w) => text.includes(w));
}

async function noticeText(id: string, lang: string, format: 'md' | 'html'): Promise<string> {
  const io = memoryIo(REPO_ROOT);
  const code = await notice({ noticeId: id, path: EXAMPLE, lang, format }, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

async function registerText(
  lang: string,
  format: 'md' | 'html' | 'csv',
  role: 'controller' | 'processor' = 'controller',
): Promise<string> {
  const io = memoryIo(REPO_ROOT);
  const code = await register({ path: EXAMPLE, lang, format, role }, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

describe('German and Spanish documents', () => {
  it('are languages of the tool because their folders exist', () => {
    expect(localeLanguages()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
  });

  for (const lang of LANGUAGES) {
    for (const format of ['md', 'html'] as const) {
      it(`notice customers ${lang} ${format} (snapshot)`, async () => {
        await expect(await noticeText('customers', lang, format)).toMatchFileSnapshot(
          `__snapshots__/notice-customers.${lang}.${format}`,
        );
      });
      it(`register controller ${lang} ${format} (snapshot)`, async () => {
        await expect(await registerText(lang, format)).toMatchFileSnapshot(
          `__snapshots__/register-controller-${lang}.${format}`,
        );
      });
    }
    it(`register controller ${lang} csv (snapshot)`, async () => {
      await expect(await registerText(lang, 'csv')).toMatchFileSnapshot(
        `__snapshots__/register-controller-${lang}.csv`,
      );
    });
  }

  it('write dates the way each language does', async () => {
    expect(await noticeText('candidates', 'de', 'md')).toContain('14. September 2026');
    expect(await noticeText('candidates', 'es', 'md')).toContain('14 de septiembre de 2026');
  });

  it('cite the GDPR the way each language version does', async () => {
    const de = await noticeText('customers', 'de', 'md');
    const es = await noticeText('customers', 'es', 'md');
    expect(de).toContain('(Art. 6 Abs. 1 lit. b DSGVO)');
    expect(es).toContain('(artículo 6.1.b) del RGPD)');
    expect(de).toContain('Verantwortlicher:');
    expect(es).toContain('Responsable del tratamiento:');
  });

  it('take the CSV delimiter from the decimal comma of the locale', async () => {
    for (const lang of LANGUAGES) {
      const csv = await registerText(lang, 'csv');
      expect(csv.split('\r\n')[0]).toContain(';');
    }
  });

  for (const lang of LANGUAGES) {
    it(`no English word of the templates leaks into a ${lang} document`, async () => {
      const ids = [...loadRegister(EXAMPLE).records.notice.keys()];
      const found: string[] = [];
      for (const id of ids) {
        for (const format of ['md', 'html'] as const) {
          for (const w of leaks(await noticeText(id, lang, format)))
            found.push(`notice ${id}.${format}: ${w}`);
        }
      }
      for (const role of ['controller', 'processor'] as const) {
        for (const format of ['md', 'html', 'csv'] as const) {
          for (const w of leaks(await registerText(lang, format, role)))
            found.push(`register ${role}.${format}: ${w}`);
        }
        const model = buildRecord(loadRegister(EXAMPLE), role, lang);
        const sheets = [
          sheetNames(lang),
          ...organisationRows(model).map((r) => r[0] ?? ''),
          ...recordTable(model).headers,
        ].join('\n');
        for (const w of leaks(sheets)) found.push(`xlsx ${role}: ${w}`);
        expect(renderRecordCsv(model).length).toBeGreaterThan(100);
      }
      expect(found).toEqual([]);
    });
  }
});
