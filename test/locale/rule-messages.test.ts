import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import type { Report, Rule } from '../../src/check/rule.js';
import { placeholders, ruleMessage, ruleMessages } from '../../src/check/rule-text.js';
import { catalogue } from '../../src/locale/index.js';
import { RULES } from '../../src/rules/index.js';
import { REPO_ROOT, gdpr } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];
const LANGS = ['en', 'fr'];

/** The top-level argument names of an ICU message: `{name}`, `{name, plural, …}`, `{name, select, …}`. */
function argumentNames(raw: string): string[] {
  const unquoted = raw.replace(/'[{}][^']*'/g, '');
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < unquoted.length; i++) {
    const c = unquoted[i];
    if (c === '{') {
      if (depth === 0) {
        const m = /^\{\s*([A-Za-z_]\w*)\s*[,}]/.exec(unquoted.slice(i));
        if (m?.[1] !== undefined) names.add(m[1]);
      }
      depth++;
    } else if (c === '}') depth--;
  }
  return [...names].sort();
}

/** Every report the rules make on the example registers, with the values they give. */
async function reportsOf(roots: readonly string[]): Promise<{ id: string; report: Report }[]> {
  const seen: { id: string; report: Report }[] = [];
  const spied: Rule[] = RULES.map((rule) => ({
    meta: rule.meta,
    check: (context) =>
      rule.check({
        ...context,
        report: (report) => {
          seen.push({ id: rule.meta.id, report });
          context.report(report);
        },
      }),
  }));
  for (const root of roots) {
    await checkRegister(root, {
      today: '2026-11-23',
      now: new Date('2026-11-23T00:00:00Z'),
      cwd: REPO_ROOT,
      rules: spied,
    });
  }
  return seen;
}

describe('rule messages in every language', () => {
  it('every rule has a description, its docs and its messages in English and French', () => {
    for (const lang of LANGS) {
      const words = catalogue(lang, 'rules');
      for (const rule of RULES) {
        const id = rule.meta.id;
        expect(words[`${id}.description`], `${lang} ${id}`).toBeTruthy();
        for (const part of ['why', 'triggers', 'fix'])
          expect(words[`${id}.docs.${part}`], `${lang} ${id} ${part}`).toBeTruthy();
        const ids = Object.keys(ruleMessages('en', id));
        expect(ids.length, id).toBeGreaterThan(0);
        for (const m of ids)
          expect(words[`${id}.messages.${m}`], `${lang} ${id}.${m}`).toBeTruthy();
      }
    }
  });

  it('a French message takes the same values as the English one', () => {
    const en = catalogue('en', 'rules');
    const fr = catalogue('fr', 'rules');
    for (const [key, raw] of Object.entries(en)) {
      expect(argumentNames(fr[key] ?? ''), key).toEqual(argumentNames(raw));
    }
  });

  it('every message the rules report on the examples renders in both languages, placeholders filled', async () => {
    const reports = await reportsOf([
      join(REPO_ROOT, 'examples', 'broken'),
      join(REPO_ROOT, 'examples', 'broken-non-eea'),
    ]);
    const rulesSeen = new Set(reports.map((r) => r.id));
    expect(rulesSeen.size).toBeGreaterThanOrEqual(15);
    for (const { id, report } of reports) {
      const texts = LANGS.map((lang) => ruleMessage(lang, id, report.messageId, report.data));
      for (const text of texts) {
        expect(text, `${id}.${report.messageId}`).not.toMatch(/\{[A-Za-z_]\w*\}/);
        expect(text).not.toMatch(/\{\{/);
      }
      // A rule that only passes on the words of another (schema, YAML) is the same in both.
      if (!['schema', 'yaml-syntax'].includes(id)) expect(texts[1], id).not.toBe(texts[0]);
    }
  });

  it('a placeholder without a value is a bug in the rule: it throws', () => {
    expect(placeholders("`'{' {example} '}'` and {id}")).toEqual(['example', 'id']);
    expect(() => ruleMessage('fr', 'duplicate-id', 'duplicate', { id: 'x' })).toThrow(
      /placeholder \{line\} has no value/,
    );
    expect(() => ruleMessage('en', 'duplicate-id', 'nope')).toThrow(/unknown messageId nope/);
  });
});

describe('gdpr check --lang (built binary)', () => {
  const broken = join('examples', 'broken');

  /** The findings of a JSON report as `line:col severity message (article)`, one per line. */
  const findings = (stdout: string): string =>
    (
      JSON.parse(stdout) as {
        diagnostics: {
          line: number;
          column: number;
          severity: string;
          message: string;
          article?: string;
        }[];
      }
    ).diagnostics
      .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message} (${d.article ?? ''})`)
      .join('\n');

  it('prints every finding in French with --lang fr, the article kept', () => {
    const r = gdpr(['check', broken, '--lang', 'fr', '--format', 'json', ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const text = findings(r.stdout);
    expect(text).toContain(
      '3:1 error l’activité traite des données relatives aux condamnations pénales et aux infractions (`criminal-records`)',
    );
    expect(text).toContain('aucune notice d’information ne couvre l’activité `joint-event`');
    expect(text).toContain(
      'la finalité 1 repose sur le consentement mais n’indique pas comment il est retiré',
    );
    expect(text).toContain(
      'la finalité 1 repose sur une obligation légale (art. 6.1.c du RGPD) mais ne cite pas le texte qui la fonde',
    );
    expect(text).toContain('(GDPR Art. 10)');
    expect(text).not.toMatch(/\{[A-Za-z_]\w*\}/);
    expect(text).not.toContain('add `');
  });

  it('speaks the register’s first language by default, English with --lang en', () => {
    const byDefault = gdpr(['check', broken, ...TODAY]);
    const french = gdpr(['check', broken, '--lang', 'fr', ...TODAY]);
    const english = gdpr(['check', broken, '--lang', 'en', '--format', 'json', ...TODAY]);
    expect(byDefault.stdout).toBe(french.stdout);
    expect(english.code).toBe(1);
    expect(findings(english.stdout)).toContain(
      'no privacy notice covers the activity `joint-event`; add `joint-event` to `activities` of a notice in notices/',
    );
  });

  it('words the text output in French: the article as the RGPD is cited, severities, summary', () => {
    const fr = gdpr(['check', broken, '--lang', 'fr', ...TODAY]);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain('(art. 10 du RGPD)');
    expect(fr.stdout).toMatch(/^✖ \d+ problèmes \(\d+ erreurs, \d+ avertissements\)$/m);
    expect(fr.stdout).toMatch(/^ +\d+:\d+ +avertissement +\S/m);
    expect(fr.stdout).toMatch(/^ +\d+:\d+ +erreur +\S/m);
    expect(fr.stdout).not.toContain('GDPR Art.');
    const en = gdpr(['check', broken, '--lang', 'en', ...TODAY]);
    expect(en.stdout).toContain('(GDPR Art. 10)');
    expect(en.stdout).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings\)$/m);
    expect(en.stdout).not.toMatch(/avertissement|du RGPD\)/);
  });

  it('refuses a language without rule messages (exit 2)', () => {
    const r = gdpr(['check', broken, '--lang', 'xx', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang: no rule messages in `xx`; available: en, fr');
    expect(r.stdout).toBe('');
  });

  it('gdpr rules --lang fr describes every rule in French; without it, in English', () => {
    const fr = gdpr(['rules', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain(
      'Un organisme établi hors de l’EEE désigne un représentant dans l’Union. (art. 27 du RGPD)',
    );
    const en = gdpr(['rules']);
    expect(en.stdout).toContain(
      'An organisation established outside the EEA designates a representative in the Union.',
    );
    expect(fr.stdout.split('\n').length).toBe(en.stdout.split('\n').length);
  });
});
