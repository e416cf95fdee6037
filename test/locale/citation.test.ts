import { describe, expect, it } from 'vitest';
import { citeArticle } from '../../src/locale/citation.js';
import { RULES } from '../../src/rules/index.js';

describe('citeArticle', () => {
  it('cites the GDPR the way each language version is cited', () => {
    const a = 'GDPR Art. 6(1)(f), 13(1)(d)';
    expect(citeArticle(a, 'fr')).toBe('art. 6.1.f, 13.1.d du RGPD');
    expect(citeArticle(a, 'de')).toBe('Art. 6 Abs. 1 lit. f, 13 Abs. 1 lit. d DSGVO');
    expect(citeArticle(a, 'es')).toBe('artículos 6.1.f), 13.1.d) del RGPD');
    expect(citeArticle('GDPR Art. 10', 'es')).toBe('artículo 10 del RGPD');
  });

  it('writes ranges with the language’s word', () => {
    expect(citeArticle('GDPR Art. 44–49, 30(1)(e)', 'fr')).toBe('art. 44 à 49, 30.1.e du RGPD');
    expect(citeArticle('GDPR Art. 21(2)-(4)', 'de')).toBe('Art. 21 Abs. 2 bis 4 DSGVO');
    expect(citeArticle('GDPR Art. 35(3)(a)–(c)', 'fr')).toBe('art. 35.3.a à c du RGPD');
  });

  it('keeps national law and guidance as written, joined with the language’s semicolon', () => {
    expect(citeArticle('GDPR Art. 6(1), 88; § 26 BDSG', 'fr')).toBe(
      'art. 6.1, 88 du RGPD ; § 26 BDSG',
    );
    expect(citeArticle('GDPR Art. 30(1)(d), Art. 28(1)', 'fr')).toBe('art. 30.1.d, 28.1 du RGPD');
  });

  it('leaves a citation outside the house style unchanged', () => {
    expect(citeArticle('EDPB Guidelines 01/2021', 'fr')).toBe('EDPB Guidelines 01/2021');
    expect(citeArticle('GDPR Art. 6 sub 1', 'fr')).toBe('GDPR Art. 6 sub 1');
  });

  it('reads every rule’s citation: in French none keeps the English “GDPR Art.”', () => {
    for (const rule of RULES) {
      const article = rule.meta.article;
      if (article === undefined) continue;
      expect(citeArticle(article, 'fr'), rule.meta.id).not.toContain('GDPR');
    }
  });
});
