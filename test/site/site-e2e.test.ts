/**
 * `gdpr site` through the built binary: what it writes, byte for byte the same on a second run,
 * the folder it refuses, the history it reads, and its errors.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'gdpr-site-e2e-'));
}

/** Every file of a folder, path → content. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('gdpr site', () => {
  it('writes the site of the example in fr and en, the same bytes on every run', () => {
    const base = scratch();
    const first = gdpr(['site', EXAMPLE, '-o', join(base, 'a'), '--today', '2026-11-23']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote 217 pages \(fr, en\) to .*a\/; open .*a\/index\.html\n$/);
    const second = gdpr(['site', EXAMPLE, '-o', join(base, 'b'), '--today', '2026-11-23']);
    expect(second.code).toBe(0);
    const a = tree(join(base, 'a'));
    const b = tree(join(base, 'b'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);

    expect(a.get('.gdpr-site.json')).toBe('{\n  "generator": "gdpr site",\n  "version": 1\n}\n');
    const home = a.get('fr/index.html') ?? '';
    expect(home).toContain('<html lang="fr">');
    expect(home).toContain('Échéances et constats au 23 novembre 2026.');
    expect(home).toContain('Commission nationale de l&#x27;informatique et des libertés (CNIL)');
    expect(a.get('en/index.html')).toContain('Deadlines and findings as of 23 November 2026.');
    // One page per record, in each language.
    for (const page of [
      'activities/customers.html',
      'parties/helpdesk-us.html',
      'data-categories/health.html',
      'retention/payslips.html',
      'notices/candidates.html',
      'incidents/2026-03-14-lost-laptop.html',
      'requests/2026-11-10-objection.html',
      'dpias/video-surveillance.html',
    ])
      for (const lang of ['fr', 'en'])
        expect(a.has(`${lang}/${page}`), `${lang}/${page}`).toBe(true);
    // Back-links: the DPIA page lists the activity that points at it.
    expect(a.get('en/dpias/video-surveillance.html')).toContain(
      '<a href="../activities/video-surveillance.html">',
    );
  });

  it('the dashboard counts days and hours as gdpr due does', () => {
    const out = join(scratch(), 'site');
    const r = gdpr(['site', EXAMPLE, '-o', out, '--now', '2026-11-23T09:00:00+01:00']);
    expect(r.code).toBe(0);
    const due = gdpr(['due', EXAMPLE, '--now', '2026-11-23T09:00:00+01:00', '--format', 'json']);
    const entries = (JSON.parse(due.stdout) as { deadlines: { kind: string; date: string }[] })
      .deadlines;
    const dashboard = readFileSync(join(out, 'en', 'dashboard.html'), 'utf8');
    const rows = dashboard.match(/<tr( class="overdue")?><td>/g) ?? [];
    expect(rows).toHaveLength(entries.length);
    for (const e of entries) expect(dashboard).toContain(`datetime="${e.date}`);
    expect(dashboard).toContain('Deadlines as of 23 November 2026');
  });

  it('writes no date when none is given', () => {
    const out = join(scratch(), 'site');
    expect(gdpr(['site', EXAMPLE, '-o', out]).code).toBe(0);
    const home = readFileSync(join(out, 'en', 'index.html'), 'utf8');
    expect(home).not.toContain('as of');
    expect(readFileSync(join(out, 'en', 'dashboard.html'), 'utf8')).toContain(
      'Deadlines as of the day the site was built',
    );
  });

  it('refuses a non-empty folder that holds no earlier site, and writes into it with --force', () => {
    const out = join(scratch(), 'docs');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine\n');
    const refused = gdpr(['site', EXAMPLE, '-o', out, '--today', '2026-11-23']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^gdpr: .*docs is not empty and holds no earlier output of `gdpr site` \(no \.gdpr-site\.json\); nothing was written\. .*--force/,
    );
    expect(readdirSync(out)).toEqual(['keep.txt']);

    const forced = gdpr(['site', EXAMPLE, '-o', out, '--today', '2026-11-23', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(out, 'en', 'index.html'))).toBe(true);
    expect(existsSync(join(out, '.gdpr-site.json'))).toBe(true);
  });

  it('replaces an earlier site whole: a page of a record gone does not linger', () => {
    const out = join(scratch(), 'site');
    expect(gdpr(['site', EXAMPLE, '-o', out, '--today', '2026-11-23']).code).toBe(0);
    writeFileSync(join(out, 'en', 'activities', 'gone.html'), '<!DOCTYPE html>');
    const again = gdpr(['site', EXAMPLE, '-o', out, '--today', '2026-11-23']);
    expect(again.code).toBe(0);
    expect(existsSync(join(out, 'en', 'activities', 'gone.html'))).toBe(false);
    expect(existsSync(join(out, 'en', 'activities', 'customers.html'))).toBe(true);
    // Nothing is left beside it (no staging or old folder).
    expect(readdirSync(join(out, '..'))).toEqual(['site']);
  });

  it('draws the findings over time from --history, today last', () => {
    const dir = scratch();
    const history = join(dir, 'checks.json');
    writeFileSync(
      history,
      JSON.stringify([
        { date: '2026-10-01', summary: { errors: 3, warnings: 4 }, diagnostics: [] },
        { date: '2026-09-01', summary: { errors: 5, warnings: 1 } },
      ]),
    );
    const out = join(dir, 'site');
    const r = gdpr(['site', EXAMPLE, '-o', out, '--today', '2026-11-23', '--history', history]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const charts = readFileSync(join(out, 'en', 'charts.html'), 'utf8');
    expect(charts).toContain('<title id="chart-findings-title">Findings over time</title>');
    const table = charts.slice(charts.indexOf('Figures: Findings over time'));
    const rows = [
      ...table.matchAll(
        /<tr><th scope="row">([^<]+)<\/th><td class="number">(\d+)<\/td><td class="number">(\d+)<\/td><\/tr>/g,
      ),
    ].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ['1 September 2026', '5', '1'],
      ['1 October 2026', '3', '4'],
      ['23 November 2026', '0', '0'],
    ]);
    // Without --history, the chart is replaced by a note saying how to get it.
    const plain = join(dir, 'plain');
    expect(gdpr(['site', EXAMPLE, '-o', plain, '--today', '2026-11-23']).code).toBe(0);
    expect(readFileSync(join(plain, 'en', 'charts.html'), 'utf8')).toContain(
      'No history was given: build the site with --history FILE',
    );
  });

  it('a bad --history file: its line and column, what is wrong, exit 2, nothing written', () => {
    const dir = scratch();
    const history = join(dir, 'checks.json');
    writeFileSync(
      history,
      '[\n  { "date": "2026-10-01", "summary": { "errors": 1, "warnings": 0 } },\n  { "date": "October", "summary": {} }\n]\n',
    );
    const out = join(dir, 'site');
    const r = gdpr(['site', EXAMPLE, '-o', out, '--history', history]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `gdpr: ${history}:3:13: this report has no valid \`date\`: add the day it was made, as "YYYY-MM-DD"\n`,
    );
    expect(existsSync(out)).toBe(false);

    writeFileSync(history, '{ "date": "2026-10-01" ');
    const syntax = gdpr(['site', EXAMPLE, '-o', out, '--history', history]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(new RegExp(`^gdpr: ${history}:1:\\d+: is not valid JSON`));
    expect(syntax.stderr).not.toMatch(/\n\s+at /);
  });

  it('usage errors: no --output, --output a file; an invalid register exits 1', () => {
    const none = gdpr(['site', EXAMPLE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'gdpr: give the folder of the site with --output DIR (e.g. --output site)\n',
    );
    const dir = scratch();
    const file = join(dir, 'file.html');
    writeFileSync(file, 'x');
    const onFile = gdpr(['site', EXAMPLE, '-o', file]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe(
      `gdpr: ${file} is not a folder; give --output a folder for the site\n`,
    );
    const broken = gdpr(['site', join(REPO_ROOT, 'examples', 'broken'), '-o', join(dir, 'site')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^gdpr: the register has \d+ problems? to fix first/);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
});
