/**
 * Every rule of `gdpr check`, in the order they run. A rule is one file in src/rules/ whose
 * name is its id (test/rules/registry.test.ts keeps this list and the folder in step).
 */
import type { Rule } from './rule.js';
// The register format: parsing, schemas, references.
import yamlSyntax from '../rules/yaml-syntax.js';
import schema from '../rules/schema.js';
import unknownReference from '../rules/unknown-reference.js';
import unusedCatalogEntry from '../rules/unused-catalog-entry.js';
import duplicateId from '../rules/duplicate-id.js';
// Transparency: notices (Arts. 12–14).
import noticeCoverage from '../rules/notice-coverage.js';
import missingTranslation from '../rules/missing-translation.js';
// Breaches (Arts. 33–34) and requests (Art. 12).
import breachNotificationOverdue from '../rules/breach-notification-overdue.js';
import breachSubjectsCommunication from '../rules/breach-subjects-communication.js';
import requestOverdue from '../rules/request-overdue.js';
import personalDataInRegister from '../rules/personal-data-in-register.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  unknownReference,
  unusedCatalogEntry,
  duplicateId,
  noticeCoverage,
  missingTranslation,
  breachNotificationOverdue,
  breachSubjectsCommunication,
  requestOverdue,
  personalDataInRegister,
];
