import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/commands/notice.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const SHOTS = mkdtempSync(join(tmpdir(), 'gdpr-shots-'));

async function renderHtml(lang: string): Promise<string> {
  const io = memoryIo(REPO_ROOT);
  const code = await notice({ noticeId: 'customers', path: EXAMPLE, lang, format: 'html' }, io);
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

describe('German and Spanish HTML notices in Chromium', () => {
  const cases = [
    { lang: 'de', heading: 'Wer ist für Ihre Daten verantwortlich?', toc: 'Inhalt' },
    { lang: 'es', heading: '¿Quién es el responsable de sus datos?', toc: 'Índice' },
  ];
  for (const { lang, heading, toc } of cases) {
    it(`${lang}: page language, headings and table of contents in the language, screenshot`, async () => {
      const page = await browser.context.newPage();
      await page.setContent(await renderHtml(lang), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator('h2').allTextContents()).toContain(heading);
      expect(await page.locator('#toc-title').textContent()).toBe(toc);
      const brokenLinks = await page.evaluate(
        () =>
          [...document.querySelectorAll('nav a[href^="#"]')].filter(
            (a) => !document.getElementById((a.getAttribute('href') ?? '').slice(1)),
          ).length,
      );
      expect(brokenLinks).toBe(0);
      const shot = join(SHOTS, `notice-${lang}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      await page.close();
    });
  }
});

describe('German PDF notice', () => {
  it('--format pdf --lang de writes a PDF file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdpr-pdf-'));
    const io = memoryIo(dir, { ...process.env });
    const code = await notice(
      { noticeId: 'website', path: EXAMPLE, lang: 'de', format: 'pdf', out: 'x.pdf' },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const pdf = readFileSync(join(dir, 'x.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
