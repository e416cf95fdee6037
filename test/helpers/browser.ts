import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATHS, findChromium } from '../../src/documents/pdf.js';

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium through playwright-core, with the flags `gdpr` itself uses and a fresh
 * profile folder. A missing browser FAILS the test (CI installs chromium): a skipped browser
 * test would hide a broken document.
 */
export async function launchTestBrowser(): Promise<TestBrowser> {
  const executablePath = findChromium(process.env);
  if (executablePath === undefined) {
    throw new Error(
      `Chromium not found (looked at GDPR_CHROMIUM and ${CHROMIUM_PATHS.join(', ')}); install it: apt-get install chromium`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'gdpr-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
