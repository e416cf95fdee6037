import { describe, expect, it } from 'vitest';
import {
  mapCountry,
  mapLegalBasis,
  mapMeasureKind,
  mapMechanism,
  mapRecipientKind,
  mapSpecialFlags,
  mapYesNo,
  parseDate,
  parseRetention,
} from '../../src/import/mappers.js';
import { slugify } from '../../src/import/build.js';

describe('legal bases in words (French and English)', () => {
  it.each([
    ["exécution d'un contrat", 'contract'],
    ['Exécution d’un contrat', 'contract'],
    ['Contrat – art. 6.1.b', 'contract'],
    ['Contract – Art. 6(1)(b)', 'contract'],
    ['legitimate interests', 'legitimate-interests'],
    ['Intérêt légitime du responsable', 'legitimate-interests'],
    ['Obligation légale (Code du travail)', 'legal-obligation'],
    ['Legal obligation', 'legal-obligation'],
    ['consentement de la personne', 'consent'],
    ['Consent', 'consent'],
    ['mission d’intérêt public', 'public-task'],
    ['Public task', 'public-task'],
    ['sauvegarde des intérêts vitaux', 'vital-interests'],
    ['Art. 6(1)(f) – balancing test done', 'legitimate-interests'],
  ])('%s → %s', (text, basis) => {
    expect(mapLegalBasis(text)).toEqual({ basis });
  });

  it('none or several bases do not map, and say which were found', () => {
    expect(mapLegalBasis('on verra')).toEqual({ basis: null, found: [] });
    expect(mapLegalBasis('legitimate interests and consent')).toEqual({
      basis: null,
      found: ['consent', 'legitimate-interests'],
    });
  });

  it('a word inside another word does not count ("contractuelles" is not "contrat")', () => {
    expect(mapLegalBasis('clauses contractuelles types').basis).toBeNull();
  });
});

describe('retention phrases → ISO 8601 duration and starting event', () => {
  it.each([
    ['5 ans', 'P5Y', null],
    ['5ans', 'P5Y', null],
    ['13 mois', 'P13M', null],
    ['1 an et 6 mois', 'P1Y6M', null],
    ['2 years, 6 months', 'P2Y6M', null],
    ['trois ans', 'P3Y', null],
    ['P10Y', 'P10Y', null],
    ['3 years after the end of the contract', 'P3Y', 'the end of the contract'],
    ['5 ans à compter du départ du salarié', 'P5Y', 'le départ du salarié'],
    [
      '3 ans à compter de la fin de la relation commerciale',
      'P3Y',
      'la fin de la relation commerciale',
    ],
    ['durée de la relation commerciale + 3 ans', 'P3Y', 'la fin de la relation commerciale'],
    ['Durée du contrat + 5 ans', 'P5Y', 'la fin du contrat'],
    ['duration of the contract + 6 years', 'P6Y', 'the end of the contract'],
    ['fin du contrat + 5 ans', 'P5Y', 'fin du contrat'],
    ['2 ans après le dernier contact', 'P2Y', 'le dernier contact'],
    ['30 jours', 'P30D', null],
  ])('%s → %s from %s', (text, duration, from) => {
    expect(parseRetention(text)).toMatchObject({ duration, from });
  });

  it('keeps a bracketed remark as the basis', () => {
    expect(parseRetention('10 ans (Code de commerce, art. L123-22)')).toEqual({
      duration: 'P10Y',
      from: null,
      remark: 'Code de commerce, art. L123-22',
    });
  });

  it.each([
    'quelques mois',
    'until unsubscribe',
    "tant que l'administration le demande",
    '5 ans max si besoin',
    '',
  ])('“%s” is not read', (text) => {
    expect(parseRetention(text)).toBeNull();
  });
});

describe('countries → ISO 3166-1 alpha-2', () => {
  it.each([
    ['États-Unis', 'US'],
    ['Etats-Unis', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['Royaume-Uni', 'GB'],
    ['UK', 'GB'],
    ['Allemagne', 'DE'],
    ['Germany', 'DE'],
    ['Inde', 'IN'],
    ['ch', 'CH'],
    ['CAN', 'CA'],
    ['Suisse', 'CH'],
  ])('%s → %s', (text, code) => {
    expect(mapCountry(text)).toBe(code);
  });

  it.each(['Atlantide', 'UE', 'EU', 'worldwide', '', 'XX'])('“%s” is no country', (text) => {
    expect(mapCountry(text)).toBeNull();
  });
});

describe('yes and no', () => {
  it.each([
    ['Oui', true],
    ['yes', true],
    ['X', true],
    ['TRUE', true],
    ['Non', false],
    ['No', false],
    ['Aucun', false],
    ['—', false],
    ['Oui : santé', true],
    ['Non – rien', false],
    ['peut-être', null],
  ])('%s → %s', (text, answer) => {
    expect(mapYesNo(text)).toBe(answer);
  });
});

describe('special categories, measure kinds, recipient kinds, transfer tools', () => {
  it('reads Art. 9, 10 and 87 flags from labels', () => {
    expect(mapSpecialFlags('Données concernant la santé')).toEqual({
      special: 'health',
      criminal: false,
      national_id: false,
    });
    expect(
      mapSpecialFlags('Données relatives à des condamnations pénales ou infractions').criminal,
    ).toBe(true);
    expect(mapSpecialFlags('Numéro de Sécurité Sociale (ou NIR)').national_id).toBe(true);
    expect(mapSpecialFlags('Contact details')).toEqual({
      special: null,
      criminal: false,
      national_id: false,
    });
  });

  it.each([
    ["Contrôle d'accès des utilisateurs", 'access-control'],
    ['Mesures de traçabilité', 'traceability'],
    ['Mesures de protection des logiciels', 'software-protection'],
    ['Sauvegarde des données', 'backups'],
    ['Chiffrement des données', 'encryption'],
    ['Contrôle des sous-traitants', 'processor-control'],
    ['Autres mesures (à préciser)', 'other'],
    ['Encryption', 'encryption'],
    ['Coffre-fort', null],
  ])('measure %s → %s', (label, kind) => {
    expect(mapMeasureKind(label)).toBe(kind);
  });

  it.each([
    ['Service interne qui traite les données', 'department'],
    ['Sous-traitants', 'processor'],
    ['Sous-traitant ultérieur', 'sub-processor'],
    ['Partenaires institutionnels ou commerciaux', 'third-party'],
    ['public authority', 'public-authority'],
    ['Internal department', 'department'],
    ['Courier Fictif', null],
  ])('recipient %s → %s', (text, kind) => {
    expect(mapRecipientKind(text)).toBe(kind);
  });

  it.each([
    ['Clauses contractuelles types', 'scc'],
    ['Standard contractual clauses (Art. 46(2)(c))', 'scc'],
    ["Décision d'adéquation (art. 45)", 'adequacy'],
    ['BCR', 'bcr'],
    ['Privacy shield', null],
  ])('transfer tool %s → %s', (text, kind) => {
    expect(mapMechanism(text)).toBe(kind);
  });
});

describe('free-text dates', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    ['12/03/2024', '2024-03-12'],
    ['12.03.24', '2024-03-12'],
    ['3 mars 2024', '2024-03-03'],
    ['1er janvier 2025', '2025-01-01'],
    ['March 3, 2024', '2024-03-03'],
    ['mars 2024', '2024-03-01'],
    ['31/02/2024', null],
    ['la semaine dernière', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe('ids', () => {
  it('slugs names, cutting long ones at a word boundary', () => {
    expect(slugify('Gestion de la paie')).toBe('gestion-de-la-paie');
    expect(slugify("État civil, identité, données d'identification, images…")).toBe(
      'etat-civil-identite-donnees-d-identification',
    );
    expect(slugify('***', 'x')).toBe('x');
  });
});
