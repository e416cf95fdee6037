/** `gdpr breach draft <incident> --to authority|subjects|controller`: the notification drafts (Arts. 33–34). */
import { buildDraft, type DraftRecipient } from '../breach/drafts.js';
import { findIncident, registerStart } from '../breach/record.js';
import { displayZone } from '../breach/zone.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { emit } from '../output.js';
import { chooseDocumentLanguage, documentLanguageProblem, type Lang } from '../render/i18n.js';
import { openRegister } from '../register/open.js';
import { parseToday } from '../options.js';

export interface BreachDraftOptions {
  incident: string;
  path?: string;
  to: DraftRecipient;
  lang?: string;
  format?: 'md' | 'html';
  out?: string;
  /** The letter's date when the people have not been told yet (default: the clock's day). */
  today?: string;
}

const RECIPIENTS: readonly DraftRecipient[] = ['authority', 'subjects', 'controller'];

export async function breachDraft(options: BreachDraftOptions, io: Io): Promise<number> {
  if (!RECIPIENTS.includes(options.to)) throw new UsageError(`--to must be one of ${RECIPIENTS.join(', ')} (got "${String(options.to)}")`);
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'html') throw new UsageError(`--format must be md or html (got "${String(format)}")`);
  const register = openRegister(io.cwd, registerStart(options.incident, options.path));
  const record = findIncident(register, options.incident, io.cwd);
  const config = register.config?.data;
  const defaultLanguage = config?.languages?.[0] ?? 'en';
  const languages = config?.languages ?? [];
  const chosen = chooseDocumentLanguage(options.lang, languages);
  if (chosen === undefined) throw new UsageError(documentLanguageProblem(options.lang, languages));
  const lang: Lang = chosen;

  const role = record.data.role ?? 'controller';
  if (options.to === 'controller' && role !== 'processor') {
    throw new UsageError(`the notice to the controller is what a processor sends (Art. 33(2)); incident ${record.id} is recorded with role: controller`);
  }

  const zone = displayZone(config?.organisation.country, io.env);
  const context = buildDraft(record, register, options.to, lang, zone, parseToday(options.today));
  // Loaded here only: drafting is the one breach command that needs the template engine.
  const { createRenderer } = await import('../render/env.js');
  const renderer = createRenderer({ lang, defaultLanguage, registerRoot: register.root });
  let text = renderer.render(`breach-${options.to}`, format, context);
  if (format === 'md') text = `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  await emit(io, text, options.out);
  return EXIT.ok;
}
