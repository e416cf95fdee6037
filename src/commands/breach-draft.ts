/** `gdpr breach draft <incident> --to authority|subjects|controller`: the notification drafts (Arts. 33–34). */
import { buildDraft, type DraftRecipient } from '../breach/drafts.js';
import { findIncident, registerStart } from '../breach/record.js';
import { breachLanguageProblem, chooseBreachLanguage } from '../breach/words.js';
import { displayZone } from '../breach/zone.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { refusalText } from '../register/wording.js';
import { commandLanguage } from '../locale/index.js';
import type { BREACH_DRAFT, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach draft`, as declared in specs.ts. */
export type BreachDraftOptions = OptionsOf<typeof BREACH_DRAFT>;

const RECIPIENTS: readonly DraftRecipient[] = ['authority', 'subjects', 'controller'];

export async function breachDraft(options: BreachDraftOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const to = options.to;
  if (to === undefined || !RECIPIENTS.includes(to))
    // Before the register is read: in --lang, else English.
    throw new UsageError(
      refusalText(commandLanguage(options.lang, undefined), 'recipient', {
        values: RECIPIENTS.join(', '),
        value: String(to),
      }),
    );
  const format = options.format ?? 'md';
  const register = openRegister(io.cwd, registerStart(options.incident, options.path), {
    lang: options.lang,
  });
  const says = commandLanguage(options.lang, register.config?.data.languages);
  const record = findIncident(register, options.incident, io.cwd, says);
  const config = register.config?.data;
  const defaultLanguage = config?.languages?.[0] ?? 'en';
  const languages = config?.languages ?? [];
  const lang = chooseBreachLanguage(options.lang, languages);
  if (lang === undefined)
    throw new UsageError(
      breachLanguageProblem(options.lang, languages, commandLanguage(options.lang, undefined)),
    );

  const role = record.data.role ?? 'controller';
  if (to === 'controller' && role !== 'processor') {
    throw new UsageError(refusalText(says, 'controller_notice', { id: record.id }));
  }

  const { today } = parseClock(options);
  const zone = displayZone(config?.organisation.country, io.env);
  const context = buildDraft(record, register, to, lang, zone, today);
  // Loaded here only: drafting is the one breach command that needs the template engine.
  const { createRenderer } = await import('../render/env.js');
  // The breach templates take every word from the locale ({{word}}); the renderer's own word
  // tables (dates, legal bases, rights) are not used by them, so any breach language will do.
  const renderer = createRenderer({
    lang,
    defaultLanguage,
    registerRoot: register.root,
  });
  let text = renderer.render(`breach-${to}`, format, context);
  if (format === 'md') text = `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  await emit(io, text, output);
  return EXIT.ok;
}
