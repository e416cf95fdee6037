/**
 * `gdpr notice <notice-id> [path]`: the privacy notice of one audience (Arts. 12–14, 21(4)) as
 * Markdown, standalone HTML or PDF.
 */
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { emit, outputOf } from '../output.js';
import { openRegister } from '../register/open.js';
import { closest } from '../register/suggest.js';
import { didYouMeanText, refusalText } from '../register/wording.js';
import { commandLanguage } from '../locale/index.js';
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
    // Before the register is read: in --lang, else English.
    throw new UsageError(refusalText(commandLanguage(options.lang, undefined), 'pdf_needs_out'));
  }
  const register = openRegister(io.cwd, options.path, { lang: options.lang });
  const says = commandLanguage(options.lang, register.config?.data.languages);
  const registerDefault = defaultLanguageOf(register);
  const lang = documentLanguage(
    options.lang,
    register.config?.data.languages ?? [registerDefault],
    // A refused --lang says nothing of the reader's language: like the options refused before
    // the register is read, the refusal follows a --lang the tool speaks, else English.
    commandLanguage(options.lang, undefined),
  );

  if (!register.records.notice.has(options.noticeId)) {
    const known = [...register.records.notice.keys()].sort();
    throw new UsageError(
      refusalText(says, 'notice_unknown', {
        id: options.noticeId,
        hint: didYouMeanText(says, closest(options.noticeId, known)),
        known:
          known.length > 0
            ? refusalText(says, 'notices_known', { list: known.join(', ') })
            : refusalText(says, 'notices_none'),
      }),
    );
  }

  let model;
  try {
    model = buildNoticeModel(register, options.noticeId, lang);
  } catch (e) {
    if (!(e instanceof MissingItemsError)) throw e;
    // Each item's reason is kept as a wording: said here, in the command's language.
    const header = refusalText(says, 'cannot_render', { id: e.noticeId, count: e.items.length });
    io.stderr.write(`gdpr: ${header}\n`);
    for (const item of e.items) io.stderr.write(`  ${formatMissingItem(item, says)}\n`);
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
  says: string,
): DocumentLanguage {
  const lang = chooseLanguage(requested, registerLanguages);
  if (lang === undefined)
    throw new UsageError(languageProblem(requested, registerLanguages, undefined, says));
  return lang;
}
