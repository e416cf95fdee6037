import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, localeLanguages, englishFallback } from '../../src/locale/index.js';
import { VALIDATORS_FILE, WORDED_KEYWORDS } from '../../src/register/validate.js';
import { PROBLEMS_DOMAIN } from '../../src/register/wording.js';
import { REPO_ROOT, gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];

/** A register with a schema error of each common kind and a YAML slip. */
function brokenRegister(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gdpr-problems-')), 'register');
  cpSync(join(REPO_ROOT, 'examples', 'atelier-durand'), root, { recursive: true });
  const invoicing = readFileSync(join(root, 'activities', 'invoicing.yaml'), 'utf8');
  const bad = invoicing
    .replace(/^name: .*$/m, 'name: [Invoicing]')
    .replace('role: controller', 'role: controler')
    .replace('created: 2026-01-20', 'created: 2026-13-40')
    .replace('reviewed: 2026-09-21', 'reviewd: 2026-09-21')
    .replace('occasional: false', 'occasional: 12');
  writeFileSync(join(root, 'activities', 'bad.yaml'), bad);
  writeFileSync(join(root, 'activities', 'bare.yaml'), 'name: ""\n');
  writeFileSync(
    join(root, 'activities', 'slip.yaml'),
    'name: Slip\nrole: controller\n  status: x\n',
  );
  cpSync(join(root, 'activities', 'suppliers.yaml'), join(root, 'activities', 'Bad_Name.yaml'));
  return root;
}

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

function loadFindings(root: string, lang: string): Finding[] {
  const r = gdpr(['check', root, '--lang', lang, '--format', 'json', ...TODAY]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter(
    (d) => d.rule === 'schema' || d.rule === 'yaml-syntax',
  );
}

describe('schema and YAML syntax findings in the language of the check (built binary)', () => {
  const root = brokenRegister();
  const english = loadFindings(root, 'en');
  const french = loadFindings(root, 'fr');
  const at = (fs: Finding[]) =>
    fs.map((f) => `${f.file.replace(/.*register\//, '')}:${f.line}:${f.column} ${f.rule}`);

  it('reports the same findings at the same line:col in French as in English', () => {
    expect(at(french)).toEqual(at(english));
    expect(french.length).toBeGreaterThanOrEqual(9);
  });

  it('words each kind of problem in French, field names and values as written', () => {
    const fr = french.map((f) => `${f.line}:${f.column} ${f.message}`);
    const expected = [
      '2:7 `name` doit être un texte : une chaîne, ou un objet associant un code de langue à une chaîne (par ex. { en: Recruitment, fr: Recrutement }), pas une liste',
      '6:7 `role` doit valoir l’une des valeurs : controller, joint-controller, processor (trouvé : `controler`). Vouliez-vous dire `controller` ?',
      '9:10 `created` doit être une date écrite AAAA-MM-JJ (par ex. 2026-03-14) (trouvé : `2026-13-40`)',
      '10:1 clé inconnue `reviewd` dans une activité. Vouliez-vous dire `reviewed` ?',
      '11:13 `occasional` doit être true ou false, pas un entier',
      '1:1 il manque la clé obligatoire `purposes` dans une activité',
      '1:7 `name` ne doit pas être vide',
      '3:3 cette ligne est plus indentée que la clé au-dessus ; alignez-la sur les clés de son objet (ou, si elle appartient à la clé au-dessus, laissez cette clé sans valeur sur sa ligne) (YAML : Nested mappings are not allowed in compact mappings)',
      '2:1 le nom de fichier `Bad_Name.yaml` n’est pas un identifiant valide (lettres minuscules, chiffres et tirets) ; renommez-le, par ex. en `bad-name.yaml`',
    ];
    for (const line of expected) expect(fr).toContain(line);
    // English wording stays as it was.
    expect(english.map((f) => f.message)).toContain(
      '`role` must be one of: controller, joint-controller, processor (found `controler`). Did you mean `controller`?',
    );
  });

  it('speaks the register’s first language by default', () => {
    const r = gdpr(['check', root, '--format', 'json', ...TODAY]);
    const byDefault = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter(
      (d) => d.rule === 'schema' || d.rule === 'yaml-syntax',
    );
    expect(byDefault.map((f) => f.message)).toEqual(french.map((f) => f.message));
  });
});

describe('the problems catalogue', () => {
  it('has a French message for every JSON Schema keyword the validators can report', () => {
    const compiled = readFileSync(VALIDATORS_FILE, 'utf8');
    const reported = new Set([...compiled.matchAll(/keyword:"(\w+)"/g)].map((m) => m[1] ?? ''));
    // `if` only says which branch failed: its `then` errors are reported (collapseAlternatives).
    reported.delete('if');
    const worded: readonly string[] = WORDED_KEYWORDS;
    expect([...reported].filter((k) => !worded.includes(k))).toEqual([]);
    const fr = catalogue('fr', PROBLEMS_DOMAIN);
    // oneOf and anyOf share one message.
    const keys = [...reported].map((k) => (k === 'anyOf' ? 'oneOf' : k));
    expect(keys.filter((k) => fr[`keyword.${k}`] === undefined)).toEqual([]);
  });

  it('is complete in every language that does not declare it English', () => {
    const en = Object.keys(catalogue('en', PROBLEMS_DOMAIN));
    expect(en.length).toBeGreaterThan(50);
    for (const lang of localeLanguages()) {
      if (englishFallback(lang).includes(PROBLEMS_DOMAIN)) continue;
      const own = catalogue(lang, PROBLEMS_DOMAIN);
      expect(
        en.filter((k) => own[k] === undefined),
        lang,
      ).toEqual([]);
    }
  });
});
