import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A minimal register that satisfies every legal rule: rule tests start from it and add or
 * replace files, so that a valid case shows the rule staying quiet and an invalid one isolates
 * the one thing the rule checks.
 */
export const BASE_REGISTER: Readonly<Record<string, string>> = {
  'gdpr.yaml': `version: 1
organisation:
  name: Exemple SAS
  address: 1 rue de l'Exemple, 69000 Lyon
  country: FR
  email: contact@exemple.example
  dpo:
    name: Claire Martin
    email: dpo@exemple.example
rights_contact: dpo@exemple.example
supervisory_authority: fr
languages: [en]
review_every: P1Y
holidays: FR
departments:
  - { id: sales, name: Sales }
`,
  'catalog/data-categories.yaml': `- id: identity
  name: Identity
- id: contact
  name: Contact details
`,
  'catalog/data-subjects.yaml': `- id: customers
  name: Customers
`,
  'catalog/retention.yaml': `- id: customers-3y
  duration: P3Y
  from: the end of the contract
  then: delete
`,
  'catalog/security-measures.yaml': `- id: access-control
  name: Access control
- id: encryption-at-rest
  name: Encryption at rest
`,
  'activities/customers.yaml': `name: Customer management
department: sales
status: active
created: 2026-01-10
reviewed: 2026-06-01
purposes:
  - description: Manage orders
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
    requirement: contractual
  - category: contact
    retention: customers-3y
    source: data-subject
    requirement: contractual
recipients:
  - department: sales
security_measures: [access-control, encryption-at-rest]
`,
  'notices/customers.yaml': `title: Privacy notice for customers
audience: [customers]
`,
};

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/**
 * Writes a register to a fresh temporary folder. `files` adds or replaces files of the base;
 * a `null` value removes a base file. Returns the root folder.
 */
export function makeRegister(
  files: Readonly<Record<string, string | Uint8Array | null>> = {},
  base: Readonly<Record<string, string>> = BASE_REGISTER,
): string {
  const root = mkdtempSync(join(tmpdir(), 'gdpr-test-'));
  roots.push(root);
  const all: Record<string, string | Uint8Array | null> = { ...base, ...files };
  for (const [rel, content] of Object.entries(all)) {
    if (content === null) continue;
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}
