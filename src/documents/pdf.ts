/**
 * Printing a rendered HTML document to PDF through the system's headless Chromium
 * (`playwright-core`, which ships no browser). Shared by every document command; playwright-core
 * is imported here only, and only when a PDF is asked for, so no other command pays for it.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UsageError } from '../errors.js';

/** Where Debian, Ubuntu, Fedora, snap and Google install the browser, in order of preference. */
export const CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
];

const MAC_APPS = ['Chromium', 'Google Chrome', 'Microsoft Edge'] as const;

/**
 * The usual install locations of Chromium, Chrome and Edge on `platform` (a `process.platform`
 * value), in order of preference. On Windows the program folders come from the environment.
 */
export function browserPaths(
  platform: string,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === 'darwin') {
    const home = env.HOME;
    const roots = ['/Applications', ...(home ? [`${home}/Applications`] : [])];
    return roots.flatMap((root) =>
      MAC_APPS.map((app) => `${root}/${app}.app/Contents/MacOS/${app}`),
    );
  }
  if (platform === 'win32') {
    const roots = [
      env.LOCALAPPDATA,
      env.PROGRAMFILES,
      env['PROGRAMFILES(X86)'],
      env.ProgramFiles,
      env['ProgramFiles(x86)'],
    ]
      .filter((root): root is string => root !== undefined && root !== '')
      .filter((root, index, all) => all.indexOf(root) === index);
    const apps = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
  }
  return [...CHROMIUM_PATHS];
}

/**
 * No network, no profile sync, no background updates: a document is printed from a string and
 * must not reach the outside world. `--no-sandbox` because CI containers run as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING =
  '--format pdf needs Chromium: install it (Debian: apt-get install chromium) or set GDPR_CHROMIUM';

/** playwright-core is an optional dependency: an install with `--omit=optional` lacks it. */
export const PLAYWRIGHT_MISSING =
  '--format pdf needs the optional dependency playwright-core: reinstall gdpr without ' +
  '--omit=optional (npm i playwright-core)';

/**
 * `GDPR_CHROMIUM` when set, else the first existing of the platform's usual paths (Chromium,
 * Chrome, Edge); undefined when none.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
  platform: string = process.platform,
): string | undefined {
  const configured = env.GDPR_CHROMIUM;
  if (configured !== undefined && configured !== '') return configured;
  return browserPaths(platform, env).find((p) => exists(p));
}

/** The Chromium to use, or a UsageError (exit 2) saying how to get one. */
export function requireChromium(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
): string {
  const path = findChromium(env, exists);
  if (path === undefined) throw new UsageError(CHROMIUM_MISSING);
  if (!exists(path))
    throw new UsageError(
      `GDPR_CHROMIUM is set to ${path}, which does not exist. ${CHROMIUM_MISSING}`,
    );
  return path;
}

/** Launches the system Chromium headless with CHROMIUM_ARGS. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND')
      throw new UsageError(PLAYWRIGHT_MISSING);
    throw error;
  }
  const { chromium } = playwright;
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/**
 * Prints a standalone HTML document (inline CSS, no external resource) to a tagged PDF with an
 * outline. Scripts are disabled and the page is offline: register values are already escaped,
 * this is defence in depth.
 */
export async function htmlToPdf(
  html: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Uint8Array> {
  const browser = await launchChromium(requireChromium(env));
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser.close();
  }
}
