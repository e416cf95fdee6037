/** A small register for the breach commands: sensitive categories, vulnerable people, a processor activity. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { makeRegister } from '../helpers/register.js';

export const BREACH_REGISTER_FILES: Readonly<Record<string, string>> = {
  'catalog/data-categories.yaml': `- id: identity
  name: Identity
- id: contact
  name: Contact details
- id: health
  name: Health data
  special: health
- id: bank-details
  name: Bank details
- id: nir
  name: Social security number
  national_id: true
`,
  'catalog/data-subjects.yaml': `- id: customers
  name: Customers
- id: patients
  name: Patients
  vulnerable: true
`,
  'activities/client-hosting.yaml': `name: Hosting of client websites
role: processor
controllers: [boulangerie-exemple]
purposes:
  - description: Host and back up client websites
security_measures: [encryption-at-rest]
`,
  'parties/boulangerie-exemple.yaml': `name: Boulangerie Exemple SARL
kind: client
country: FR
contact: contact@boulangerie.example
`,
};

export function breachRegister(extra: Readonly<Record<string, string | null>> = {}): string {
  return makeRegister({ ...BREACH_REGISTER_FILES, ...extra });
}

/** Writes an answers file into `dir` and returns its name. */
export function answersFile(
  dir: string,
  answers: Record<string, unknown>,
  name = 'answers.yaml',
): string {
  writeFileSync(join(dir, name), stringify(answers));
  return name;
}
