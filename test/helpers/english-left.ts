/**
 * What is left of the English words of a report in another language's output: every English
 * message under the given key prefixes of locales/en/<domain>.json, cut at its placeholders,
 * gives the fragments that must not appear (those of two words or more, or of four letters or
 * more: short ones such as ") (" or "met" could be anyone’s).
 */
import { catalogue } from '../../src/locale/index.js';

export function englishFragments(domain: string, prefixes: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const [key, text] of Object.entries(catalogue('en', domain))) {
    if (!prefixes.some((prefix) => key.startsWith(prefix))) continue;
    let cut = text;
    // Innermost braces first, so that a plural's branches go with it.
    while (/\{[^{}]*\}/.test(cut)) cut = cut.replace(/\{[^{}]*\}/g, '\0');
    for (const part of cut.split('\0')) {
      const fragment = part.trim();
      if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(fragment) || /[A-Za-z]{4,}/.test(fragment))
        fragments.add(fragment);
    }
  }
  return [...fragments];
}

/** The English fragments of `prefixes` found, as words, in `output`: empty when none is left. */
export function englishLeft(output: string, domain: string, prefixes: readonly string[]): string[] {
  return englishFragments(domain, prefixes).filter((fragment) => {
    // As words: "item" is English, the "item" inside "traitement" is not.
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(output);
  });
}
