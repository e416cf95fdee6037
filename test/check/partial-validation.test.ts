import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import { RULES } from '../../src/rules/index.js';
import { makeRegister } from '../helpers/register.js';

/** gdpr.yaml of a public body; `organisation` lines given by the case. */
function config(organisation: string): string {
  return `version: 1
organisation:
  name: Commune d'Exemple
  address: 1 place de la Mairie, 69000 Lyon
  country: FR
${organisation}  public_body: true
rights_contact: mairie@exemple.example
supervisory_authority: fr
languages: [en]
review_every: P1Y
holidays: FR
departments:
  - { id: sales, name: Sales }
`;
}

async function findings(files: Record<string, string>) {
  const root = makeRegister(files);
  const { diagnostics, register } = await checkRegister(root, {
    today: '2026-11-23',
    now: new Date('2026-11-23T00:00:00Z'),
    cwd: root,
    rules: RULES,
  });
  return {
    register,
    shown: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`),
  };
}

describe('partial validation: a file with a schema error still gets the rules that do not read it', () => {
  it('an invalid e-mail in gdpr.yaml and no DPO: the schema error and dpo-required', async () => {
    const { shown, register } = await findings({
      'gdpr.yaml': config('  email: mairie.exemple.example\n'),
    });
    expect(shown).toEqual(['gdpr.yaml:6:10 schema', 'gdpr.yaml:7:16 dpo-required']);
    // The value is kept as written (it is required and a string): the rules see the organisation.
    expect(register.config?.data.organisation.email).toBe('mairie.exemple.example');
  });

  it('an invalid optional value is removed from what rules see, the rest stays', async () => {
    const { shown, register } = await findings({
      'gdpr.yaml': config('  email: mairie@exemple.example\n  phone: [not, a, number]\n'),
    });
    expect(shown).toEqual(['gdpr.yaml:7:10 schema', 'gdpr.yaml:8:16 dpo-required']);
    expect(register.config?.data.organisation).not.toHaveProperty('phone');
  });

  it('a DPO whose e-mail is invalid is still named: only the schema error', async () => {
    const { shown } = await findings({
      'gdpr.yaml': config(
        '  email: mairie@exemple.example\n  dpo:\n    name: Claire Martin\n    email: claire\n',
      ),
    });
    expect(shown).toEqual(['gdpr.yaml:9:12 schema']);
  });

  it('an activity with a schema error still gets the rules that read its valid parts', async () => {
    const { shown, register } = await findings({
      'activities/crm.yaml': `name: Customer relations
status: active
purposes:
  - description: Manage customer relations
    legal_basis: contract
data_subjects: [customers]
data:
  - category: contact
    retention: customers-3y
recipients: 12
`,
    });
    expect(register.records.activity.has('crm')).toBe(true);
    expect(shown).toContain('activities/crm.yaml:10:13 schema');
    expect(shown).toContain('activities/crm.yaml:1:1 security-measures-required');
  });

  it('a document with nothing usable is not handed to the rules', async () => {
    const { register, shown } = await findings({ 'activities/crm.yaml': 'just a string\n' });
    expect(register.records.activity.has('crm')).toBe(false);
    expect(shown).toEqual(['activities/crm.yaml:1:1 schema']);
  });
});
