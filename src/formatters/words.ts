/**
 * What the text formats print beside the findings, in the language the findings are worded in
 * (`Diagnostic.lang`; English when absent): the article as that language cites it, the
 * severity and the summary line. JSON and SARIF keep `article` as the rules write it.
 */
import type { Diagnostic, Severity, Summary } from '../diagnostics.js';
import { citeArticle } from '../locale/citation.js';
import { FALLBACK_LANGUAGE, message } from '../locale/index.js';

/** The article of a finding, cited in the finding's language. */
export function citedArticle(d: Diagnostic): string | undefined {
  if (d.article === undefined || d.lang === undefined) return d.article;
  return citeArticle(d.article, d.lang);
}

/** The one language of a set of findings, English when they have none or several. */
export function findingsLanguage(diagnostics: readonly Diagnostic[]): string {
  const [only, ...others] = new Set(diagnostics.map((d) => d.lang ?? FALLBACK_LANGUAGE));
  return only !== undefined && others.length === 0 ? only : FALLBACK_LANGUAGE;
}

export function severityWord(lang: string, severity: Severity): string {
  return message(lang, 'problems', `summary.severity.${severity}`);
}

/** `12 problems (3 errors, 9 warnings)` in the language. */
export function summaryLine(lang: string, { errors, warnings }: Summary): string {
  return message(lang, 'problems', 'summary.line', { total: errors + warnings, errors, warnings });
}
