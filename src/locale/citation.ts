/**
 * How a language cites the GDPR. The rules name their source in one house style, in English
 * (`GDPR Art. 6(1)(f), 13(1)(d)`); a finding worded in another language cites it the way that
 * language's version of the Regulation is cited (`art. 6.1.f, 13.1.d du RGPD`, `Art. 6 Abs. 1
 * lit. f, 13 Abs. 1 lit. d DSGVO`, `artículos 6.1.f), 13.1.d) del RGPD`), with the words of
 * `citation` in `locales/<lang>/words.json`. Other sources in the same citation (national law
 * after a `;`, a CJEU case, a regulator's guidance) are kept as written. A citation outside the
 * house style is returned unchanged rather than guessed at.
 */
import { formatMessage, rawMessage } from './index.js';

const WORDS = 'words';
const GDPR = /^GDPR Arts?\. (.+)$/;
/** `6`, `6(1)`, `6(1)(f)`, and a range to a number, a paragraph or a point: `44–49`, `21(2)-(4)`. */
const REFERENCE =
  /^(?:Art\. )?(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(?:\s*[-–]\s*(?:(\d+)|\((\d+|[a-z])\)))?$/;

function word(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const raw = rawMessage(lang, WORDS, `citation.${key}`);
  if (raw === undefined) throw new Error(`locales/en/${WORDS}.json has no key "citation.${key}"`);
  return formatMessage(raw, lang, values);
}

function reference(text: string, lang: string): string | undefined {
  const m = REFERENCE.exec(text);
  if (m === null) return undefined;
  const [, article, paragraph, point, toArticle, toPart] = m;
  let out = article ?? '';
  if (paragraph !== undefined) out += word(lang, 'paragraph', { n: paragraph });
  if (point !== undefined) out += word(lang, 'point', { p: point });
  const to = toArticle ?? toPart;
  if (to !== undefined) out += `${word(lang, 'range')}${to}`;
  return out;
}

function gdprSegment(segment: string, lang: string): string {
  const m = GDPR.exec(segment);
  if (m === null) return segment;
  const parts = (m[1] ?? '').split(', ').map((r) => reference(r.trim(), lang));
  if (parts.some((p) => p === undefined)) return segment;
  return word(lang, 'gdpr', {
    refs: parts.join(word(lang, 'list')),
    count: parts.length,
  });
}

/** A rule's citation (house style, English) as the given language cites it. */
export function citeArticle(article: string, lang: string): string {
  const semicolon = rawMessage(lang, WORDS, 'typography.semicolon') ?? '; ';
  return article
    .split('; ')
    .map((segment) => gdprSegment(segment, lang))
    .join(semicolon);
}
