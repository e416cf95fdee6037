/**
 * `gdpr notice <notice-id> [path]`: the privacy notice of one audience (Arts. 12–14, 21(4)) as
 * Markdown, standalone HTML or PDF.
 */
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { didYouMean } from '../register/suggest.js';
import {
  buildNoticeModel,
  defaultLanguageOf,
  formatMissingItem,
  MissingItemsError,
} from '../documents/notice.js';
import { createRenderer } from '../render/env.js';
import { chooseLanguage, languageProblem, type DocumentLanguage } from '../render/i18n.js';
import type { NOTICE, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr notice`, as declared in specs.ts. */
export type NoticeOptions = OptionsOf<typeof NOTICE>;

export async function notice(options: NoticeOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const format = options.format ?? 'md';
  if (format === 'pdf' && (output === undefined || output === '-')) {
    throw new UsageError('--format pdf needs --out FILE (a PDF is not written to the terminal)');
  }
  const register = openRegister(io.cwd, options.path);
  const registerDefault = defaultLanguageOf(register);
  const lang = documentLanguage(options.lang, register.config?.data.languages ?? [registerDefault]);

  if (!register.records.notice.has(options.noticeId)) {
    const known = [...register.records.notice.keys()].sort();
    throw new UsageError(
      `no notice \`${options.noticeId}\` in notices/.${didYouMean(options.noticeId, known)} ${known.length > 0 ? `Notices: ${known.join(', ')}.` : 'Create one in notices/<id>.yaml.'}`,
    );
  }

  let model;
  try {
    model = buildNoticeModel(register, options.noticeId, lang);
  } catch (e) {
    if (!(e instanceof MissingItemsError)) throw e;
    io.stderr.write(
      `gdpr: the notice \`${e.noticeId}\` cannot be rendered: the register does not supply ${e.items.length === 1 ? 'this required item' : `these ${e.items.length} required items`}:\n`,
    );
    for (const item of e.items) io.stderr.write(`  ${formatMissingItem(item)}\n`);
    return EXIT.findings;
  }

  const renderer = createRenderer({
    lang,
    defaultLanguage: registerDefault,
    registerRoot: register.root,
  });
  if (format === 'pdf') {
    const html = renderer.render('notice', 'html', model);
    // Loaded only here: playwright-core is not paid for by Markdown and HTML output.
    const { htmlToPdf } = await import('../documents/pdf.js');
    await emit(io, await htmlToPdf(html, io.env), output);
  } else {
    await emit(io, renderer.render('notice', format, model), output);
  }
  return EXIT.ok;
}

function documentLanguage(
  requested: string | undefined,
  registerLanguages: readonly string[],
): DocumentLanguage {
  const lang = chooseLanguage(requested, registerLanguages);
  if (lang === undefined) throw new UsageError(languageProblem(requested, registerLanguages));
  return lang;
}
