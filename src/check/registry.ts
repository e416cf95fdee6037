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
// Lawfulness (Arts. 6, 7, 9, 10, 87).
import legitimateInterestStated from '../rules/legitimate-interest-stated.js';
import legalReferenceRequired from '../rules/legal-reference-required.js';
import consentMechanism from '../rules/consent-mechanism.js';
import specialCategoryCondition from '../rules/special-category-condition.js';
import criminalDataAuthority from '../rules/criminal-data-authority.js';
import nationalIdNumber from '../rules/national-id-number.js';
// Storage limitation (Arts. 5(1)(e), 30(1)(f)).
import retentionRequired from '../rules/retention-required.js';
import retentionNotQuantified from '../rules/retention-not-quantified.js';
import retentionAboveReference from '../rules/retention-above-reference.js';
// Parties and transfers (Arts. 26–28, 30(2), 44–49).
import transferMechanismRequired from '../rules/transfer-mechanism-required.js';
import processorContract from '../rules/processor-contract.js';
import jointControllerArrangement from '../rules/joint-controller-arrangement.js';
import processorRecord from '../rules/processor-record.js';
import representativeRequired from '../rules/representative-required.js';
// Accountability: DPO, DPIA, reviews, security, the Art. 30(5) derogation.
import dpoRequired from '../rules/dpo-required.js';
import dpiaRequired from '../rules/dpia-required.js';
import reviewOverdue from '../rules/review-overdue.js';
import securityMeasuresRequired from '../rules/security-measures-required.js';
import occasionalNotRoutine from '../rules/occasional-not-routine.js';
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
  legitimateInterestStated,
  legalReferenceRequired,
  consentMechanism,
  specialCategoryCondition,
  criminalDataAuthority,
  nationalIdNumber,
  retentionRequired,
  retentionNotQuantified,
  retentionAboveReference,
  transferMechanismRequired,
  processorContract,
  jointControllerArrangement,
  processorRecord,
  representativeRequired,
  dpoRequired,
  dpiaRequired,
  reviewOverdue,
  securityMeasuresRequired,
  occasionalNotRoutine,
  noticeCoverage,
  missingTranslation,
  breachNotificationOverdue,
  breachSubjectsCommunication,
  requestOverdue,
  personalDataInRegister,
];
