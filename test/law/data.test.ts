import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adequacyFor, listAdequacyDecisions } from '../../src/law/adequacy.js';
import {
  authorityById,
  authorityForGermanLand,
  defaultAuthorityFor,
  hasRegionalAuthorities,
  listAuthorities,
} from '../../src/law/authorities.js';
import { consentAgeBounds, consentAgeFor, listConsentAges } from '../../src/law/consent-ages.js';
import { LAW_DATA_NAMES, lawDataPath, loadLawData } from '../../src/law/data.js';
import { canonicalCountryCode, isEea, isEu, listEeaCountries } from '../../src/law/eea.js';
import { deadlineValue } from '../../src/law/deadlines.js';
import { isDuration } from '../../src/law/duration.js';
import { listRetentionReferences, retentionReference } from '../../src/law/retention-references.js';

function rawFile(name: (typeof LAW_DATA_NAMES)[number]): unknown {
  return JSON.parse(readFileSync(lawDataPath(name), 'utf8'));
}

/** Every string value in a JSON tree, with its path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

/** Every object in a JSON tree that has a `verified` key. */
function verifiedEntries(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(verifiedEntries);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = 'verified' in record ? [record] : [];
    return [...own, ...Object.values(record).flatMap(verifiedEntries)];
  }
  return [];
}

describe('law data files', () => {
  it.each(LAW_DATA_NAMES)('%s.json has as_of (YYYY-MM-DD), source and description', (name) => {
    const file = rawFile(name) as Record<string, unknown>;
    expect(file.as_of).toMatch(/^20\d\d-[01]\d-[0-3]\d$/);
    const sources = ([] as unknown[]).concat(file.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(typeof source).toBe('string');
    expect(typeof file.description).toBe('string');
  });

  it.each(LAW_DATA_NAMES)(
    '%s.json: every URL is https and every verified flag a boolean',
    (name) => {
      const file = rawFile(name);
      const urls = strings(file).filter(
        ([path, text]) =>
          text.includes('://') || /\.(website|complaint_url|breach_notification_url)$/.test(path),
      );
      for (const [path, url] of urls) {
        expect(url, path).toMatch(/^https:\/\/[^\s]+$/);
        expect(url, path).not.toContain('...');
      }
      for (const entry of verifiedEntries(file)) expect(typeof entry.verified).toBe('boolean');
    },
  );

  it('entries marked [UNVERIFIED] carry verified: false', () => {
    for (const name of LAW_DATA_NAMES) {
      for (const entry of verifiedEntries(rawFile(name))) {
        const own = Object.values(entry)
          .filter((value) => typeof value === 'string')
          .join(' ');
        if (own.includes('[UNVERIFIED]') && entry.pending === undefined) {
          expect(entry.verified, `${name}: ${own.slice(0, 60)}`).toBe(false);
        }
      }
    }
  });

  it('loadLawData parses once and caches', () => {
    expect(loadLawData('eea')).toBe(loadLawData('eea'));
  });
});

describe('EEA (LAW.md §5.1)', () => {
  it('is EU-27 + IS, LI, NO', () => {
    const members = listEeaCountries();
    expect(members).toHaveLength(30);
    expect(members.filter((member) => member.eu)).toHaveLength(27);
    expect(members.filter((member) => !member.eu).map((member) => member.code)).toEqual([
      'IS',
      'LI',
      'NO',
    ]);
  });

  it('isEea / isEu', () => {
    expect(isEea('NO')).toBe(true);
    expect(isEu('NO')).toBe(false);
    expect(isEea('CH')).toBe(false);
    expect(isEea('GB')).toBe(false);
    expect(isEea('fr')).toBe(true);
    expect(isEu('DE')).toBe(true);
  });

  it('knows Greece under ISO (GR) and EU usage (EL)', () => {
    expect(isEea('GR')).toBe(true);
    expect(isEea('EL')).toBe(true);
    expect(canonicalCountryCode('el')).toBe('GR');
    expect(canonicalCountryCode('UK')).toBe('GB');
    expect(canonicalCountryCode('org:EPO')).toBe('org:epo');
  });
});

describe('adequacy (LAW.md §5.2)', () => {
  it('lists the 17 decisions of §5.2', () => {
    expect(listAdequacyDecisions().map((decision) => decision.country)).toEqual([
      'AD',
      'AR',
      'CA',
      'FO',
      'GG',
      'IM',
      'IL',
      'JE',
      'NZ',
      'CH',
      'UY',
      'JP',
      'KR',
      'GB',
      'US',
      'org:epo',
      'BR',
    ]);
  });

  it('US only for DPF-certified recipients', () => {
    expect(adequacyFor('US')).toBeUndefined();
    expect(adequacyFor('US', { dpfCertified: false })).toBeUndefined();
    expect(adequacyFor('US', { dpfCertified: true })?.decision).toBe(
      'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
    );
  });

  it('Canada only for commercial organisations (PIPEDA)', () => {
    expect(adequacyFor('CA')).toBeUndefined();
    expect(adequacyFor('CA', { commercialOrganisation: true })?.scope).toBe(
      'commercial-organisations',
    );
  });

  it('UK adequate until 27 Dec 2031, flagged unverified', () => {
    const uk = adequacyFor('GB');
    expect(uk?.valid_until).toBe('2031-12-27');
    expect(uk?.verified).toBe(false);
    expect(adequacyFor('UK')).toBe(uk);
    expect(adequacyFor('GB', { on: '2031-12-27' })).toBe(uk);
    expect(adequacyFor('GB', { on: '2031-12-28' })).toBeUndefined();
  });

  it('Japan with its scope; Switzerland, Brazil and the EPO; none for India or an EEA state', () => {
    expect(adequacyFor('JP')?.scope).toBe('appi-supplementary-rules');
    expect(adequacyFor('CH')?.decision).toBe('Commission Decision 2000/518/EC');
    expect(adequacyFor('BR')?.decision).toBe('Commission Implementing Decision (EU) 2026/179');
    expect(adequacyFor('org:epo')?.date).toBe('2025-07-15');
    expect(adequacyFor('IN')).toBeUndefined();
    expect(adequacyFor('FR')).toBeUndefined();
  });

  it('Korea is unverified (decision number not checked)', () => {
    expect(adequacyFor('KR')?.verified).toBe(false);
  });
});

describe('supervisory authorities (LAW.md §10)', () => {
  it('default authority per country', () => {
    expect(defaultAuthorityFor('FR')?.short).toBe('CNIL');
    expect(defaultAuthorityFor('IE')?.short).toBe('DPC');
    expect(defaultAuthorityFor('UK')?.id).toBe('uk-ico');
    expect(defaultAuthorityFor('CH')?.short).toBe('FDPIC');
    // Germany: competence depends on the Land and the sector.
    expect(defaultAuthorityFor('DE')).toBeUndefined();
  });

  it('CNIL details as in LAW.md', () => {
    const cnil = authorityById('fr');
    expect(cnil?.complaint_url).toBe('https://www.cnil.fr/fr/adresser-une-plainte');
    expect(cnil?.breach_notification_url).toBe('https://notifications.cnil.fr/notifications/');
    expect(cnil?.address).toBe('3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07');
    expect(cnil?.verified).toBe(true);
  });

  it('has the federal authority, 17 Land authorities (Bavaria has two) and the other required ids', () => {
    const ids = listAuthorities().map((authority) => authority.id);
    const lander = ids.filter((id) => id.startsWith('de-') && id !== 'de-bund');
    expect(lander).toHaveLength(17);
    for (const id of [
      'fr',
      'de-bund',
      'ie',
      'nl',
      'be',
      'es',
      'it',
      'lu',
      'at',
      'pl',
      'uk-ico',
      'ch',
    ]) {
      expect(ids).toContain(id);
    }
    for (const authority of listAuthorities()) {
      expect(authority.name.en.length).toBeGreaterThan(0);
      expect(authority.name.fr.length).toBeGreaterThan(0);
      expect(authority.languages.length).toBeGreaterThan(0);
    }
  });

  it('maps a German Land to its authority; Bavarian public bodies go to BayLfD', () => {
    expect(authorityForGermanLand('BY')?.short).toBe('BayLDA');
    expect(authorityForGermanLand('DE-BY', { publicBody: true })?.short).toBe('BayLfD');
    expect(authorityForGermanLand('nw')?.id).toBe('de-nw');
    expect(authorityForGermanLand('HE', { publicBody: true })?.id).toBe('de-he');
    expect(authorityForGermanLand('XX')).toBeUndefined();
    expect(authorityById('de-bw')?.verified).toBe(false);
  });

  it('only Germany splits competence among regional authorities, and it has no national default', () => {
    expect(hasRegionalAuthorities('DE')).toBe(true);
    expect(hasRegionalAuthorities('de')).toBe(true);
    expect(defaultAuthorityFor('DE')).toBeUndefined();
    for (const country of ['FR', 'AT', 'BE', 'IE', 'GB', 'US'])
      expect(hasRegionalAuthorities(country)).toBe(false);
  });
});

describe('retention references (LAW.md §9)', () => {
  it('has the ids of §9 with valid ISO 8601 durations', () => {
    const references = listRetentionReferences();
    expect(references).toHaveLength(36);
    for (const reference of references) {
      expect(isDuration(reference.duration), reference.id).toBe(true);
      if (reference.min !== undefined) expect(isDuration(reference.min), reference.id).toBe(true);
      expect(['law', 'cnil', 'authority']).toContain(reference.kind);
      expect(reference.from.fr.length).toBeGreaterThan(0);
    }
  });

  it('exact values', () => {
    expect(retentionReference('cnil-prospects')?.duration).toBe('P3Y');
    expect(retentionReference('cnil-candidates-not-hired')?.duration).toBe('P3M');
    expect(retentionReference('cnil-candidates-talent-pool')?.duration).toBe('P2Y');
    expect(retentionReference('fr-accounting')).toMatchObject({
      duration: 'P10Y',
      kind: 'law',
      reference: 'Code de commerce, art. L123-22',
    });
    expect(retentionReference('cnil-logs')).toMatchObject({ duration: 'P1Y', min: 'P6M' });
    expect(retentionReference('fr-e-contracts-consumers')?.verified).toBe(false);
    expect(retentionReference('cnil-cookie-choice')?.verified).toBe(false);
    expect(retentionReference('fr-payslips')?.verified).toBe(true);
    expect(retentionReference('nope')).toBeUndefined();
  });
});

describe('deadline values (LAW.md §11)', () => {
  it('values in force, with pending proposals beside them', () => {
    expect(deadlineValue('request_response_months').value).toBe(1);
    expect(deadlineValue('request_extension_months').value).toBe(2);
    expect(deadlineValue('art30_headcount_threshold').value).toBe(250);
    expect(deadlineValue('art30_headcount_threshold').pending?.proposed_value).toBe(750);
    expect(deadlineValue('breach_notification_threshold').value).toBe('risk');
  });
});

describe('consent ages (LAW.md §4.4)', () => {
  it('verified and unverified ages', () => {
    expect(consentAgeFor('FR')).toMatchObject({ age: 15, verified: true });
    expect(consentAgeFor('DK')?.age).toBe(15);
    expect(consentAgeFor('EL')).toMatchObject({ age: 15, verified: false });
    expect(consentAgeFor('NO')).toMatchObject({ age: null, verified: false });
    expect(consentAgeFor('US')).toBeUndefined();
    expect(consentAgeBounds()).toEqual({ defaultAge: 16, minimumAge: 13 });
  });

  it('covers every EEA state, within the Art. 8(1) bounds', () => {
    const countries = listConsentAges()
      .map((entry) => entry.country)
      .sort();
    expect(countries).toEqual(
      listEeaCountries()
        .map((member) => member.code)
        .sort(),
    );
    for (const entry of listConsentAges()) {
      if (entry.age !== null) {
        expect(entry.age).toBeGreaterThanOrEqual(13);
        expect(entry.age).toBeLessThanOrEqual(16);
      }
    }
  });
});
