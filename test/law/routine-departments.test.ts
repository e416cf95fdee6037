import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRoutineDepartments, routineDepartment } from '../../src/law/routine-departments.js';

const raw = JSON.parse(
  readFileSync(new URL('../../data/law/routine-departments.json', import.meta.url), 'utf8'),
) as {
  as_of: string;
  source: string[];
  description: string;
};

describe('routine departments (Art. 30(5), WP29 position paper)', () => {
  it('records when and where the list comes from', () => {
    expect(raw.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(raw.source[0]).toContain('WP29 Position paper');
    expect(raw.source[0]).toContain('Article 30(5)');
    for (const source of raw.source.filter((s) => s.includes('://')))
      expect(source).toMatch(/^https:\/\//);
    expect(raw.description.length).toBeGreaterThan(50);
  });

  it('lists the routine departments by id, each with an English and French reason', () => {
    expect(listRoutineDepartments().map((d) => d.id)).toEqual([
      'hr',
      'sales',
      'customers',
      'customer-service',
      'support',
      'marketing',
    ]);
    for (const d of listRoutineDepartments()) {
      expect(d.reason.en.length).toBeGreaterThan(10);
      expect(d.reason.fr.length).toBeGreaterThan(10);
    }
  });

  it('finds a department by id, and nothing for others', () => {
    expect(routineDepartment('hr')?.reason.en).toBe(
      'Human resources and payroll are run for every employee, all year round.',
    );
    expect(routineDepartment('events')).toBeUndefined();
    expect(routineDepartment('HR')).toBeUndefined();
  });
});
