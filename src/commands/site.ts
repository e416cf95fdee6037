/**
 * `gdpr site [path] --output DIR`: the register as a static HTML site, in each of its languages,
 * with the deadline dashboard (the deadlines of `gdpr due`), the findings of `gdpr check` and
 * charts. Works offline, with no script.
 */
import { resolve } from 'node:path';
import { collectDeadlines } from '../calendar/deadlines.js';
import { checkRegister } from '../check/engine.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { registerHolidays } from '../model/requests.js';
import { parseClock } from '../options.js';
import { outputOf } from '../output.js';
import { shownPath } from '../paths.js';
import { openRegister } from '../register/open.js';
import {
  documentLanguageProblem,
  isDocumentLanguage,
  type DocumentLanguage,
} from '../render/i18n.js';
import { RULES } from '../rules/index.js';
import { buildSite } from '../site/build.js';
import { readHistory } from '../site/history.js';
import { writeSite } from '../site/write.js';
import type { OptionsOf, SITE } from './specs.js';

/** The options and arguments of `gdpr site`, as declared in specs.ts. */
export type SiteOptions = OptionsOf<typeof SITE>;

export async function site(options: SiteOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  if (output === undefined || output === '-')
    throw new UsageError('give the folder of the site with --output DIR (e.g. --output site)');
  const { today, now } = parseClock(options);
  const register = openRegister(io.cwd, options.path);
  const registerLanguages = register.config?.data.languages ?? [];
  const defaultLanguage = registerLanguages[0] ?? 'en';
  const languages: DocumentLanguage[] =
    registerLanguages.length === 0 ? ['en'] : registerLanguages.filter(isDocumentLanguage);
  if (languages.length === 0)
    throw new UsageError(documentLanguageProblem(undefined, registerLanguages));
  for (const lang of registerLanguages)
    if (!languages.includes(lang))
      io.stderr.write(`warning: no pages in ${lang}: gdpr has no words in that language yet\n`);

  const history =
    options.history !== undefined
      ? readHistory(resolve(io.cwd, options.history), options.history)
      : undefined;
  const calendar = await registerHolidays(register, (m) => io.stderr.write(`warning: ${m}\n`));
  const deadlines = collectDeadlines(register, calendar, today);
  const { diagnostics } = await checkRegister(register.root, {
    today,
    now,
    cwd: register.root,
    rules: RULES,
  });
  const files = buildSite({
    register,
    diagnostics,
    deadlines,
    history,
    today,
    now,
    showDate: options.today !== undefined || options.now !== undefined,
    languages,
    defaultLanguage,
    calendar,
  });
  const dir = resolve(io.cwd, output);
  const shown = shownPath(io.cwd, dir);
  writeSite(dir, files, { force: options.force === true, shown });
  const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
  io.stdout.write(
    `Wrote ${String(pages)} pages (${languages.join(', ')}) to ${shown}/; open ${shown}/index.html\n`,
  );
  return EXIT.ok;
}
