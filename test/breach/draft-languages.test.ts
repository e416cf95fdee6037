/**
 * Breach drafts in German and Spanish: one template per draft and format, the words from
 * locales/<lang>/breach.json. Snapshots of the example incident (read once for sense), and no
 * English word of the templates in a German or Spanish draft.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { catalogue, rawMessage } from '../../src/locale/index.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const PAYSLIPS = '2026-06-02-misdirected-payslips';
const OUTAGE = '2026-03-28-hosting-outage';
const LANGUAGES = ['de', 'es'] as const;

async function draft(args: string[]) {
  const io = memoryIo(REPO_ROOT);
  const code = await run(['breach', 'draft', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** The example register (French texts) with an incident recorded as processor. */
function withProcessorIncident(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gdpr-drafts-')), 'register');
  cpSync(EXAMPLE, root, { recursive: true });
  writeFileSync(
    join(root, 'incidents', `${OUTAGE}.yaml`),
    `title: Panne de l'hébergement
status: open
role: processor
discovered_at: 2026-03-28T07:45:00+01:00
types: [availability]
cause: system-failure
description: La plateforme d'hébergement des sites clients a été indisponible 6 heures.
data_categories: [identity, contact]
subjects_count: unknown
records_count: unknown
facts: { backup_available: true, restored_within_hours: 6 }
`,
  );
  return root;
}

describe('gdpr breach draft in German and Spanish', () => {
  for (const lang of LANGUAGES) {
    it(`the notification to the authority (${lang}) has every Art. 33(3) item`, async () => {
      const r = await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', lang]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      await expect(r.out).toMatchFileSnapshot(`./__snapshots__/authority.${lang}.md`);
    });

    it(`the letter to the people (${lang})`, async () => {
      const args = [PAYSLIPS, EXAMPLE, '--to', 'subjects', '--lang', lang, '--today', '2026-06-04'];
      const r = await draft(args);
      expect(r.code).toBe(0);
      await expect(r.out).toMatchFileSnapshot(`./__snapshots__/subjects.${lang}.md`);
    });

    it(`the notice to the controller (${lang})`, async () => {
      const root = withProcessorIncident();
      const r = await draft([OUTAGE, root, '--to', 'controller', '--lang', lang]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      await expect(r.out).toMatchFileSnapshot(`./__snapshots__/controller.${lang}.md`);
    });
  }

  it('uses the legal terms of the official German and Spanish texts of the GDPR', async () => {
    const de = (await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', 'de'])).out;
    expect(de).toContain('# Meldung einer Verletzung des Schutzes personenbezogener Daten');
    expect(de).toContain('- Verantwortlicher: Atelier Durand SAS');
    expect(de).toContain('Datenschutzbeauftragter (Art. 33 Abs. 3 Buchst. b DSGVO)');
    expect(de).toContain('Aufsichtsbehörde');
    const es = (await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', 'es'])).out;
    expect(es).toContain('# Notificación de una violación de la seguridad de los datos personales');
    expect(es).toContain('- Responsable del tratamiento: Atelier Durand SAS');
    expect(es).toContain('Delegado de protección de datos (art. 33.3.b RGPD)');
    expect(es).toContain('autoridad de control');
    expect(es).toContain('Número aproximado de interesados afectados: 6.');
    const en = [OUTAGE, withProcessorIncident(), '--to', 'controller', '--lang', 'en'];
    expect((await draft(en)).out).toContain('- **From:** Atelier Durand SAS, processor');
    const deController = await draft([
      OUTAGE,
      withProcessorIncident(),
      '--to',
      'controller',
      '--lang',
      'de',
    ]);
    expect(deController.out).toContain('Auftragsverarbeiter');
    const esController = await draft([
      OUTAGE,
      withProcessorIncident(),
      '--to',
      'controller',
      '--lang',
      'es',
    ]);
    expect(esController.out).toContain('encargado del tratamiento');
  });

  it('writes dates and numbers as each language does', async () => {
    const de = (await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', 'de'])).out;
    expect(de).toContain('2\\. Juni 2026, 10:15 Uhr (UTC+02:00)');
    expect(de).toContain('CB 0,25 = 4,25: sehr hoch');
    const es = (await draft([PAYSLIPS, EXAMPLE, '--to', 'authority', '--lang', 'es'])).out;
    expect(es).toContain('2 de junio de 2026, 10:15 (UTC+02:00)');
    expect(es).toContain('CB 0,25 = 4,25: muy alta');
  });

  /** Words of the English templates that have no business in a German or Spanish draft. */
  const ENGLISH =
    /\b(the|and|of|to|we|our|your|you|with|breach|notification|people|measures|taken|proposed|likely|consequences|approximate|number|records|controller|processor|authority|timeline|cause|none yet|not known|within|hours|contact|guidelines|recital)\b/i;

  it('no English word of the templates leaks into a German or Spanish draft (md and html)', async () => {
    const processor = withProcessorIncident();
    const cases: [string, string, string[]][] = [
      [PAYSLIPS, EXAMPLE, ['authority', 'subjects']],
      [OUTAGE, processor, ['controller']],
    ];
    for (const lang of LANGUAGES) {
      for (const [incident, root, recipients] of cases) {
        for (const to of recipients) {
          for (const format of ['md', 'html']) {
            const r = await draft([
              incident,
              root,
              '--to',
              to,
              '--lang',
              lang,
              '--format',
              format,
              '--today',
              '2026-06-04',
            ]);
            expect(r.code, `${lang} ${to} ${format}: ${r.err}`).toBe(0);
            // Markup, comments and links are not words of the draft.
            const words = r.out
              .replace(/<style>[\s\S]*?<\/style>/g, ' ')
              .replace(/<[^>]*>/g, ' ')
              .replace(/https?:\/\/\S+/g, ' ')
              .replace(/\S+@\S+/g, ' ');
            const hit = ENGLISH.exec(words);
            expect(
              hit?.[0],
              `${lang} ${to} ${format}: …${words.slice(Math.max(0, (hit?.index ?? 0) - 60), (hit?.index ?? 0) + 40)}…`,
            ).toBeUndefined();
          }
        }
      }
    }
  });

  it('every breach word exists in every language with the same placeholders', () => {
    const placeholders = (text: string | undefined) =>
      [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(catalogue('en', 'breach'));
    expect(keys.length).toBeGreaterThan(200);
    for (const lang of ['fr', ...LANGUAGES]) {
      expect(Object.keys(catalogue(lang, 'breach')).sort(), lang).toEqual([...keys].sort());
      for (const key of keys)
        expect(placeholders(rawMessage(lang, 'breach', key)), `${lang} ${key}`).toEqual(
          placeholders(rawMessage('en', 'breach', key)),
        );
    }
  });
});
