/**
 * The file reader's refusals and the refusals of the document commands speak the language of
 * the command (--lang, else the register's first language), at the same file:line:col as in
 * English; English stays as it was.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { breachDraft } from '../../src/commands/breach-draft.js';
import { UsageError } from '../../src/errors.js';
import { memoryIo } from '../helpers/io.js';
import { REPO_ROOT } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];
const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');

/** A copy of the example register (languages: [fr, en]) and a folder outside it. */
function copy(): { root: string; outside: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'gdpr-refusals-')));
  const root = join(base, 'register');
  cpSync(EXAMPLE, root, { recursive: true });
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'host.yaml'), 'name: Host\n');
  return { root, outside };
}

/** One file or folder of each kind the reader refuses. */
function refusedRegister(): { root: string; outside: string } {
  const { root, outside } = copy();
  symlinkSync(join(outside, 'host.yaml'), join(root, 'notices', 'outside.yaml'));
  execFileSync('mkfifo', [join(root, 'notices', 'pipe.yaml')]);
  writeFileSync(join(root, 'notices', 'bytes.yaml'), Buffer.from('title: caf\xff\n', 'latin1'));
  mkdirSync(join(root, 'dpias', 'folder.yaml'));
  writeFileSync(join(root, 'activities', 'huge.yaml'), 'name: x\n');
  truncateSync(join(root, 'activities', 'huge.yaml'), 5 * 1024 * 1024);
  rmSync(join(root, 'parties'), { recursive: true });
  writeFileSync(join(root, 'parties'), 'not a folder\n');
  for (const dir of ['requests', 'reviews'])
    rmSync(join(root, dir), { recursive: true, force: true });
  symlinkSync(outside, join(root, 'requests'));
  symlinkSync(join(root, 'nowhere'), join(root, 'reviews'));
  return { root, outside };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(REPO_ROOT);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

async function readerFindings(root: string, lang?: string): Promise<Map<string, Finding>> {
  const r = await cli([
    'check',
    root,
    ...(lang === undefined ? [] : ['--lang', lang]),
    '--format',
    'json',
    ...TODAY,
  ]);
  expect(r.err).toBe('');
  const found = (JSON.parse(r.out) as { diagnostics: Finding[] }).diagnostics.filter(
    (d) => d.rule === 'yaml-syntax',
  );
  return new Map(found.map((f) => [f.file.replace(/.*register\//, ''), f]));
}

describe('the file reader’s refusals in the language of the check', () => {
  const { root, outside } = refusedRegister();
  const fifo = 'un FIFO (tube nommé)';
  /** Each refused path: its French and English finding (the English as it always was). */
  const expected: Record<string, { fr: string; en: string; at?: string }> = {
    'notices/outside.yaml': {
      fr: `c’est un lien symbolique vers ${outside}/host.yaml, hors du registre ; un lien n’est suivi que s’il reste dans le dossier du registre. Remplacez-le par le fichier lui-même`,
      en: `this is a symbolic link to ${outside}/host.yaml, outside the register; a link is followed only when it stays inside the register folder. Replace it with the file itself`,
    },
    'notices/pipe.yaml': {
      fr: `c’est ${fifo}, pas un fichier ordinaire ; un registre ne contient que des fichiers YAML ordinaires. Supprimez-le ou remplacez-le par le fichier lui-même`,
      en: 'this is a FIFO (named pipe), not a regular file; a register holds only regular YAML files. Remove it or replace it with the file itself',
    },
    'notices/bytes.yaml': {
      fr: 'séquence d’octets UTF-8 invalide ; enregistrez le fichier en UTF-8',
      en: 'invalid UTF-8 byte sequence; save the file as UTF-8',
      at: '1:11',
    },
    'dpias/folder.yaml': {
      fr: 'dpias/folder.yaml est un dossier, mais un fichier YAML est attendu ici ; déplacez son contenu ou renommez-le',
      en: 'dpias/folder.yaml is a directory, but a YAML file is expected here; move its content elsewhere or rename it',
    },
    'activities/huge.yaml': {
      fr: 'le fichier fait 5.0 Mo, au-delà de la limite de 4 Mo pour un fichier du registre ; découpez-le (un fichier par enregistrement) ou retirez ce qui n’a pas sa place dans le registre',
      en: 'file is 5.0 MB, over the 4 MB limit for a register file; split it (one file per record) or remove what does not belong in the register',
    },
    parties: {
      fr: 'parties est un fichier, mais un dossier de fichiers de tiers est attendu ici ; mettez-le de côté et créez le dossier',
      en: 'parties is a file, but a folder of party files is expected here; move it aside and create the folder',
    },
    requests: {
      fr: `c’est un lien symbolique vers ${outside}, hors du registre ; un lien n’est suivi que s’il reste dans le dossier du registre. Remplacez-le par le dossier lui-même`,
      en: `this is a symbolic link to ${outside}, outside the register; a link is followed only when it stays inside the register folder. Replace it with the folder itself`,
    },
    reviews: {
      fr: 'reviews est un lien symbolique qui ne peut pas être suivi (ENOENT) ; remplacez-le par un dossier de fichiers de revues',
      en: 'reviews is a symbolic link that cannot be followed (ENOENT); replace it with a folder of review files',
    },
  };

  it('words each refusal in French with --lang fr, at the same line:col as in English', async () => {
    const fr = await readerFindings(root, 'fr');
    const en = await readerFindings(root, 'en');
    for (const [path, words] of Object.entries(expected)) {
      const french = fr.get(path);
      const english = en.get(path);
      expect(french?.message, path).toBe(words.fr);
      expect(english?.message, path).toBe(words.en);
      expect(`${french?.line}:${french?.column}`, path).toBe(words.at ?? '1:1');
      expect(`${english?.line}:${english?.column}`, path).toBe(words.at ?? '1:1');
    }
  });

  it('speaks the register’s first language without --lang', async () => {
    const byDefault = await readerFindings(root);
    for (const [path, words] of Object.entries(expected))
      expect(byDefault.get(path)?.message, path).toBe(words.fr);
  });

  it('a document command refuses the register in its language, each problem at file:line:col', async () => {
    const fr = await cli(['notice', 'customers', root]);
    const en = await cli(['notice', 'customers', root, '--lang', 'en']);
    expect([fr.code, en.code]).toEqual([1, 1]);
    const frLines = fr.err.split('\n');
    const enLines = en.err.split('\n');
    const count = Object.keys(expected).length;
    expect(frLines[0]).toBe(
      `gdpr: le registre a ${count} problèmes à corriger d’abord (lancez \`gdpr check\` pour voir tous les constats) :`,
    );
    expect(enLines[0]).toBe(
      `gdpr: the register has ${count} problems to fix first (run \`gdpr check\` for all findings):`,
    );
    for (const [path, words] of Object.entries(expected)) {
      expect(fr.err).toContain(`\n  ${path}:${words.at ?? '1:1'}: ${words.fr}\n`);
      expect(en.err).toContain(`\n  ${path}:${words.at ?? '1:1'}: ${words.en}\n`);
    }
    // Same problems, same positions, same order.
    const at = (lines: string[]) => lines.slice(1).map((l) => l.split(': ')[0]);
    expect(at(frLines)).toEqual(at(enLines));
  });

  it('every document command follows --lang, else the register’s language', async () => {
    const header = /^gdpr: le registre a \d+ problèmes à corriger d’abord/;
    for (const args of [
      ['register', root],
      ['due', root, ...TODAY],
      ['breach', 'draft', '2026-03-14-lost-laptop', root, '--to', 'authority'],
      ['breach', 'list', root, ...TODAY],
      ['request', 'list', root, ...TODAY],
      ['dpia', 'list', root],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(header);
    }
    expect((await cli(['register', root, '--lang', 'en'])).err).toMatch(
      /^gdpr: the register has \d+ problems to fix first/,
    );
  });
});

describe('a broken file refused in French, with its position', () => {
  it('words a schema problem in the refusal as check does, one problem: singular', async () => {
    const { root } = copy();
    const party = join(root, 'parties', 'accountant.yaml');
    writeFileSync(party, readFileSync(party, 'utf8').replace('kind: processor', 'kind: processer'));
    const fr = await cli(['register', root]);
    expect(fr.code).toBe(1);
    expect(fr.err).toBe(
      'gdpr: le registre a 1 problème à corriger d’abord (lancez `gdpr check` pour voir tous les constats) :\n' +
        '  parties/accountant.yaml:3:7: `kind` doit valoir l’une des valeurs : processor, sub-processor, joint-controller, third-party, public-authority, client (trouvé : `processer`). Vouliez-vous dire `processor` ?\n',
    );
    const en = await cli(['register', root, '--lang', 'en']);
    expect(en.err).toBe(
      'gdpr: the register has 1 problem to fix first (run `gdpr check` for all findings):\n' +
        '  parties/accountant.yaml:3:7: `kind` must be one of: processor, sub-processor, joint-controller, third-party, public-authority, client (found `processer`). Did you mean `processor`?\n',
    );
  });
});

describe('the refusals of document commands in the language of the command', () => {
  const { root } = copy();

  const cases: { name: string; args: string[]; fr: string; en: string }[] = [
    {
      name: 'an unknown notice',
      args: ['notice', 'custmers', root],
      fr: 'aucune mention d’information `custmers` dans notices/. Vouliez-vous dire `customers` ? Mentions existantes : candidates, customers, employees, suppliers, website.',
      en: 'no notice `custmers` in notices/. Did you mean `customers`? Notices: candidates, customers, employees, suppliers, website.',
    },
    {
      name: 'an unknown incident',
      args: ['breach', 'draft', '2026-01-01-nothing', root, '--to', 'authority'],
      fr: `aucun incident « 2026-01-01-nothing » dans ${join(root, 'incidents')} ; incidents connus : 2026-03-14-lost-laptop, 2026-06-02-misdirected-payslips`,
      en: `no incident "2026-01-01-nothing" in ${join(root, 'incidents')}; known incidents: 2026-03-14-lost-laptop, 2026-06-02-misdirected-payslips`,
    },
    {
      name: 'the notice to the controller for a controller’s incident',
      args: ['breach', 'draft', '2026-03-14-lost-laptop', root, '--to', 'controller'],
      fr: 'la notification au responsable du traitement est celle qu’envoie un sous-traitant (art. 33.2) ; l’incident 2026-03-14-lost-laptop est enregistré avec role: controller',
      en: 'the notice to the controller is what a processor sends (Art. 33(2)); incident 2026-03-14-lost-laptop is recorded with role: controller',
    },
    {
      name: 'an unknown activity',
      args: ['dpia', 'screen', 'video-surveilance', root, '--criteria', 'large-scale'],
      fr: 'aucune activité `video-surveilance` dans activities/. Vouliez-vous dire `video-surveillance` ?',
      en: 'no activity `video-surveilance` in activities/. Did you mean `video-surveillance`?',
    },
    {
      name: 'an unknown request',
      args: ['request', 'update', '2026-01-01-nothing', root],
      fr: 'aucune demande `2026-01-01-nothing` dans requests/.',
      en: 'no request `2026-01-01-nothing` in requests/.',
    },
    {
      name: 'a refused --within',
      args: ['due', root, '--within', 'PT72H', ...TODAY],
      fr: '--within doit être une durée ISO 8601 en jours, semaines, mois ou années, par ex. P30D ou P3M (reçu : « PT72H »)',
      en: '--within must be an ISO 8601 duration in days, weeks, months or years, e.g. P30D or P3M (got "PT72H")',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: the register’s language, and English with --lang en`, async () => {
      const fr = await cli(c.args);
      expect(fr).toEqual({ code: 2, out: '', err: `gdpr: ${c.fr}\n` });
      // `due` has no --lang: an English register speaks English.
      if (c.args[0] === 'due') return;
      const en = await cli([...c.args, '--lang', 'en']);
      expect(en).toEqual({ code: 2, out: '', err: `gdpr: ${c.en}\n` });
    });
  }

  it('`due` on an English register refuses in English', async () => {
    const { root: english } = copy();
    const config = join(english, 'gdpr.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('[fr, en]', '[en, fr]'));
    const r = await cli(['due', english, '--within', 'PT72H', ...TODAY]);
    expect(r.err).toBe(`gdpr: ${cases.at(-1)?.en ?? ''}\n`);
  });

  it('an option refused before the register is read follows --lang, else English', async () => {
    const pdf = await cli(['notice', 'customers', root, '--format', 'pdf', '--lang', 'fr']);
    expect(pdf).toEqual({
      code: 2,
      out: '',
      err: 'gdpr: --format pdf demande --out FICHIER (un PDF ne s’écrit pas dans le terminal)\n',
    });
    const xlsx = await cli(['register', root, '--format', 'xlsx', '--lang', 'fr']);
    expect(xlsx.err).toBe(
      'gdpr: --format xlsx écrit un fichier binaire : indiquez-le avec --out FICHIER (par ex. --out registre.xlsx)\n',
    );
    // On the command line commander checks --to against its choices; the command checks it
    // again for the programmatic caller.
    const draft = (lang: string | undefined) =>
      breachDraft(
        { incident: '2026-03-14-lost-laptop', path: root, to: 'dpo' as never, lang },
        memoryIo(REPO_ROOT),
      );
    await expect(draft(undefined)).rejects.toThrow(
      new UsageError('--to must be one of authority, subjects, controller (got "dpo")'),
    );
    await expect(draft('fr')).rejects.toThrow(
      new UsageError(
        '--to doit valoir l’une des valeurs authority, subjects, controller (reçu : « dpo »)',
      ),
    );
  });

  it('a template override the reader refuses, in the language of the document', async () => {
    const { root: withTemplate } = copy();
    mkdirSync(join(withTemplate, 'templates', 'fr'), { recursive: true });
    execFileSync('mkfifo', [join(withTemplate, 'templates', 'fr', 'notice.md.hbs')]);
    const r = await cli(['notice', 'customers', withTemplate, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'gdpr: templates/fr/notice.md.hbs: c’est un FIFO (tube nommé), pas un fichier ordinaire ; un registre ne contient que des fichiers YAML ordinaires. Supprimez-le ou remplacez-le par le fichier lui-même\n',
    );
  });
});

describe('a notice refused for its missing Art. 13/14 items, in the language of the command', () => {
  /** The example (languages: [fr, en]) with four items of the `employees` notice taken out. */
  function missingItems(): string {
    const { root } = copy();
    const activity = join(root, 'activities', 'video-surveillance.yaml');
    writeFileSync(
      activity,
      readFileSync(activity, 'utf8')
        .replace(/^ {4}requirement: precondition\n/m, '')
        .replace(/^ {4}legitimate_interest: .*\n/m, '')
        .replace(/^( {4}retention: )video-footage$/m, '$1footage-forever'),
    );
    const config = join(root, 'gdpr.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^rights_contact: .*\n/m, ''));
    return root;
  }

  it('words the header and each reason in French, with the same files and fields as in English', async () => {
    const root = missingItems();
    const fr = await cli(['notice', 'employees', root]);
    const en = await cli(['notice', 'employees', root, '--lang', 'en']);
    expect(fr.code).toBe(1);
    expect(en.code).toBe(1);
    expect(fr.out).toBe('');
    expect(fr.err).toBe(
      'gdpr: la mention d’information `employees` ne peut pas être produite : le registre ne fournit pas ces 4 éléments obligatoires :\n' +
        '  gdpr.yaml: rights_contact (où les personnes exercent leurs droits, art. 12.2, 13.2.b du RGPD)\n' +
        '  activities/video-surveillance.yaml: purposes[0].legitimate_interest (l’intérêt légitime poursuivi, art. 13.1.d du RGPD)\n' +
        '  activities/video-surveillance.yaml: data[0].retention (`footage-forever` ne figure pas dans catalog/retention.yaml ; la durée de conservation des données, art. 13.2.a du RGPD)\n' +
        '  activities/video-surveillance.yaml: data[0].requirement (si la personne est tenue de fournir les données et ce qui se passe si elle ne le fait pas, art. 13.2.e du RGPD)\n',
    );
    expect(en.err).toBe(
      'gdpr: the notice `employees` cannot be rendered: the register does not supply these 4 required items:\n' +
        '  gdpr.yaml: rights_contact (where people exercise their rights, Art. 12(2), 13(2)(b))\n' +
        '  activities/video-surveillance.yaml: purposes[0].legitimate_interest (the legitimate interest pursued, Art. 13(1)(d))\n' +
        '  activities/video-surveillance.yaml: data[0].retention (`footage-forever` is not in catalog/retention.yaml; how long the data are kept, Art. 13(2)(a))\n' +
        '  activities/video-surveillance.yaml: data[0].requirement (whether the person must provide the data and what happens if not, Art. 13(2)(e))\n',
    );
    // The same items, in the same order: only the words change.
    const at = (err: string) =>
      err
        .split('\n')
        .slice(1, -1)
        .map((l) => l.slice(0, l.indexOf(' (')));
    expect(at(fr.err)).toEqual(at(en.err));
  });

  it('--lang fr words an English register’s refusal in French; one item: singular', async () => {
    const { root } = copy();
    const config = join(root, 'gdpr.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace('[fr, en]', '[en, fr]')
        .replace(/^rights_contact: .*\n/m, ''),
    );
    const en = await cli(['notice', 'customers', root]);
    expect(en.err).toBe(
      'gdpr: the notice `customers` cannot be rendered: the register does not supply this required item:\n' +
        '  gdpr.yaml: rights_contact (where people exercise their rights, Art. 12(2), 13(2)(b))\n',
    );
    const fr = await cli(['notice', 'customers', root, '--lang', 'fr']);
    expect(fr.err).toBe(
      'gdpr: la mention d’information `customers` ne peut pas être produite : le registre ne fournit pas cet élément obligatoire :\n' +
        '  gdpr.yaml: rights_contact (où les personnes exercent leurs droits, art. 12.2, 13.2.b du RGPD)\n',
    );
  });

  it('every reason a notice may give is worded in French, citing the GDPR as French does', () => {
    const read = (lang: string) =>
      (
        JSON.parse(readFileSync(join(REPO_ROOT, 'locales', lang, 'problems.json'), 'utf8')) as {
          refused: { missing: Record<string, string> };
        }
      ).refused.missing;
    const en = read('en');
    const fr = read('fr');
    // Every reason the notice builder can record (src/documents/notice.ts) has an English text.
    const source = readFileSync(join(REPO_ROOT, 'src', 'documents', 'notice.ts'), 'utf8');
    const used = [...source.matchAll(/b\.need\(\s*[^,]+,\s*(?:[^,()]|\([^)]*\))+,\s*'([a-z_]+)'/g)]
      .map((m) => m[1])
      .sort();
    expect(used.length).toBeGreaterThan(25);
    for (const key of used) expect(Object.keys(en)).toContain(key);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(fr)) {
      expect(text, key).toMatch(/art\. [\d.a-z, à]+ du RGPD/);
      expect(text, key).not.toMatch(/Art\. \d+\(/);
    }
  });

  it('no register found: in --lang, else English', async () => {
    const { outside } = copy();
    const fr = await cli(['notice', 'customers', outside, '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.err).toBe(
      `gdpr: aucun gdpr.yaml trouvé dans ${outside} ni dans un dossier au-dessus. Lancez \`gdpr init ${outside}\` pour créer un registre, ou indiquez le chemin d’un registre existant.\n`,
    );
    const en = await cli(['notice', 'customers', outside]);
    expect(en.err).toBe(
      `gdpr: no gdpr.yaml found in ${outside} or any folder above it. Run \`gdpr init ${outside}\` to create a register, or give the path of an existing one.\n`,
    );
    const nowhere = join(outside, 'nowhere');
    const check = await cli(['check', nowhere, '--lang', 'fr']);
    expect(check.err).toBe(
      `gdpr: ${nowhere} : aucun fichier ou dossier de ce nom. Indiquez le dossier d’un registre (celui qui contient gdpr.yaml).\n`,
    );
    expect((await cli(['check', nowhere])).err).toBe(
      `gdpr: ${nowhere}: no such file or directory. Give the folder of a register (the one holding gdpr.yaml).\n`,
    );
  });
});
