import { describe, expect, it } from 'vitest';
import { assessBreach, type BreachAssessmentInput } from '../../src/breach/assess.js';
import {
  anyVulnerable,
  assessedCategories,
  assessedCategory,
  formatCount,
  parseCount,
} from '../../src/breach/categories.js';
import { rawMessage } from '../../src/locale/index.js';
import {
  REASON_IDS,
  reasonLanguage,
  reasonText,
  reasonTexts,
  type ReasonId,
  type ReasonValues,
} from '../../src/breach/reasons.js';
import type { DataCategory, DataSubject } from '../../src/types/register.js';
import {
  CASE_DATA_CATEGORIES,
  CASE_DATA_SUBJECTS,
  EDPB_CASES,
  SOURCES,
  type EdpbCase,
} from './edpb-cases.js';

const CATEGORIES = new Map<string, { data: DataCategory }>(
  CASE_DATA_CATEGORIES.map((c) => [c.id, { data: c }]),
);
const SUBJECTS = new Map<string, { data: DataSubject }>(
  CASE_DATA_SUBJECTS.map((s) => [s.id, { data: s }]),
);
const AWARE = '2026-03-14T09:30:00+01:00';
/** The decision holds reason codes; these write them as the edge does. */
const en = (decision: { reasons: Parameters<typeof reasonTexts>[0] }) =>
  reasonTexts(decision.reasons, 'en');
const fr = (decision: { reasons: Parameters<typeof reasonTexts>[0] }) =>
  reasonTexts(decision.reasons, 'fr');
function reason(id: ReasonId, values?: ReasonValues) {
  const r = values === undefined ? { id } : { id, values };
  return { id, en: reasonText(r, 'en'), fr: reasonText(r, 'fr') };
}
const NOW = new Date('2026-03-14T11:30:00+01:00');

function inputOf(
  incident: EdpbCase['incident'],
  extra: Partial<BreachAssessmentInput> = {},
): BreachAssessmentInput {
  const input: BreachAssessmentInput = {
    types: incident.types,
    data_categories: assessedCategories(incident.data_categories, CATEGORIES),
    vulnerable_subjects: anyVulnerable(incident.data_subjects, SUBJECTS),
    discovered_at: AWARE,
    now: NOW,
    ...extra,
  };
  if (incident.cause !== undefined) input.cause = incident.cause;
  if (incident.role !== undefined) input.role = incident.role;
  if (incident.subjects_count !== undefined) input.subjects_count = incident.subjects_count;
  if (incident.facts !== undefined) input.facts = incident.facts;
  return input;
}

describe('the EDPB Guidelines 01/2021 cases', () => {
  it('has the 18 cases, numbered in order', () => {
    expect(EDPB_CASES.map((c) => c.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => `CASE-${String(i + 1).padStart(2, '0')}`),
    );
    // Only case 01 was read in the EDPB's words; these rest on the two GitHub write-ups alone.
    expect(EDPB_CASES.filter((c) => c.checked === 'edpb-text').map((c) => c.id)).toEqual([
      'CASE-01',
    ]);
    expect(EDPB_CASES.filter((c) => c.checked === 'github').map((c) => c.id)).toEqual([
      'CASE-04',
      'CASE-05',
      'CASE-06',
      'CASE-07',
      'CASE-08',
      'CASE-10',
      'CASE-11',
      'CASE-12',
      'CASE-15',
      'CASE-17',
    ]);
  });

  it('names its sources, and every source it lists is used', () => {
    for (const c of EDPB_CASES) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(Object.keys(SOURCES), c.id).toContain(s);
      // A case is no better checked than its best source.
      const best = c.sources.includes('edpb-v2-text')
        ? 'edpb-text'
        : c.sources.some((s) => !s.startsWith('github-'))
          ? 'law-firm'
          : 'github';
      expect(c.checked, c.id).toBe(best);
    }
    expect(new Set(EDPB_CASES.flatMap((c) => c.sources))).toEqual(new Set(Object.keys(SOURCES)));
  });

  it('case 15 is documented only: the list went to a few people told at once to delete it', () => {
    const decision = assessBreach(inputOf(EDPB_CASES[14]!.incident));
    expect(en(decision)).toEqual([
      'Personal data were disclosed to a recipient who should not have them: a risk for the people (Art. 33(1); EDPB Guidelines 01/2021, case 16).',
      'The data were recovered or deleted before they could be misused and are not sensitive: the breach is unlikely to result in a risk (EDPB Guidelines 01/2021, cases 13 and 15).',
      'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).',
    ]);
    // Left with the recipients, the same list is a risk to notify (as case 16).
    expect(
      assessBreach(
        inputOf({
          ...EDPB_CASES[14]!.incident,
          facts: { exfiltrated: false, recipient_trusted: false, data_retrieved: 'unknown' },
        }),
      ).risk,
    ).toBe('risk');
  });

  for (const c of EDPB_CASES) {
    const answer = `${c.edpb.notify_authority ? 'notify the SA' : 'no SA'}, ${c.edpb.notify_subjects ? 'tell the people' : 'no communication'}`;
    it(`${c.id} ${c.title}: ${answer}${c.checked === 'github' ? ' (secondary sources only)' : ''}`, () => {
      const decision = assessBreach(inputOf(c.incident));
      expect({
        notify_authority: decision.notify_authority,
        notify_subjects: decision.notify_subjects,
      }).toEqual({
        notify_authority: c.edpb.notify_authority,
        notify_subjects: c.edpb.notify_subjects,
      });
      expect(decision.risk).toBe(
        c.edpb.notify_subjects ? 'high' : c.edpb.notify_authority ? 'risk' : 'none',
      );
      expect(decision.exemption).toBeNull();
    });
  }

  it('explains case 01 with the guidance it follows', () => {
    const decision = assessBreach(inputOf(EDPB_CASES[0]!.incident));
    expect(en(decision)).toEqual([
      'The data were protected by state-of-the-art encryption whose key was not compromised: they are unintelligible to whoever holds them, so the confidentiality breach is unlikely to result in a risk (Art. 34(3)(a); EDPB Guidelines 01/2021, cases 01, 06 and 10).',
      'Availability was restored from a backup within 4 h, without lasting effect on the people: unlikely to result in a risk (EDPB Guidelines 01/2021, case 01).',
      'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).',
    ]);
  });

  it('explains case 12 by the special-category data and the vulnerable patients', () => {
    const decision = assessBreach(inputOf(EDPB_CASES[11]!.incident));
    expect(en(decision)).toContain(
      'Confidentiality breach of special-category data (Art. 9: health): the EDPB considers damage likely (Guidelines 9/2022, §IV).',
    );
    expect(en(decision)).toContain(
      'The people affected include vulnerable people: the EDPB raises the severity (Guidelines 9/2022, §IV).',
    );
    expect(en(decision).at(-1)).toBe(
      'Likely to result in a high risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)) and tell the people without undue delay (Art. 34(1)).',
    );
  });
});

describe('edge cases', () => {
  const stolenLaptop: EdpbCase['incident'] = {
    types: ['confidentiality'],
    cause: 'theft',
    data_categories: ['identity', 'contact'],
    data_subjects: ['customers'],
    subjects_count: 300,
    facts: { encrypted: true, key_compromised: true, exfiltrated: true },
  };

  it('encryption with a compromised key does not protect: a stolen laptop is a high risk', () => {
    const decision = assessBreach(inputOf(stolenLaptop));
    expect([decision.risk, decision.notify_authority, decision.notify_subjects]).toEqual([
      'high',
      true,
      true,
    ]);
    expect(en(decision)[0]).toBe(
      'The data were encrypted but the key was compromised too: encryption no longer makes them unintelligible (Art. 34(3)(a); EDPB Guidelines 9/2022, §IV).',
    );
  });

  it('encryption with a key not known to be safe, on a lost device: a risk to complete in phases', () => {
    const decision = assessBreach(
      inputOf({
        ...stolenLaptop,
        cause: 'lost-device',
        facts: { encrypted: true, key_compromised: 'unknown', exfiltrated: 'unknown' },
      }),
    );
    expect([decision.risk, decision.notify_authority, decision.notify_subjects]).toEqual([
      'risk',
      true,
      false,
    ]);
    expect(en(decision).slice(0, 2)).toEqual([
      'The data were encrypted but the key is not known to be safe: encryption cannot be relied on until it is (Art. 34(3)(a)).',
      'Exfiltration is not ruled out: treat the data as possibly in unauthorised hands until the investigation shows otherwise, and complete the notification in phases (Art. 33(4); EDPB Guidelines 01/2021, §19).',
    ]);
  });

  const outage: EdpbCase['incident'] = {
    types: ['availability'],
    cause: 'system-failure',
    data_categories: ['identity', 'contact'],
    data_subjects: ['customers'],
    subjects_count: 5000,
    facts: { backup_available: true, restored_within_hours: 3 },
  };

  it('an availability loss restored within hours from a backup: no risk, nothing to notify', () => {
    const decision = assessBreach(inputOf(outage));
    expect({
      ...decision,
      reasons: en(decision),
      reasonsByLanguage: { en: en(decision), fr: fr(decision) },
    }).toEqual({
      risk: 'none',
      notify_authority: false,
      notify_subjects: false,
      exemption: null,
      deadline: '2026-03-17T09:30:00+01:00',
      hours_left: 70,
      reasons: [
        'Availability was restored from a backup within 3 h, without lasting effect on the people: unlikely to result in a risk (EDPB Guidelines 01/2021, case 01).',
        'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).',
      ],
      reasonsByLanguage: {
        en: [
          'Availability was restored from a backup within 3 h, without lasting effect on the people: unlikely to result in a risk (EDPB Guidelines 01/2021, case 01).',
          'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).',
        ],
        fr: [
          'La disponibilité a été rétablie à partir d’une sauvegarde en 3 h au plus, sans effet durable pour les personnes : violation peu susceptible d’engendrer un risque (lignes directrices 01/2021 du CEPD, cas n° 01).',
          'Violation peu susceptible d’engendrer un risque : pas de notification ; documenter la violation et ce raisonnement dans le registre (art. 33.5).',
        ],
      },
    });
  });

  it('the same outage at a processor: notify the controller (Art. 33(2)), never the people directly', () => {
    const decision = assessBreach(inputOf({ ...outage, role: 'processor' }));
    expect(decision.risk).toBe('none');
    expect(decision.notify_controller).toBe(true);
    expect(decision.notify_authority).toBe(true);
    expect(decision.notify_subjects).toBe(false);
    expect(en(decision).at(-1)).toBe(
      'As processor, notify the controller without undue delay, whatever the risk (Art. 33(2)): the controller assesses the breach and decides on notifying the authority and the people; the assessment above is for its information. Its 72 hours start when it is informed.',
    );
  });

  it('the same outage lasting 30 h without a backup is a risk; for vulnerable people, a high one', () => {
    const long = { ...outage, facts: { backup_available: false, restored_within_hours: 30 } };
    expect(assessBreach(inputOf(long)).risk).toBe('risk');
    expect(
      assessBreach(inputOf({ ...long, facts: { ...long.facts, vulnerable_subjects: true } })).risk,
    ).toBe('high');
    // The incident's own fact wins over the catalogue flag (patients are flagged vulnerable there).
    expect(
      assessBreach(
        inputOf({
          ...long,
          data_subjects: ['patients'],
          facts: { ...long.facts, vulnerable_subjects: false },
        }),
      ).risk,
    ).toBe('risk');
    expect(assessBreach(inputOf({ ...long, data_subjects: ['patients'] })).risk).toBe('high');
  });

  const payslips: EdpbCase['incident'] = {
    types: ['confidentiality'],
    cause: 'misdelivery',
    data_categories: ['identity', 'nir', 'bank-details'],
    data_subjects: ['employees'],
    subjects_count: 6,
    facts: { exfiltrated: false, recipient_trusted: true, data_retrieved: true },
  };

  it('a trusted recipient and retrieved data lower the level one step: sensitive data stay a risk', () => {
    const decision = assessBreach(inputOf(payslips));
    expect([decision.risk, decision.notify_authority, decision.notify_subjects]).toEqual([
      'risk',
      true,
      false,
    ]);
    expect(en(decision)).toContain(
      'The recipient is trusted and the data were retrieved or deleted: the severity drops one level (EDPB Guidelines 9/2022, §IV; 01/2021, case 09).',
    );
    expect(
      assessBreach(inputOf({ ...payslips, data_categories: ['identity', 'contact'] })).risk,
    ).toBe('none');
  });

  it('a trusted recipient without retrieval: a high risk becomes a risk', () => {
    expect(
      assessBreach(
        inputOf({
          ...payslips,
          facts: { exfiltrated: false, recipient_trusted: true, data_retrieved: false },
        }),
      ).risk,
    ).toBe('risk');
  });

  it('data recovered before misuse from an untrusted party: high risk, but the people need not be told (Art. 34(3)(b))', () => {
    const decision = assessBreach(
      inputOf({
        ...stolenLaptop,
        facts: { encrypted: false, exfiltrated: true, data_retrieved: true },
      }),
    );
    expect(decision).toMatchObject({
      risk: 'high',
      notify_authority: true,
      notify_subjects: false,
      exemption: 'mitigated',
    });
    expect(en(decision).at(-1)).toBe(
      'High risk, mitigated: notify the supervisory authority within 72 hours of awareness (Art. 33(1)); the people need not be told (Art. 34(3)(b)).',
    );
  });

  it('disproportionate effort: the people are told by a public communication (Art. 34(3)(c))', () => {
    const decision = assessBreach(
      inputOf(EDPB_CASES[10]!.incident, { disproportionate_effort: true }),
    );
    expect(decision).toMatchObject({
      risk: 'high',
      notify_subjects: true,
      exemption: 'disproportionate-effort',
    });
    // No effect when there is nobody to tell.
    expect(assessBreach(inputOf(outage, { disproportionate_effort: true })).exemption).toBeNull();
  });

  it('a ransomware with exfiltration not ruled out on health data: a risk, flagged to reassess', () => {
    const decision = assessBreach(
      inputOf({
        types: ['confidentiality'],
        cause: 'ransomware',
        data_categories: ['health'],
        data_subjects: ['customers'],
        facts: { exfiltrated: 'unknown' },
      }),
    );
    expect(decision.risk).toBe('risk');
    expect(en(decision)).toContain(
      'If exfiltration is confirmed, the sensitivity of the data makes the risk high: reassess then (Art. 34(1)).',
    );
  });

  it('10,000 people or more whose identifying data were mis-sent: high', () => {
    const mailing: EdpbCase['incident'] = {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact'],
      data_subjects: ['customers'],
      subjects_count: { min: 12000, max: 15000 },
      facts: { exfiltrated: false, recipient_trusted: false },
    };
    const decision = assessBreach(inputOf(mailing));
    expect(decision.risk).toBe('high');
    expect(en(decision)).toContain(
      'At least 12,000 people are affected: the number of people raises the severity (EDPB Guidelines 9/2022, §IV).',
    );
    expect(assessBreach(inputOf({ ...mailing, subjects_count: 9999 })).risk).toBe('risk');
  });

  it('no data category recorded: says so first and assumes the data identify people', () => {
    const decision = assessBreach(
      inputOf({
        types: ['confidentiality'],
        cause: 'hacking',
        data_categories: [],
        facts: { exfiltrated: true },
      }),
    );
    expect(decision.risk).toBe('high');
    expect(en(decision)[0]).toBe(
      'No data category is recorded: the assessment assumes the data identify people (Art. 33(3)(a)); record them and assess again.',
    );
  });

  it('an accidental exposure nobody accessed is unlikely to result in a risk; an attacker with access is a risk', () => {
    const exposed: EdpbCase['incident'] = {
      types: ['confidentiality'],
      cause: 'misconfiguration',
      data_categories: ['identity'],
      facts: { exfiltrated: false },
    };
    expect(assessBreach(inputOf(exposed)).risk).toBe('none');
    expect(assessBreach(inputOf({ ...exposed, cause: 'hacking' })).risk).toBe('risk');
  });

  it('counts the hours left to the deadline, negative once passed', () => {
    const late = assessBreach(inputOf(outage, { now: new Date('2026-03-17T14:45:00+01:00') }));
    expect(late.deadline).toBe('2026-03-17T09:30:00+01:00');
    expect(late.hours_left).toBe(-5.3);
  });
});

describe('the reasons in both languages', () => {
  // English citation forms that must not appear in French text, and the reverse.
  const ENGLISH =
    /\bArt\. \d|Guidelines|Recital|EDPB|\d\([0-9a-z]\)|\b(the|is|are|were|not|and|of)\b/;
  const FRENCH = /\bart\. \d+\.\d|lignes directrices|CEPD|considérant|\b(les|des|est|sont|une)\b/;
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const textsOf = (id: string) => ({
    en: rawMessage('en', 'breach', `reason.${id}`) ?? '',
    fr: rawMessage('fr', 'breach', `reason.${id}`) ?? '',
  });

  it('every sentence of the table has both languages, the same placeholders and the citation style of its language', () => {
    for (const [id, texts] of REASON_IDS.map((id) => [id, textsOf(id)] as const)) {
      expect(placeholders(texts.fr), id).toEqual(placeholders(texts.en));
      expect(texts.fr, id).not.toMatch(ENGLISH);
      expect(texts.en, id).not.toMatch(FRENCH);
      expect(texts.fr, id).toMatch(/ : /);
    }
    expect(REASON_IDS).toHaveLength(40);
  });

  it('each decision gives the same reasons in English (`reasons`) and in French, sentence for sentence', () => {
    for (const c of EDPB_CASES) {
      const decision = assessBreach(inputOf(c.incident));
      expect(en(decision), c.id).toHaveLength(decision.reasons.length);
      expect(fr(decision), c.id).toHaveLength(decision.reasons.length);
      for (const text of fr(decision)) expect(text, c.id).not.toMatch(ENGLISH);
    }
  });

  it('explains case 12 (stolen paper logbook of a rehabilitation centre, no copy) in French, with the French citations', () => {
    expect(fr(assessBreach(inputOf(EDPB_CASES[11]!.incident)))).toEqual([
      'Violation de la confidentialité de données sensibles (art. 9 : health) : le CEPD considère qu’un dommage est probable (lignes directrices 9/2022, section IV).',
      'Des données permettant d’identifier les personnes ont été emportées par un tiers inconnu agissant dans une intention malveillante (exfiltration ou vol) : elles peuvent servir à l’hameçonnage, à la fraude ou à l’usurpation d’identité (lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 05 et 11).',
      'Des personnes vulnérables figurent parmi les personnes concernées : le CEPD considère que la gravité s’en trouve accrue (lignes directrices 9/2022, section IV).',
      'Aucune sauvegarde exploitable : les données sont perdues ou doivent être reconstituées, une perte de disponibilité susceptible d’avoir des conséquences pour les personnes (lignes directrices 01/2021 du CEPD, cas n° 02).',
      'Les données indisponibles sont des données sensibles ou concernent des personnes vulnérables : leur indisponibilité peut mettre des personnes en danger (soins retardés, droits entravés), ce qui constitue un risque élevé (lignes directrices 01/2021 du CEPD, cas n° 03).',
      'Violation susceptible d’engendrer un risque élevé : notifier l’autorité de contrôle dans les 72 heures après en avoir pris connaissance (art. 33.1) et informer les personnes concernées dans les meilleurs délais (art. 34.1).',
    ]);
  });

  it('writes numbers as each language does, and names categories by their label when they carry one', () => {
    expect(reason('large-number-of-people', { people: 12000 })).toEqual({
      id: 'large-number-of-people',
      en: 'At least 12,000 people are affected: the number of people raises the severity (EDPB Guidelines 9/2022, §IV).',
      fr: 'Au moins 12 000 personnes sont concernées : leur nombre accroît la gravité (lignes directrices 9/2022 du CEPD, section IV).',
    });
    expect(reason('availability-restored-quickly', { hours: 1.5 }).fr).toBe(
      'La disponibilité a été rétablie à partir d’une sauvegarde en 1,5 h au plus, sans effet durable pour les personnes : violation peu susceptible d’engendrer un risque (lignes directrices 01/2021 du CEPD, cas n° 01).',
    );
    const bank = { id: 'bank-details', label: { en: 'Bank details', fr: 'Coordonnées bancaires' } };
    expect(reason('financial-data-exposed', { categories: [bank, { id: 'payroll' }] }).fr).toBe(
      'Des données financières ont été exposées (Coordonnées bancaires, payroll) : risque de fraude et de perte financière (considérant 85 ; lignes directrices 9/2022 du CEPD, section IV ; 01/2021, cas n° 07).',
    );
    expect(() => reason('large-number-of-people')).toThrow('needs {people}');
  });

  it('are shown in the first register language that has words (as documents), else in English', () => {
    expect(reasonLanguage(['fr', 'en'])).toBe('fr');
    expect(reasonLanguage(['en', 'fr'])).toBe('en');
    expect(reasonLanguage(['de', 'fr'])).toBe('fr'); // the first register language with words, as for documents
    expect(reasonLanguage(['de'])).toBe('en');
    expect(reasonLanguage(undefined)).toBe('en');
  });
});

describe('data categories and counts', () => {
  it('reads the catalogue flags and recognises financial data, identity documents and credentials by id', () => {
    expect(assessedCategory('health', { id: 'health', name: 'Health', special: 'health' })).toEqual(
      { id: 'health', special: 'health', kinds: ['special'] },
    );
    expect(assessedCategory('nir', { id: 'nir', name: 'NIR', national_id: true })).toEqual({
      id: 'nir',
      national_id: true,
      kinds: ['national-id'],
    });
    expect(
      assessedCategory('criminal-records', {
        id: 'criminal-records',
        name: 'Criminal records',
        criminal: true,
      }).kinds,
    ).toEqual(['criminal']);
    expect(assessedCategory('bank-details', undefined).kinds).toEqual(['financial']);
    expect(assessedCategory('economic-financial', undefined).kinds).toEqual(['financial']);
    expect(assessedCategory('passport-scans', undefined).kinds).toEqual(['identity-document']);
    expect(assessedCategory('account-credentials', undefined).kinds).toEqual(['credentials']);
    expect(assessedCategory('internet-cookies', undefined).kinds).toEqual(['pseudonymous']);
    expect(assessedCategory('professional-life', undefined).kinds).toEqual([]);
  });

  it('parses and words approximate numbers (Art. 33(3)(a))', () => {
    expect(parseCount('120')).toBe(120);
    expect(parseCount(' 100-500 ')).toEqual({ min: 100, max: 500 });
    expect(parseCount('1000+')).toEqual({ min: 1000 });
    expect(parseCount('unknown')).toBe('unknown');
    expect(parseCount('500-100')).toBe('the range 500-100 ends below its start');
    expect(parseCount('many')).toBe(
      'give a number (120), a range (100-500), a lower bound (1000+) or "unknown"',
    );
    expect(formatCount({ min: 1000, max: 5000 }, 'en')).toBe('1,000 to 5,000');
    expect(formatCount({ min: 1000, max: 5000 }, 'fr')).toBe('de 1 000 à 5 000');
    expect(formatCount({ min: 100 }, 'fr')).toBe('au moins 100');
    expect(formatCount('unknown', 'fr')).toBe('inconnu');
  });
});
