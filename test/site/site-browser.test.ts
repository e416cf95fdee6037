/**
 * `gdpr site` in Chromium, from the file system: every page reachable from index.html, every
 * internal link (and its #fragment) resolves, no console error, no request outside file://, and
 * markup from the register shows as text and never runs. Screenshots of the home page and of an
 * activity page are saved in a temporary folder (printed) for a human look.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/commands/site.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

async function buildSite(path: string, extra: Record<string, string> = {}): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'gdpr-site-browser-')), 'site');
  const io = memoryIo(REPO_ROOT);
  const code = await site({ path, output: out, today: '2026-11-23', ...extra }, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface Crawl {
  visited: Set<string>;
  broken: string[];
  outside: string[];
  consoleErrors: string[];
  requests: string[];
}

/** Visits every page reachable from `<dir>/index.html` by following links. */
async function crawl(browser: TestBrowser, dir: string): Promise<Crawl> {
  const result: Crawl = {
    visited: new Set(),
    broken: [],
    outside: [],
    consoleErrors: [],
    requests: [],
  };
  const page = await browser.context.newPage();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) await route.continue();
    else {
      result.requests.push(url);
      await route.abort();
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      result.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (e) => result.consoleErrors.push(`${page.url()}: ${e.message}`));
  const root = pathToFileURL(dir).href;
  const queue = [`${root}/index.html`];
  const fragments: { from: string; to: string; id: string }[] = [];
  const ids = new Map<string, Set<string>>();
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (result.visited.has(url)) continue;
    result.visited.add(url);
    try {
      await page.goto(url, { waitUntil: 'load' });
    } catch (e) {
      result.broken.push(`${url}: ${(e as Error).message.split('\n')[0] ?? ''}`);
      continue;
    }
    const found = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    ids.set(url, new Set(found.ids));
    for (const link of found.links) {
      const [target = '', fragment] = link.split('#');
      if (!target.startsWith(`${root}/`)) {
        result.outside.push(`${url} → ${link}`);
        continue;
      }
      if (fragment !== undefined && fragment !== '')
        fragments.push({ from: url, to: target, id: decodeURIComponent(fragment) });
      if (!result.visited.has(target)) queue.push(target);
    }
  }
  for (const f of fragments)
    if (!ids.get(f.to)?.has(f.id)) result.broken.push(`${f.from} → ${f.to}#${f.id}`);
  await page.close();
  return result;
}

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('gdpr site in Chromium', () => {
  it('the example: every page reachable, every link resolves, no console error, no request outside file://', async () => {
    const out = await buildSite(EXAMPLE);
    const result = await crawl(browser, out);
    expect(result.broken).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    // Every page written is reachable from index.html, in both languages.
    const onDisk = htmlFiles(out)
      .map((f) => relative(out, f).split(sep).join('/'))
      .sort();
    const reached = [...result.visited]
      .map((u) => u.slice(pathToFileURL(out).href.length + 1))
      .sort();
    expect(reached).toEqual(onDisk);
    expect(onDisk).toContain('fr/activities/customers.html');
    expect(onDisk).toContain('en/activities/customers.html');
    expect(onDisk.filter((p) => p.startsWith('fr/')).length).toBe(
      onDisk.filter((p) => p.startsWith('en/')).length,
    );
  }, 180_000);

  it('home and activity pages read as they should, in fr and en; screenshots', async () => {
    const out = await buildSite(EXAMPLE);
    const shots = mkdtempSync(join(tmpdir(), 'gdpr-site-shots-'));
    const page = await browser.context.newPage();
    const url = (p: string): string => pathToFileURL(join(out, p)).href;

    await page.goto(url('fr/index.html'));
    const home = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent,
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      text: document.body.textContent ?? '',
      scripts: document.querySelectorAll('script').length,
    }));
    expect(home.lang).toBe('fr');
    expect(home.h1).toBe('Atelier Durand SAS');
    expect(home.headings).toEqual([
      'Organisme',
      'Délégué à la protection des données',
      'Échéances en cours',
      'Constats de gdpr check',
      'Contenu du registre',
    ]);
    expect(home.text).toContain('Claire Martin');
    expect(home.scripts).toBe(0);
    await page.screenshot({ path: join(shots, 'home-fr.png'), fullPage: true });

    await page.goto(url('en/activities/customers.html'));
    const activity = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent,
      dataLinks: [...document.querySelectorAll('#section-data ~ table a, section table a')].map(
        (a) => a.getAttribute('href'),
      ),
      usedBy: document.querySelector('#section-used-by + dl')?.textContent ?? '',
      current: document.querySelector('nav.menu a[aria-current="page"]')?.textContent,
    }));
    expect(activity.lang).toBe('en');
    expect(activity.h1).toBe('Customer and order management');
    expect(activity.dataLinks).toContain('../data-categories/identity.html');
    expect(activity.dataLinks).toContain('../retention/customers-prospecting.html');
    // The customers' notice covers this activity through its audience.
    expect(activity.usedBy).toContain('Privacy notice for customers and prospects');
    expect(activity.current).toBe('Processing activities');
    await page.screenshot({ path: join(shots, 'activity-en.png'), fullPage: true });

    await page.goto(url('en/charts.html'));
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role="img"]')].map((svg) => ({
        title: svg.querySelector('title')?.textContent,
        desc: svg.querySelector('desc')?.textContent ?? '',
        labelledBy: svg.getAttribute('aria-labelledby'),
        table: svg.closest('section')?.querySelector('table.chart-data') !== null,
      })),
    );
    expect(charts.map((c) => c.title)).toEqual([
      'Activities by legal basis',
      'Data categories by activity',
      'Transfers by country',
    ]);
    for (const c of charts) {
      expect(c.desc.length).toBeGreaterThan(20);
      expect(c.labelledBy).toMatch(/-title .*-desc$/);
      expect(c.table).toBe(true);
    }
    await page.screenshot({ path: join(shots, 'charts-en.png'), fullPage: true });
    await page.close();
    process.stdout.write(`site screenshots: ${shots}\n`);
  }, 120_000);

  it('shows markup found in register values as text and never runs it', async () => {
    const root = makeRegister({
      'gdpr.yaml': `version: 1
organisation:
  name: '${SCRIPT}'
  address: '${IMG}'
  country: FR
  email: contact@exemple.example
languages: [en, fr]
departments:
  - { id: sales, name: '${SCRIPT}' }
`,
      'activities/customers.yaml': `name: '${SCRIPT}'
description: '${IMG}'
department: sales
purposes:
  - description: '${IMG}'
    legal_basis: legitimate-interests
    legitimate_interest: '${SCRIPT}'
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
recipients:
  - department: sales
security_measures: [access-control]
`,
      'catalog/data-categories.yaml': `- id: identity\n  name: '${IMG}'\n- id: contact\n  name: '${SCRIPT}'\n`,
    });
    const out = await buildSite(root);
    const result = await crawl(browser, out);
    expect(result.broken).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.requests).toEqual([]);
    const page = await browser.context.newPage();
    for (const p of [
      'index.html',
      'en/index.html',
      'fr/activities/customers.html',
      'en/charts.html',
    ]) {
      await page.goto(pathToFileURL(join(out, p)).href);
      const facts = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        text: document.body.textContent ?? '',
      }));
      expect(facts.pwned, p).toBeUndefined();
      expect(facts.scripts, p).toBe(0);
      expect(facts.images, p).toBe(0);
      expect(facts.text, p).toContain(SCRIPT);
    }
    await page.close();
  }, 120_000);
});
