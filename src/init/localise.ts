/**
 * Turns the bilingual templates into the register's languages (REGISTER-FORMAT.md, "Text that
 * reaches a document is localisable"): a `{ fr, en, de, es }` map keeps the register's languages in their
 * order, and becomes a plain string when only the default language remains.
 */
import { isMap, isScalar, isSeq, visit, YAMLMap, type Document, type Node, type Pair } from 'yaml';
import { templateLanguages } from './scaffold-data.js';

function languageOf(pair: Pair): string | undefined {
  return isScalar(pair.key) &&
    typeof pair.key.value === 'string' &&
    templateLanguages().includes(pair.key.value)
    ? pair.key.value
    : undefined;
}

/** A map of template language → string (Text) or → list of strings (TextList). */
export function isTemplateText(node: unknown): node is YAMLMap {
  return (
    isMap(node) &&
    node.items.length > 0 &&
    node.items.every(
      (pair) =>
        languageOf(pair) !== undefined &&
        (isScalar(pair.value) ||
          (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item)))),
    )
  );
}

/**
 * The languages of `languages` the text has, in register order; when it has none of them,
 * English (then the first it has) so that the file stays valid and `gdpr check` reports the
 * missing translations.
 */
function keptLanguages(text: YAMLMap, languages: readonly string[]): string[] {
  const available = text.items.flatMap((pair) => languageOf(pair) ?? []);
  const kept = languages.filter((lang) => available.includes(lang));
  if (kept.length > 0) return kept;
  return available.includes('en') ? ['en'] : available.slice(0, 1);
}

function valueFor(text: YAMLMap, lang: string): Pair {
  const pair = text.items.find((item) => languageOf(item) === lang);
  if (!pair) throw new Error(`template text has no "${lang}" entry`);
  return pair;
}

/** Localises every template text of the document in place. */
export function localiseDocument(doc: Document, languages: readonly string[]): void {
  visit(doc, {
    Map(_key, node) {
      if (!isTemplateText(node)) return undefined;
      const kept = keptLanguages(node, languages);
      const only = kept.length === 1 ? kept[0] : undefined;
      if (only !== undefined && only === languages[0]) {
        const value = valueFor(node, only).value as Node;
        if (node.commentBefore) value.commentBefore = node.commentBefore;
        return value;
      }
      node.items = kept.map((lang) => valueFor(node, lang));
      return visit.SKIP;
    },
  });
}

/** One string from a template text, in the first register language it has (for plain-string fields such as `notes`). */
export function pickText(node: unknown, languages: readonly string[]): string | undefined {
  if (isScalar(node)) return String(node.value);
  if (!isTemplateText(node)) return undefined;
  const lang = keptLanguages(node, languages)[0];
  if (lang === undefined) return undefined;
  const value = valueFor(node, lang).value;
  return isScalar(value) ? String(value.value) : undefined;
}
