/**
 * The 18 cases of EDPB Guidelines 01/2021 on examples regarding personal data breach
 * notification (version 2.0, adopted 14 December 2021), written as incident fields, with the
 * EDPB's answer ("Actions necessary based on the identified risks": internal documentation —
 * always —, notification to the SA, communication to the data subjects).
 *
 * What was checked, and against what (`checked` and `sources` on each case; SOURCES below):
 * - the 18 titles and the six families, against the table of contents of a stored
 *   transcription of the v2.0 PDF (`edpb-v2-text`); its text stops after case 01, so only
 *   case 01's facts and answer were read in the EDPB's own words;
 * - the other answers, against secondary sources that list them case by case: law-firm or
 *   professional summaries where one exists (`checked: 'law-firm'`), else two GitHub
 *   write-ups that agree with each other (`checked: 'github'`: a weaker check, to re-read in
 *   the PDF before relying on it — LAW.md §12 item 4).
 * The facts are paraphrased from memory of the PDF and keep to what the EDPB describes; where
 * our fields need a value the EDPB does not give, the case's `modelling` says which and why.
 */
import type { DataCategory, DataSubject, Incident } from '../../src/types/register.js';

export interface EdpbAnswer {
  /** Art. 33(5): every breach is documented. */
  document: true;
  notify_authority: boolean;
  notify_subjects: boolean;
}

/**
 * Where each answer was checked. `edpb-v2-text` is the EDPB's own text; the others are
 * secondary and say so. The law-firm summaries of January–March 2021 describe the draft
 * (v1.0); they are cited only where the v2.0-era sources give the same answer.
 */
export const SOURCES = {
  'edpb-v2-text':
    'EDPB, Guidelines 01/2021 v2.0, https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf — stored Markdown transcription (public GitHub file, stored-index id 18124140058): table of contents of the 18 cases, text up to the end of case 01.',
  'github-record':
    'Public GitHub Markdown "The record" (reviewed 2026-09-02), section "Calibration": a table of the 18 cases with Document / Authority / People, sourced to Guidelines 01/2021 (case 08 with §72, §74, §77). Stored-index id 60804145231 (repository not named by the index).',
  'github-tool':
    'Public GitHub breach-assessment tool (JavaScript `EDPB_CASES`): each case rated low (no notification), medium (notify the SA) or high (SA and people). Stored-index id 69380949069 (repository not named by the index).',
  'ije-be':
    'IJE (Belgian Institute for Company Lawyers) partner blog, "Examples of When To Notify Data Breaches", https://ije.be/nl/news/partnerblog/examples-of-when-to-notify-data-breaches — table "Notify to DPA / Inform data subject" for the mispostal cases and the trusted third party.',
  'gt-ransomware':
    'Greenberg Traurig, Data Privacy Dish, Feb. 2021 (on the v1.0 draft), https://www.gtlaw-dataprivacydish.com/2021/02/does-the-european-data-protection-boards-data-breach-guidance-mandate-reporting-of-ransomware-attacks/',
  'gt-email':
    'Greenberg Traurig, Data Privacy Dish, Mar. 2021 (on the v1.0 draft), https://www.gtlaw-dataprivacydish.com/2021/03/do-email-compromises-to-intercept-wire-payments-require-notification-under-the-gdpr/',
  'baker-mckenzie':
    'Baker McKenzie, Global Litigation News, 4 Feb. 2021 (on the v1.0 draft), https://globallitigationnews.bakermckenzie.com/2021/02/04/edpb-publishes-guidelines-on-examples-regarding-data-breach-notification/',
} as const;
export type SourceId = keyof typeof SOURCES;

export interface EdpbCase {
  id: string;
  /** As in the EDPB table of contents (`edpb-v2-text`). */
  title: string;
  incident: Pick<
    Incident,
    | 'types'
    | 'cause'
    | 'data_categories'
    | 'data_subjects'
    | 'subjects_count'
    | 'facts'
    | 'sensitivity'
  > & {
    role?: Incident['role'];
  };
  edpb: EdpbAnswer;
  /**
   * The strongest check of `edpb`: the EDPB's text, a law-firm or professional summary, or
   * only the two GitHub write-ups (to re-read in the PDF).
   */
  checked: 'edpb-text' | 'law-firm' | 'github';
  sources: readonly SourceId[];
  modelling?: string;
}

/** The catalogues the cases refer to, as a register would hold them. */
export const CASE_DATA_CATEGORIES: readonly DataCategory[] = [
  { id: 'identity', name: 'Identity (name, date of birth)' },
  { id: 'contact', name: 'Contact details' },
  { id: 'professional-life', name: 'Professional life' },
  { id: 'education', name: 'Education and training' },
  { id: 'order-history', name: 'Orders (products, prices)' },
  { id: 'dietary-preferences', name: 'Food preferences' },
  { id: 'insurance-contract', name: 'Insurance contract (vehicle registration, rates, mileage)' },
  { id: 'health', name: 'Health data', special: 'health' },
  { id: 'bank-details', name: 'Bank account details' },
  { id: 'card-numbers', name: 'Payment card numbers' },
  { id: 'identity-card-numbers', name: 'Identity card numbers' },
  { id: 'nir', name: 'Social security number', national_id: true },
  { id: 'hashed-passwords', name: 'Passwords (salted hashes)' },
  { id: 'account-credentials', name: 'Online banking credentials' },
  { id: 'billing-records', name: 'Invoices and call records' },
];

export const CASE_DATA_SUBJECTS: readonly DataSubject[] = [
  { id: 'employees', name: 'Employees', vulnerable: false },
  { id: 'customers', name: 'Customers', vulnerable: false },
  { id: 'patients', name: 'Patients', vulnerable: true },
  { id: 'children', name: 'Children in day care', vulnerable: true },
  { id: 'job-applicants', name: 'Job applicants', vulnerable: false },
  { id: 'job-seekers', name: 'Registered job seekers', vulnerable: false },
  { id: 'course-participants', name: 'Course participants', vulnerable: false },
  { id: 'policyholders', name: 'Policyholders', vulnerable: false },
  { id: 'website-users', name: 'Website users', vulnerable: false },
];

const DOCUMENT_ONLY: EdpbAnswer = {
  document: true,
  notify_authority: false,
  notify_subjects: false,
};
const AUTHORITY_ONLY: EdpbAnswer = {
  document: true,
  notify_authority: true,
  notify_subjects: false,
};
const AUTHORITY_AND_SUBJECTS: EdpbAnswer = {
  document: true,
  notify_authority: true,
  notify_subjects: true,
};

export const EDPB_CASES: readonly EdpbCase[] = [
  // ---- 2. Ransomware
  {
    id: 'CASE-01',
    title: 'Ransomware with proper backup and without exfiltration',
    // A small manufacturer; data encrypted at rest with a safe key; logs show no outbound flow;
    // restored from backup "a few hours" after the attack. Facts and answer checked against
    // the EDPB text (§§17-25: no notification, no communication, documentation only).
    incident: {
      types: ['availability', 'confidentiality'],
      cause: 'ransomware',
      data_categories: ['identity', 'contact', 'professional-life'],
      data_subjects: ['employees', 'customers'],
      subjects_count: { min: 24, max: 60 },
      facts: {
        encrypted: true,
        key_compromised: false,
        backup_available: true,
        restored_within_hours: 4,
        exfiltrated: false,
      },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'edpb-text',
    sources: ['edpb-v2-text', 'github-record', 'github-tool', 'baker-mckenzie'],
    modelling: '"a few hours" → 4; "a few dozen individuals" → 24 to 60.',
  },
  {
    id: 'CASE-02',
    title: 'Ransomware without proper backup',
    // An agricultural company; no exfiltration; no electronic backup, data rebuilt from paper
    // over 5 working days with minor delays for customers; no special categories.
    incident: {
      types: ['availability'],
      cause: 'ransomware',
      data_categories: ['identity', 'contact', 'professional-life'],
      data_subjects: ['employees', 'customers'],
      subjects_count: { min: 24, max: 60 },
      facts: { backup_available: false, restored_within_hours: 120, exfiltrated: false },
    },
    edpb: AUTHORITY_ONLY,
    checked: 'law-firm',
    sources: ['gt-ransomware', 'github-record', 'github-tool'],
    // Notify the SA, no communication: the GitHub write-ups for v2.0; Greenberg Traurig (on the
    // draft) reads the case the same way: no special categories, data rebuilt with minimal
    // effect on the people, so no communication.
    modelling: '5 working days → 120 h.',
  },
  {
    id: 'CASE-03',
    title: 'Ransomware with backup and without exfiltration in a hospital',
    // Backups existed but restoring took about 2 working days, delaying treatment; thousands
    // of patients and employees; no exfiltration.
    incident: {
      types: ['availability'],
      cause: 'ransomware',
      data_categories: ['identity', 'health'],
      data_subjects: ['patients', 'employees'],
      subjects_count: { min: 1000 },
      facts: { backup_available: true, restored_within_hours: 48, exfiltrated: false },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'law-firm',
    sources: ['baker-mckenzie', 'github-record'],
  },
  {
    id: 'CASE-04',
    title: 'Ransomware without backup and with exfiltration',
    // A public transport company; data of several thousand customers and employees, with ID
    // card numbers and payment card data; the backup was encrypted by the attacker too.
    incident: {
      types: ['availability', 'confidentiality'],
      cause: 'ransomware',
      data_categories: ['identity', 'contact', 'identity-card-numbers', 'card-numbers'],
      data_subjects: ['customers', 'employees'],
      subjects_count: { min: 1000 },
      facts: { backup_available: false, exfiltrated: true, encrypted: false },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  // ---- 3. Data exfiltration attacks
  {
    id: 'CASE-05',
    title: 'Exfiltration of job application data from a website',
    // Malicious code on a recruitment agency's site sent 213 application forms (identity,
    // contact details, CV) to an unknown attacker; no special categories.
    incident: {
      types: ['confidentiality'],
      cause: 'hacking',
      data_categories: ['identity', 'contact', 'professional-life', 'education'],
      data_subjects: ['job-applicants'],
      subjects_count: 213,
      facts: { encrypted: false, exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  {
    id: 'CASE-06',
    title: 'Exfiltration of hashed password from a website',
    // SQL injection on a small website; only user ids and passwords hashed with a
    // state-of-the-art salted algorithm were taken; the secret was not compromised.
    incident: {
      types: ['confidentiality'],
      cause: 'sql-injection',
      data_categories: ['hashed-passwords'],
      data_subjects: ['website-users'],
      subjects_count: 1200,
      facts: { encrypted: true, key_compromised: false, exfiltrated: true },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
    modelling:
      'State-of-the-art salted hashing with an uncompromised secret is recorded as `encrypted: true, key_compromised: false`: the data are unintelligible.',
  },
  {
    id: 'CASE-07',
    title: 'Credential stuffing attack on a banking website',
    // Stolen credentials from elsewhere used to log into customers' online banking accounts:
    // identity, contact and account data seen by the attacker.
    incident: {
      types: ['confidentiality'],
      cause: 'credential-stuffing',
      data_categories: ['identity', 'contact', 'bank-details', 'account-credentials'],
      data_subjects: ['customers'],
      subjects_count: 'unknown',
      facts: { encrypted: false, exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  // ---- 4. Internal human risk source
  {
    id: 'CASE-08',
    title: 'Exfiltration of business data by an employee',
    // During the notice period an employee copies the customer database (names, contact
    // details) and later uses it to approach the customers. The title says "by an employee",
    // not "former employee" (EDPB table of contents). Notify the SA, no communication: the
    // controller has no assurance about the employee's intentions, so the risk is not low,
    // but the data are contact data of moderate volume ("github-record", citing §72, §74, §77).
    incident: {
      types: ['confidentiality'],
      cause: 'insider',
      data_categories: ['identity', 'contact'],
      data_subjects: ['customers'],
      subjects_count: 'unknown',
      facts: { encrypted: false, exfiltrated: true },
    },
    edpb: AUTHORITY_ONLY,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  {
    id: 'CASE-09',
    title: 'Accidental transmission of data to a trusted third party',
    // An insurance agent, bound by professional secrecy, receives by mistake data on two
    // dozen customers of another agent, reports it and deletes the file.
    incident: {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact', 'insurance-contract'],
      data_subjects: ['policyholders'],
      subjects_count: 24,
      facts: { exfiltrated: false, recipient_trusted: true, data_retrieved: true },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'law-firm',
    sources: ['ije-be', 'github-record', 'github-tool'],
  },
  // ---- 5. Lost or stolen devices and paper documents
  {
    id: 'CASE-10',
    title: 'Stolen material storing encrypted personal data',
    // Two tablets of a day-care centre stolen in a break-in; strong encryption, devices off,
    // data backed up.
    incident: {
      types: ['confidentiality'],
      cause: 'theft',
      data_categories: ['identity', 'education'],
      data_subjects: ['children'],
      subjects_count: 'unknown',
      facts: { encrypted: true, key_compromised: false, backup_available: true, exfiltrated: true },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
    modelling: 'The stolen device is recorded as `exfiltrated: true` (the data left our control).',
  },
  {
    id: 'CASE-11',
    title: 'Stolen material storing non-encrypted personal data',
    // A service provider's notebook stolen, with names, addresses and dates of birth of more
    // than 100,000 customers, not encrypted nor password-protected; daily backups.
    incident: {
      types: ['confidentiality'],
      cause: 'theft',
      data_categories: ['identity', 'contact'],
      data_subjects: ['customers'],
      subjects_count: { min: 100000 },
      facts: { encrypted: false, backup_available: true, exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  {
    id: 'CASE-12',
    title: 'Stolen paper files with sensitive data',
    // The paper logbook of a drug-addiction rehabilitation centre, with patients' identity and
    // health data, stolen; no copy.
    incident: {
      types: ['confidentiality', 'availability'],
      cause: 'theft',
      data_categories: ['identity', 'health'],
      data_subjects: ['patients'],
      subjects_count: 'unknown',
      facts: { backup_available: false, exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  // ---- 6. Mispostal
  {
    id: 'CASE-13',
    title: 'Postal mail mistake',
    // A retailer swaps two parcels and their packing slips (name, address, goods, price); the
    // parcels are recalled and sent to the right customers.
    incident: {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact', 'order-history'],
      data_subjects: ['customers'],
      subjects_count: 2,
      facts: { exfiltrated: false, recipient_trusted: false, data_retrieved: true },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'law-firm',
    sources: ['ije-be', 'github-record', 'github-tool'],
  },
  {
    id: 'CASE-14',
    title: 'Highly confidential personal data sent by mail by mistake',
    // A public employment office e-mails all registered job seekers (more than 60,000) an
    // attachment with every job seeker's name, contact details and social security number.
    incident: {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact', 'nir'],
      data_subjects: ['job-seekers'],
      subjects_count: { min: 60000 },
      facts: { exfiltrated: false, recipient_trusted: false, data_retrieved: 'unknown' },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'law-firm',
    sources: ['ije-be', 'github-record', 'github-tool'],
    modelling:
      'The office asked the recipients to delete the e-mail; deletion cannot be confirmed → `data_retrieved: unknown`.',
  },
  {
    id: 'CASE-15',
    title: 'Personal data sent by mail by mistake',
    // The participant list of a course (names, e-mail addresses, food preferences — two say
    // "lactose intolerant") sent by mistake to 15 former participants; the controller sees the
    // mistake at once, tells them and asks them to delete it. Document only (corrected: the
    // table said "notify the SA"; both GitHub write-ups give no notification at all). The
    // IJE summary's fifth-slot mispostal example (a cc/bcc mailing, notify both) is not this
    // case: it appears to follow another version of the guidelines.
    incident: {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact', 'dietary-preferences'],
      data_subjects: ['course-participants'],
      subjects_count: 15,
      facts: { exfiltrated: false, recipient_trusted: false, data_retrieved: true },
      // ENISA scores preferences as behavioural data (DPC 2); the EDPB weighs these two
      // mentions as data of low sensitivity: the DPO records that reading (ENISA's downward
      // adjustment when the data reveal less than their category suggests).
      sensitivity: {
        level: 1,
        rationale:
          'Two mentions of lactose intolerance in a course list reveal less than food preferences in general (ENISA: nature of the data; EDPB Guidelines 01/2021, case 15).',
      },
    },
    edpb: DOCUMENT_ONLY,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
    modelling:
      'Food preferences are catalogued as an ordinary category, as an organiser would record them; the EDPB weighed the two mentions of lactose intolerance as data of low sensitivity. Flagging the category Art. 9 would make the assessment say high. The list went to a few identified people, told at once and asked to delete it: recorded as deleted (`data_retrieved: true`), unlike case 14 (60,000 recipients, deletion not confirmable) and case 16 (the letter stays with a stranger).',
  },
  {
    id: 'CASE-16',
    title: 'Postal mail mistake',
    // An enveloping machine puts two car-insurance renewal letters (name, address, date of
    // birth, vehicle registration, rates, mileage; no bank or health data) in one envelope.
    // Notify the SA, no communication (IJE: "postal dispatch error of motor insurance policy").
    incident: {
      types: ['confidentiality'],
      cause: 'misdelivery',
      data_categories: ['identity', 'contact', 'insurance-contract'],
      data_subjects: ['policyholders'],
      subjects_count: 1,
      facts: { exfiltrated: false, recipient_trusted: false, data_retrieved: 'unknown' },
      // The letter states the premium (rates): financial data for ENISA (base 3), which the
      // catalogue id does not reveal; and only a single renewal premium, no insight into the
      // person's finances: ENISA's downward adjustment for the nature of the data (one
      // day's transactions without details scores 2). The DPO records that reading.
      sensitivity: {
        level: 2,
        rationale:
          "A car-insurance renewal letter states the premium: financial data (ENISA 2013, Annex A1, base 3), but a single premium gives no substantial insight into the person's finances (ENISA 2013, Annex A2, nature of the data: -1).",
      },
    },
    edpb: AUTHORITY_ONLY,
    checked: 'law-firm',
    sources: ['ije-be', 'github-record', 'github-tool'],
  },
  // ---- 7. Other cases — social engineering
  {
    id: 'CASE-17',
    title: 'Identity theft',
    // A caller impersonating a customer of a telecom operator has the billing e-mail address
    // changed and receives the customer's invoices and call records.
    incident: {
      types: ['confidentiality'],
      cause: 'social-engineering',
      data_categories: ['identity', 'contact', 'billing-records'],
      data_subjects: ['customers'],
      subjects_count: 1,
      facts: { exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'github',
    sources: ['github-record', 'github-tool'],
  },
  {
    id: 'CASE-18',
    title: 'Email exfiltration',
    // Mailbox rules set up by an attacker forward every e-mail about invoices, payments and
    // bank details to an external address for months. Notify both (Greenberg Traurig, on the
    // draft, where the forwarded mails carry employees' names and wages; GitHub write-ups).
    incident: {
      types: ['confidentiality'],
      cause: 'email-compromise',
      data_categories: ['identity', 'contact', 'bank-details'],
      data_subjects: ['customers', 'employees'],
      subjects_count: 'unknown',
      facts: { exfiltrated: true },
    },
    edpb: AUTHORITY_AND_SUBJECTS,
    checked: 'law-firm',
    sources: ['gt-email', 'github-record', 'github-tool'],
  },
];
