import { localeLanguages } from '../../src/locale/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDuration } from 'tinyduration';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parse, parseDocument, visit } from 'yaml';
import { listRetentionReferences } from '../../src/law/retention-references.js';
import {
  listDepartments,
  listSectors,
  noticeTemplates,
  SCAFFOLD_DIR,
} from '../../src/init/scaffold-data.js';

function catalog<T>(name: string): T[] {
  return parse(readFileSync(join(SCAFFOLD_DIR, 'catalog', `${name}.yaml`), 'utf8')) as T[];
}

/** Months in a duration of years and months (every reference period is one). */
function months(duration: string): number {
  const d = parseDuration(duration);
  if (d.weeks || d.days || d.hours || d.minutes || d.seconds)
    throw new Error(`unexpected duration ${duration}`);
  return (d.years ?? 0) * 12 + (d.months ?? 0);
}

describe('scaffold templates (data/scaffold)', () => {
  it('offers the seven sectors, each with an activity template', () => {
    expect(listSectors().map((s) => s.id)).toEqual([
      'recruitment',
      'hr-payroll',
      'customers',
      'prospects-newsletter',
      'website-analytics',
      'video-surveillance',
      'suppliers',
    ]);
    expect(readdirSync(join(SCAFFOLD_DIR, 'activities')).sort()).toEqual(
      listSectors()
        .map((s) => `${s.id}.yaml`)
        .sort(),
    );
  });

  it('has every template text in fr and en (and only languages of locales/), and parses without error', () => {
    const files = [
      'sectors.yaml',
      'departments.yaml',
      'notices.yaml',
      ...readdirSync(join(SCAFFOLD_DIR, 'catalog')).map((f) => `catalog/${f}`),
      ...readdirSync(join(SCAFFOLD_DIR, 'activities')).map((f) => `activities/${f}`),
    ];
    const wrong: string[] = [];
    for (const file of files) {
      const doc = parseDocument(readFileSync(join(SCAFFOLD_DIR, file), 'utf8'), {
        uniqueKeys: true,
      });
      expect(doc.errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
      visit(doc, {
        Map(_key, node) {
          const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?'));
          if (
            (keys.includes('fr') || keys.includes('en')) &&
            (!keys.includes('fr') ||
              !keys.includes('en') ||
              keys.some((k) => !localeLanguages().includes(k)))
          )
            wrong.push(`${file}: ${keys.join(', ')}`);
          if (isMap(node) && keys.some((k) => /\s/.test(k)))
            wrong.push(`${file}: key with a space (unquoted comma?): ${keys.join(' | ')}`);
        },
      });
    }
    expect(wrong).toEqual([]);
  });

  it('lists the CNIL data categories with one entry per Art. 9 category, criminal data and the NIR', () => {
    const categories = catalog<{
      id: string;
      special?: string;
      criminal?: boolean;
      national_id?: boolean;
    }>('data-categories');
    expect(categories.filter((c) => c.special).map((c) => [c.id, c.special])).toEqual([
      ['racial-ethnic-origin', 'racial-ethnic-origin'],
      ['political-opinions', 'political-opinions'],
      ['religious-beliefs', 'religious-beliefs'],
      ['trade-union', 'trade-union'],
      ['genetic', 'genetic'],
      ['biometric', 'biometric'],
      ['health', 'health'],
      ['sex-life', 'sex-life'],
    ]);
    expect(categories.filter((c) => c.criminal === true).map((c) => c.id)).toEqual([
      'criminal-records',
    ]);
    expect(categories.filter((c) => c.national_id === true).map((c) => c.id)).toEqual(['nir']);
    for (const id of [
      'identity',
      'personal-life',
      'professional-life',
      'economic-financial',
      'connection-data',
      'location',
      'internet-cookies',
      'images',
    ]) {
      expect(categories.map((c) => c.id)).toContain(id);
    }
  });

  it('gives every retention rule a built-in reference and never a longer period than it', () => {
    const rules = catalog<{
      id: string;
      duration: string;
      from: unknown;
      then: string;
      basis: unknown;
      reference: string;
    }>('retention');
    const references = new Map(listRetentionReferences().map((r) => [r.id, r.duration]));
    expect(rules.map((r) => [r.reference, r.duration])).toEqual([
      ['cnil-prospects', 'P3Y'],
      ['cnil-customers-prospecting', 'P3Y'],
      ['cnil-candidates-not-hired', 'P3M'],
      ['cnil-candidates-talent-pool', 'P2Y'],
      ['fr-accounting', 'P10Y'],
      ['fr-tax', 'P6Y'],
      ['fr-commercial-contracts', 'P5Y'],
      ['fr-payslips', 'P5Y'],
      ['fr-personnel-register', 'P5Y'],
      ['fr-employee-file', 'P5Y'],
      ['fr-social-charges', 'P3Y'],
      ['cnil-badge-movements', 'P3M'],
      ['cnil-working-time', 'P5Y'],
      ['cnil-video', 'P1M'],
      ['cnil-geolocation', 'P2M'],
      ['cnil-call-recordings', 'P6M'],
      ['cnil-logs', 'P6M'],
      ['cnil-card-data-disputes', 'P13M'],
      ['cnil-audience-trackers', 'P13M'],
      ['cnil-audience-data', 'P25M'],
    ]);
    for (const rule of rules) {
      const reference = references.get(rule.reference);
      expect(reference, `${rule.id}: unknown reference ${rule.reference}`).toBeDefined();
      expect(months(rule.duration), `${rule.id} exceeds ${rule.reference}`).toBeLessThanOrEqual(
        months(reference!),
      );
      expect(rule.then).toBe('delete');
      expect(rule.from).toBeDefined();
      expect(rule.basis).toBeDefined();
    }
  });

  it('lists the CNIL security measures', () => {
    expect(catalog<{ id: string }>('security-measures').map((m) => m.id)).toEqual([
      'access-control',
      'authentication',
      'traceability',
      'software-protection',
      'backups',
      'encryption-at-rest',
      'encryption-in-transit',
      'processor-control',
      'staff-awareness',
      'physical-security',
    ]);
  });

  it('has a notice template for every data subject and a department for every one the activities name', () => {
    const subjects = catalog<{ id: string }>('data-subjects').map((s) => s.id);
    expect(Object.keys(noticeTemplates())).toEqual(subjects);
    const departments = listDepartments().map((d) => d.id);
    for (const sector of listSectors()) {
      const activity = parse(
        readFileSync(join(SCAFFOLD_DIR, 'activities', `${sector.id}.yaml`), 'utf8'),
      ) as {
        department: string;
        recipients: { department?: string; party?: string }[];
        data_subjects: string[];
      };
      expect(departments, sector.id).toContain(activity.department);
      for (const r of activity.recipients) {
        // Recipients are departments only: the user adds the processors (parties).
        expect(r.party, sector.id).toBeUndefined();
        expect(departments, sector.id).toContain(r.department);
      }
      for (const s of activity.data_subjects) expect(subjects, sector.id).toContain(s);
    }
  });
});
