import { loadLawData } from './data.js';
import type { LawDataFile } from './types.js';

/**
 * Facts about the Art. 6(1) legal bases (data/law/legal-bases.json) and the words that suggest
 * direct marketing (data/law/direct-marketing-words.json).
 */
interface LegalBasesFile extends LawDataFile {
  laid_down_by_law: { article: string; legal_bases: Record<string, string> };
  direct_marketing: { article: string; legal_bases: string[] };
}

interface MarketingWordsFile extends LawDataFile {
  words: Record<string, string[]>;
}

const file = (): LegalBasesFile => loadLawData<LegalBasesFile>('legal-bases');

/**
 * Art. 6(3): the bases that Union or Member State law must lay down, each with its words
 * (e.g. `legal-obligation` → "a legal obligation (Art. 6(1)(c))").
 */
export function basesLaidDownByLaw(): Readonly<Record<string, string>> {
  return file().laid_down_by_law.legal_bases;
}

/** Recital 47, Art. 21(2): the bases direct marketing usually relies on. */
export function directMarketingBases(): readonly string[] {
  return file().direct_marketing.legal_bases;
}

/** Accents, case and typographic apostrophes do not matter when words are compared. */
function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

let words: readonly { word: string; normalised: string }[] | undefined;

/** The words of every language that suggest direct marketing, as written and normalised. */
function directMarketingWords(): readonly { word: string; normalised: string }[] {
  if (words === undefined) {
    const file = loadLawData<MarketingWordsFile>('direct-marketing-words');
    const all = new Map<string, string>();
    for (const word of Object.values(file.words).flat()) {
      if (!all.has(normalise(word))) all.set(normalise(word), word);
    }
    words = [...all].map(([normalised, word]) => ({ word, normalised }));
  }
  return words;
}

/**
 * The first word (in any language, as data/law/direct-marketing-words.json writes it) found in
 * `texts` that suggests direct marketing, or undefined. Accents, case and apostrophes aside.
 */
export function directMarketingWordIn(texts: readonly string[]): string | undefined {
  const haystack = texts.map(normalise).join('\n');
  return directMarketingWords().find((w) => haystack.includes(w.normalised))?.word;
}
