/**
 * `gdpr register [path] [--role controller|processor] [--lang <a locales/ language>] [--format md|html|csv|xlsx|json] [--out FILE]`:
 * the record of processing activities (Art. 30). The controller record (Art. 30(1)) and the
 * processor record (Art. 30(2)) are separate documents, as the CNIL recommends; `--role`
 * chooses one. The record is what Art. 30(4) makes available to the supervisory authority.
 */
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { chooseLanguage, languageProblem } from '../render/i18n.js';
import { refusalText } from '../register/wording.js';
import { commandLanguage } from '../locale/index.js';
import { buildRecord, type RecordRole } from '../documents/record.js';
import type { REGISTER, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr register`, as declared in specs.ts. */
export type RegisterOptions = OptionsOf<typeof REGISTER>;

export async function register(options: RegisterOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  // Commander checks --role and --format against the choices declared in specs.ts.
  const role: RecordRole = options.role ?? 'controller';
  const format = options.format ?? 'md';
  if (format === 'xlsx' && (output === undefined || output === '-')) {
    // Before the register is read: in --lang, else English.
    throw new UsageError(refusalText(commandLanguage(options.lang, undefined), 'xlsx_needs_out'));
  }

  const reg = openRegister(io.cwd, options.path, { lang: options.lang });
  const languages = reg.config?.data.languages ?? [];
  const defaultLanguage = languages[0] ?? 'en';
  const lang = chooseLanguage(options.lang, languages);
  if (lang === undefined) {
    // As for the options refused before the register is read: --lang if spoken, else English.
    const says = commandLanguage(options.lang, undefined);
    throw new UsageError(languageProblem(options.lang, languages, undefined, says));
  }
  const model = buildRecord(reg, role, lang);

  let content: string | Uint8Array;
  switch (format) {
    case 'json':
      content = `${JSON.stringify(model, null, 2)}\n`;
      break;
    case 'csv':
      content = (await import('../documents/record-csv.js')).renderRecordCsv(
        model,
        options.delimiter,
      );
      break;
    case 'xlsx':
      content = await (await import('../documents/record-xlsx.js')).renderRecordXlsx(model);
      break;
    default: {
      const { createRenderer } = await import('../render/env.js');
      const renderer = createRenderer({ lang, defaultLanguage, registerRoot: reg.root });
      content = renderer.render('register', format, model);
    }
  }
  await emit(io, content, output);
  return 0;
}
