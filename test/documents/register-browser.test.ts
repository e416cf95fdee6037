import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../src/commands/register.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

async function renderHtml(
  path: string,
  lang: string,
  role: 'controller' | 'processor' = 'controller',
): Promise<string> {
  const io = memoryIo(REPO_ROOT);
  const code = await register({ path, lang, role, format: 'html' }, io);
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

describe('HTML record of processing activities in Chromium', () => {
  it('renders the English controller record: outline, table headers, contents, screenshot', async () => {
    const page = await browser.context.newPage();
    await page.setContent(await renderHtml(EXAMPLE, 'en'), { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName.slice(1)),
      ),
      thCount: document.querySelectorAll('th').length,
      thWithoutScope: document.querySelectorAll('th:not([scope="col"]):not([scope="row"])').length,
      pages: [...document.querySelectorAll('section.page')].map(
        (s) => s.querySelector('h2')?.textContent,
      ),
      breakBefore: getComputedStyle(document.querySelector('section.page')!).breakBefore,
      tocTargets: [...document.querySelectorAll('nav a[href^="#"]')].map((a) =>
        (a.getAttribute('href') ?? '').slice(1),
      ),
      brokenTargets: [...document.querySelectorAll('nav a[href^="#"]')].filter(
        (a) => !document.getElementById((a.getAttribute('href') ?? '').slice(1)),
      ).length,
    }));
    expect(facts.lang).toBe('en');
    expect(facts.h1).toEqual(['Record of processing activities']);
    expect(facts.levels[0]).toBe(1);
    facts.levels.forEach((level, i) => {
      if (i > 0) expect(level - (facts.levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    expect(facts.thCount).toBeGreaterThan(100);
    expect(facts.thWithoutScope).toBe(0);
    expect(facts.pages).toHaveLength(15);
    expect(facts.pages[0]).toBe('Customer and order management');
    expect(facts.pages[14]).toBe('Loyalty programme');
    // The print stylesheet starts each activity on a new page; on screen nothing breaks.
    expect(facts.breakBefore).toBe('auto');
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('section.page')!).breakBefore,
      ),
    ).toBe('page');
    await page.emulateMedia({ media: 'screen' });
    expect(facts.tocTargets).toHaveLength(16);
    expect(facts.tocTargets.slice(0, 3)).toEqual([
      'organisation',
      'activity-customers',
      'activity-customer-support',
    ]);
    expect(facts.brokenTargets).toBe(0);
    const outDir = join(REPO_ROOT, 'test-output');
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'register-en.png'), fullPage: true });
    expect(statSync(join(outDir, 'register-en.png')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('shows markup found in register values as text and never runs it', async () => {
    const root = makeRegister({
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
recipients:
  - department: sales
security_measures: [access-control]
`,
      'activities/second.yaml': `name: '${IMG}'
purposes:
  - description: Second
data_subjects: [customers]
data: [{ category: contact }]
`,
      'catalog/data-categories.yaml': `- id: identity\n  name: '${IMG}'\n- id: contact\n  name: '${SCRIPT}'\n`,
    });
    const html = await renderHtml(root, 'en');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    const page = await browser.context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      activityHeadings: [...document.querySelectorAll('section.page h2')].map((h) => h.textContent),
      toc: [...document.querySelectorAll('nav li a')].map((a) => a.textContent),
      text: document.body.textContent ?? '',
    }));
    expect(facts.pwned).toBeUndefined();
    expect(facts.scripts).toBe(0);
    expect(facts.images).toBe(0);
    // Sorted by name: "<img" before "<script".
    expect(facts.activityHeadings).toEqual([IMG, SCRIPT]);
    expect(facts.toc).toEqual(['Controller', IMG, SCRIPT]);
    expect(facts.text).toContain(`Legitimate interest: ${SCRIPT}`);
    await page.close();
  });

  it('renders the French processor record', async () => {
    const page = await browser.context.newPage();
    await page.setContent(await renderHtml(EXAMPLE, 'fr', 'processor'), { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
    }));
    expect(facts.lang).toBe('fr');
    expect(facts.title).toBe(
      'Registre des activités de traitement (sous-traitant) – Atelier Durand SAS',
    );
    expect(facts.h2).toEqual([
      'Sommaire',
      'Sous-traitant (art. 30.2.a)',
      'Portail de commande en marque blanche pour revendeurs',
    ]);
    await page.close();
  });
});
