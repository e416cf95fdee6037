import { describe, expect, it } from 'vitest';
import { lacksRequiredRepresentative } from '../../src/model/organisation.js';
import type { GdprConfig } from '../../src/types/register.js';

const org = (
  extra: Partial<GdprConfig['organisation']>,
  rules?: GdprConfig['rules'],
): GdprConfig => ({
  version: 1,
  organisation: {
    name: 'Example Inc.',
    address: '1 Main St, Springfield',
    country: 'US',
    email: 'privacy@example.example',
    ...extra,
  },
  ...(rules ? { rules } : {}),
});

describe('Art. 27: one condition for the rule and the notice', () => {
  it('a non-EEA organisation without a representative lacks one', () => {
    expect(lacksRequiredRepresentative(org({}))).toBe(true);
  });
  it('an EEA organisation needs none', () => {
    expect(lacksRequiredRepresentative(org({ country: 'FR' }))).toBe(false);
  });
  it('a public body is exempt (Art. 27(2)(b))', () => {
    expect(lacksRequiredRepresentative(org({ public_body: true }))).toBe(false);
  });
  it('a named representative satisfies it', () => {
    expect(
      lacksRequiredRepresentative(
        org({ representative: { name: 'EU Rep SARL', email: 'rep@eurep.example' } }),
      ),
    ).toBe(false);
  });
  it('a documented Art. 27(2)(a) exemption (rule off) is honoured by documents too', () => {
    expect(lacksRequiredRepresentative(org({}, { 'representative-required': 'off' }))).toBe(false);
  });
});
