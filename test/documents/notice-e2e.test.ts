import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';

describe('gdpr notice (built binary)', () => {
  it('writes the French HTML notice of the example to --out and exits 0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gdpr-notice-')), 'notice.html');
    const r = gdpr([
      'notice',
      'candidates',
      'examples/atelier-durand',
      '--lang',
      'fr',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">\n')).toBe(true);
    expect(html).toContain('<h1>Politique de confidentialité – candidats</h1>');
    expect(
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), '__snapshots__', 'notice-candidates.fr.html'),
        'utf8',
      ),
    ).toBe(html);
  });

  it('exits 1 listing the missing items', () => {
    const root = makeRegister({
      'gdpr.yaml':
        "version: 1\norganisation:\n  name: Exemple SAS\n  address: 1 rue de l'Exemple\n  country: FR\n  email: contact@exemple.example\nsupervisory_authority: fr\nlanguages: [en]\ndepartments:\n  - { id: sales, name: Sales }\n",
    });
    const r = gdpr(['notice', 'customers', root]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'gdpr: the notice `customers` cannot be rendered: the register does not supply this required item:\n  gdpr.yaml: rights_contact (where people exercise their rights, Art. 12(2), 13(2)(b))\n',
    );
    expect(r.code).toBe(1);
  });

  it('exits 2 on a language without templates', () => {
    const r = gdpr(['notice', 'candidates', 'examples/atelier-durand', '--lang', 'it']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gdpr: --lang must be one of de, en, es, fr (got "it")\n',
    });
  });
});
