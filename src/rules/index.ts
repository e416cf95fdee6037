/**
 * Every rule of `gdpr check`, in the order they run. A rule is one file in src/rules/ whose
 * name is its id (test/rules/registry.test.ts keeps this list and the folder in step).
 */
import type { Rule } from '../check/rule.js';
// The register format: parsing, schemas, references.
import yamlSyntax from './yaml-syntax.js';
import schema from './schema.js';
import unknownReference from './unknown-reference.js';
import unusedCatalogEntry from './unused-catalog-entry.js';
import duplicateId from './duplicate-id.js';
// Lawfulness (Arts. 6, 7, 9, 10, 87).
import legitimateInterestStated from './legitimate-interest-stated.js';
import legalReferenceRequired from './legal-reference-required.js';
import consentMechanism from './consent-mechanism.js';
import specialCategoryCondition from './special-category-condition.js';
import criminalDataAuthority from './criminal-data-authority.js';
import nationalIdNumber from './national-id-number.js';
// Storage limitation (Arts. 5(1)(e), 30(1)(f)).
import retentionRequired from './retention-required.js';
import retentionNotQuantified from './retention-not-quantified.js';
import retentionAboveReference from './retention-above-reference.js';
// Parties and transfers (Arts. 26–28, 30(2), 44–49).
import transferMechanismRequired from './transfer-mechanism-required.js';
import transferImpactAssessment from './transfer-impact-assessment.js';
import processorContract from './processor-contract.js';
import processorContractClauses from './processor-contract-clauses.js';
import jointControllerArrangement from './joint-controller-arrangement.js';
import jointArrangementEssence from './joint-arrangement-essence.js';
import processorRecord from './processor-record.js';
import representativeRequired from './representative-required.js';
// Accountability: DPO, DPIA, reviews, security, the Art. 30(5) derogation.
import dpoRequired from './dpo-required.js';
// National law (data/law/national/): what a Member State adds where the GDPR lets it.
import registerPublicationRequired from './register-publication-required.js';
import dataBlockingStated from './data-blocking-stated.js';
import employeeDataBasis from './employee-data-basis.js';
import dpiaRequired from './dpia-required.js';
import dpiaContent from './dpia-content.js';
import reviewOverdue from './review-overdue.js';
import securityMeasuresRequired from './security-measures-required.js';
import occasionalNotRoutine from './occasional-not-routine.js';
// Transparency: notices (Arts. 12–14).
import noticeCoverage from './notice-coverage.js';
import missingTranslation from './missing-translation.js';
import directMarketingStated from './direct-marketing-stated.js';
// Breaches (Arts. 33–34) and requests (Art. 12).
import breachNotificationOverdue from './breach-notification-overdue.js';
import breachSubjectsCommunication from './breach-subjects-communication.js';
import breachFollowUpOverdue from './breach-follow-up-overdue.js';
import requestOverdue from './request-overdue.js';
import personalDataInRegister from './personal-data-in-register.js';
// Inline suppressions (# gdpr-disable-next-line); the engine applies them.
import suppressionDirective from './suppression-directive.js';

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
  transferImpactAssessment,
  processorContract,
  processorContractClauses,
  jointControllerArrangement,
  jointArrangementEssence,
  processorRecord,
  representativeRequired,
  dpoRequired,
  registerPublicationRequired,
  dataBlockingStated,
  employeeDataBasis,
  dpiaRequired,
  dpiaContent,
  reviewOverdue,
  securityMeasuresRequired,
  occasionalNotRoutine,
  noticeCoverage,
  missingTranslation,
  directMarketingStated,
  breachNotificationOverdue,
  breachSubjectsCommunication,
  breachFollowUpOverdue,
  requestOverdue,
  personalDataInRegister,
  suppressionDirective,
];
