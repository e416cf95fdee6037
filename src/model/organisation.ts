import { isEea } from '../law/eea.js';
import type { GdprConfig } from '../types/register.js';

/**
 * Art. 27: must the organisation name a representative in the Union, and has it not?
 * Established outside the EEA, no `representative`, and not a public authority or body
 * (Art. 27(2)(b)). An organisation that documented the Art. 27(2)(a) exemption switches the rule
 * off in gdpr.yaml; documents honour that choice too, so that the check and the notice agree.
 */
export function lacksRequiredRepresentative(config: GdprConfig): boolean {
  const organisation = config.organisation;
  if (isEea(organisation.country) || organisation.representative !== undefined) return false;
  if (organisation.public_body === true) return false;
  return config.rules?.['representative-required'] !== 'off';
}
