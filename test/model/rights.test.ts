/**
 * `rightApplicability` gives the legal bases as a list (the model does not present them); the
 * request report joins them as its language does.
 */
import { describe, expect, it } from 'vitest';
import { rightApplicability } from '../../src/model/rights.js';
import { loadRegister } from '../../src/register/load.js';
import { applicabilityWarnings } from '../../src/requests/new-request.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';

const TWO_BASES = (BASE_REGISTER['activities/customers.yaml'] ?? '').replace(
  '    legal_basis: contract\n',
  '    legal_basis: contract\n  - description: Keep the invoices\n    legal_basis: legal-obligation\n',
);

describe('RightObstacle.bases', () => {
  it('lists the bases of the activity, in the order recorded', () => {
    const root = makeRegister({ 'activities/customers.yaml': TWO_BASES });
    const activity = loadRegister(root).records.activity.get('customers')!.data;
    expect(rightApplicability('objection', activity)).toEqual({
      reason: 'objection',
      bases: ['contract', 'legal-obligation'],
    });
    expect(rightApplicability('portability', activity)).toBeUndefined();
  });

  it('is joined by each language of the report', () => {
    const root = makeRegister({ 'activities/customers.yaml': TWO_BASES });
    const register = loadRegister(root);
    expect(applicabilityWarnings(register, 'objection', ['customers'], 'en')).toEqual([
      'customers: the right to object applies to processing based on a public task or legitimate interests (Art. 21(1)), or to direct marketing (Art. 21(2)); this activity relies on contract, legal-obligation',
    ]);
    expect(applicabilityWarnings(register, 'objection', ['customers'], 'fr')).toEqual([
      'customers\u00a0: le droit d’opposition s’applique aux traitements fondés sur une mission d’intérêt public ou l’intérêt légitime (art. 21, § 1), ou à la prospection (art. 21, § 2)\u202f; ce traitement repose sur contract, legal-obligation',
    ]);
  });
});
