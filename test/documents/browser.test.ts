import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/commands/notice.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

async function renderHtml(noticeId: string, path: string, lang: string): Promise<string> {
  const io = memoryIo(REPO_ROOT);
  const code = await notice({ noticeId, path, lang, format: 'html' }, io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('HTML notice in Chromium', () => {
  it('renders the French notice: language, one h1, screenshot', async () => {
    const page = await browser.context.newPage();
    await page.setContent(await renderHtml('candidates', EXAMPLE, 'fr'), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('h1').allTextContents()).toEqual([
      'Politique de confidentialité – candidats',
    ]);
    const outDir = join(REPO_ROOT, 'test-output');
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'notice-fr.png'), fullPage: true });
    expect(statSync(join(outDir, 'notice-fr.png')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('has an outline without skipped levels, table headers with scope, and a table of contents whose links all land', async () => {
    const page = await browser.context.newPage();
    await page.setContent(await renderHtml('customers', EXAMPLE, 'en'), { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName.slice(1)),
      ),
      thWithoutScope: document.querySelectorAll('th:not([scope="col"])').length,
      thCount: document.querySelectorAll('th').length,
      tocTargets: [...document.querySelectorAll('nav a[href^="#"]')].map((a) =>
        (a.getAttribute('href') ?? '').slice(1),
      ),
      brokenTargets: [...document.querySelectorAll('nav a[href^="#"]')].filter(
        (a) => !document.getElementById((a.getAttribute('href') ?? '').slice(1)),
      ).length,
    }));
    expect(facts.levels[0]).toBe(1);
    expect(facts.levels.filter((l) => l === 1)).toHaveLength(1);
    facts.levels.forEach((level, i) => {
      if (i > 0) expect(level - facts.levels[i - 1]!).toBeLessThanOrEqual(1);
    });
    expect(facts.thCount).toBe(14);
    expect(facts.thWithoutScope).toBe(0);
    expect(facts.tocTargets).toEqual([
      'controller',
      'dpo',
      'purposes',
      'sources',
      'recipients',
      'transfers',
      'retention',
      'requirements',
      'objection',
      'rights',
      'complaint',
    ]);
    expect(facts.brokenTargets).toBe(0);
    await page.close();
  });

  it('shows markup found in register values as text and never runs it', async () => {
    const root = makeRegister({
      'notices/customers.yaml': `title: 'Notice ${SCRIPT}'\naudience: [customers]\nintro: '${IMG}'\n`,
      'activities/customers.yaml': `name: '${SCRIPT}'
description: '${IMG}'
purposes:
  - description: '${IMG}'
    legal_basis: legitimate-interests
    legitimate_interest: '${SCRIPT}'
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: third-party
    source_detail: '${SCRIPT}'
  - category: contact
    retention: customers-3y
    source: data-subject
    requirement: contractual
recipients:
  - department: sales
`,
      'catalog/data-categories.yaml': `- id: identity\n  name: '${IMG}'\n- id: contact\n  name: '${SCRIPT}'\n`,
    });
    const html = await renderHtml('customers', root, 'en');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    const page = await browser.context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      h1: document.querySelector('h1')?.textContent,
      activityHeading: document.querySelector('#purposes h3')?.textContent,
      text: document.body.textContent ?? '',
    }));
    expect(facts.pwned).toBeUndefined();
    expect(facts.scripts).toBe(0);
    expect(facts.images).toBe(0);
    expect(facts.h1).toBe(`Notice ${SCRIPT}`);
    expect(facts.activityHeading).toBe(SCRIPT);
    expect(facts.text).toContain(SCRIPT);
    expect(facts.text).toContain(IMG);
    expect(await page.title()).toBe(`Notice ${SCRIPT} – Exemple SAS`);
    await page.close();
  });
});

describe('PDF notice', () => {
  it('--format pdf --out writes a PDF file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdpr-pdf-'));
    const io = memoryIo(dir, { ...process.env });
    const code = await notice(
      { noticeId: 'website', path: EXAMPLE, lang: 'en', format: 'pdf', out: 'x.pdf' },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toBe('');
    const pdf = readFileSync(join(dir, 'x.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
