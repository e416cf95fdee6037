/**
 * The dashboard of `gdpr site` on a register with an open breach and an open request: hours
 * and days left as `gdpr due` computes the deadlines, in each language; and a register's own
 * template of a site page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/commands/site.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const OPEN = {
  'gdpr.yaml': `version: 1
organisation:
  name: Exemple SAS
  address: 1 rue de l'Exemple, 69000 Lyon
  country: FR
  email: contact@exemple.example
supervisory_authority: fr
languages: [en, fr]
holidays: FR
departments:
  - { id: sales, name: { en: Sales, fr: Ventes } }
`,
  'incidents/2026-11-22-stolen-phone.yaml': `title: Stolen phone
status: open
discovered_at: 2026-11-22T20:00:00+01:00
types: [confidentiality]
activities: [customers]
`,
  'requests/2026-11-10-access.yaml': `type: access
received: 2026-11-10
status: open
activities: [customers]
`,
};

async function build(files: Record<string, string>, now: string): Promise<string> {
  const root = makeRegister(files);
  const out = join(mkdtempSync(join(tmpdir(), 'gdpr-site-dash-')), 'site');
  const io = memoryIo(root);
  expect(await site({ path: '.', output: out, now }, io)).toBe(0);
  expect(io.err()).toBe('');
  return out;
}

/** The text of each row of the table after the heading with this id, cells joined by " | ". */
function rows(html: string, id: string): string[] {
  const start = html.indexOf(`id="${id}"`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr(?: class="overdue")?><td>([\s\S]*?)<\/tr>/g)].map((m) =>
    (m[1] ?? '')
      .split(/<\/td><td[^>]*>/)
      .map((cell) => cell.replace(/<[^>]+>/g, '').trim())
      .join(' | '),
  );
}

describe('gdpr site: the dashboard', () => {
  it('hours left on the breach clock, days left on the request, in en and fr', async () => {
    const out = await build(OPEN, '2026-11-23T09:00:00+01:00');
    const en = readFileSync(join(out, 'en', 'dashboard.html'), 'utf8');
    // Aware 22 Nov 20:00 +01:00: the 72 hours end 25 Nov 20:00, 59 hours after --now.
    expect(rows(en, 'breaches')).toEqual([
      'Notify the supervisory authority (Art. 33(1)) | Stolen phone | 25 November 2026, 20:00 (UTC+01:00) | 59 hours left',
    ]);
    // Received 10 Nov: one month, 10 Dec (a Thursday).
    expect(rows(en, 'requests')).toEqual([
      'Access request of 10 November 2026 | 10 December 2026 | 17 days left',
    ]);
    expect(rows(en, 'reviews')[0]).toBe(
      'Review the record of the activity (Art. 24(1)) | Customer management | 1 June 2027 | 190 days left',
    );
    const fr = readFileSync(join(out, 'fr', 'dashboard.html'), 'utf8');
    expect(rows(fr, 'breaches')).toEqual([
      'Notifier l’autorité de contrôle (art. 33.1) | Stolen phone | 25 novembre 2026 à 20:00 (UTC+01:00) | 59 heures restantes',
    ]);
    expect(rows(fr, 'requests')).toEqual([
      'Demande de type « accès » du 10 novembre 2026 | 10 décembre 2026 | 17 jours restants',
    ]);
    const home = readFileSync(join(out, 'en', 'index.html'), 'utf8');
    expect(home).toContain('3 open deadlines, none overdue.');
  });

  it('late: hours and days past the deadline, marked overdue', async () => {
    const out = await build(OPEN, '2026-12-14T09:00:00+01:00');
    const en = readFileSync(join(out, 'en', 'dashboard.html'), 'utf8');
    expect(rows(en, 'breaches')[0]).toMatch(/\| 445 hours late$/);
    expect(rows(en, 'requests')[0]).toMatch(/\| 4 days late$/);
    expect(en).toContain('<tr class="overdue"><td>Notify the supervisory authority');
    expect(readFileSync(join(out, 'en', 'index.html'), 'utf8')).toContain(
      '3 open deadlines, 2 overdue.',
    );
  });

  it("a register's own template of a site page wins", async () => {
    const out = await build(
      {
        ...OPEN,
        'templates/site/list.html.hbs':
          '<!DOCTYPE html><p>{{page.heading}}: {{items.length}}</p>\n',
      },
      '2026-11-23T09:00:00+01:00',
    );
    expect(readFileSync(join(out, 'fr', 'activities.html'), 'utf8')).toBe(
      '<!DOCTYPE html><p>Traitements: 1</p>\n',
    );
  });
});
