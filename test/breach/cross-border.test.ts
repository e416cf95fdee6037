import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';

const INCIDENT = '2026-06-02-misdirected-payslips';

/** The example register with the incident's Art. 56 answer set as given (or absent). */
function register(crossBorder: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'gdpr-cross-border-'));
  cpSync(join(REPO_ROOT, 'examples', 'atelier-durand'), root, { recursive: true });
  const file = join(root, 'incidents', `${INCIDENT}.yaml`);
  const text = readFileSync(file, 'utf8');
  if (crossBorder !== undefined) writeFileSync(file, `${text.trimEnd()}\n${crossBorder}\n`);
  return root;
}

function draft(root: string, lang: string, format = 'md'): string {
  const r = gdpr([
    'breach',
    'draft',
    INCIDENT,
    root,
    '--to',
    'authority',
    '--lang',
    lang,
    '--format',
    format,
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('Art. 56 in the authority draft', () => {
  it('names the other Member States the wizard recorded', () => {
    const root = register('cross_border: { member_states: [BE, DE] }');
    expect(draft(root, 'fr')).toContain(
      "Des personnes résidant dans d'autres États de l'Espace économique européen sont concernées : Belgique et Allemagne (art. 56 du RGPD).",
    );
    expect(draft(root, 'en')).toContain(
      'People living in other States of the European Economic Area are concerned: Belgium and Germany (GDPR Art. 56).',
    );
    expect(draft(root, 'en', 'html')).toContain(
      'concerned: Belgium and Germany (GDPR Art. 56).</p>',
    );
  });

  it('says when only the own Member State is concerned, and asks only while it is not known', () => {
    const none = draft(register('cross_border: { member_states: [] }'), 'fr');
    expect(none).toContain('Seules des personnes de notre État membre sont concernées');
    expect(none).not.toContain('À préciser si des personnes');
    expect(draft(register(undefined), 'fr')).toContain('À préciser si des personnes');
  });
});
