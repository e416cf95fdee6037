/**
 * The notification decision for a personal data breach, from the facts recorded in the
 * incident: pure (the caller passes `now`), deterministic, and explained sentence by sentence
 * so that the reasoning can be kept as the Art. 33(5) documentation. The decision holds reason
 * codes with their facts, never words: the sentences, in each document language, are in
 * reasons.ts and are written at the edge (wizard, drafts, `breach assess`).
 *
 * Thresholds (GDPR Arts. 33(1), 34(1)): notify the supervisory authority unless the breach is
 * "unlikely to result in a risk"; also tell the people when it is "likely to result in a high
 * risk". The level is assessed per type of breach and the highest one wins.
 *
 * The factors of EDPB Guidelines 9/2022 §IV (LAW.md §6.5) and how they are weighed:
 *
 * 1. Type of breach — confidentiality, integrity and availability are assessed separately.
 *    - Confidentiality: data encrypted with state-of-the-art encryption and a key that is
 *      known to be safe are unintelligible → no risk (Art. 34(3)(a); EDPB 01/2021 cases 01,
 *      06, 10). A compromised or doubtful key removes that protection. Otherwise an exposure
 *      is at least a risk, and exfiltration that is neither confirmed nor ruled out is a risk
 *      to complete in phases (Art. 33(4)).
 *    - Availability: restored from a backup within 24 hours (data/law/breach-assessment.json) → no risk (EDPB 01/2021 case 01,
 *      "a few hours"); no backup, or a longer restoration → risk (case 02).
 *    - Integrity: altered data restored from a backup within 24 hours → no risk, else risk.
 * 2. Nature, sensitivity and volume of the data — special categories (Art. 9), criminal data
 *    (Art. 10), financial data, identity documents, national identification numbers and
 *    usable credentials exposed to anyone but a trusted recipient → high: the EDPB considers
 *    damage likely for special categories and names fraud and identity theft for the others
 *    (Recital 85; EDPB 01/2021 cases 04, 07, 12, 14). Unavailability of special-category data
 *    beyond 24 hours → high (case 03, a hospital).
 * 3. Ease of identification — data that name people (anything but cookies, logs, hashed or
 *    pseudonymous identifiers) taken by an unknown party with malicious intent (exfiltration
 *    or theft by an attacker) → high, since they serve phishing, fraud and identity theft
 *    (cases 05, 11, 17, 18). Taken by an identified insider → risk (case 08).
 * 4. Severity of consequences — a trusted recipient lowers the severity: with the data
 *    retrieved or deleted the level drops one step (case 09: no risk for ordinary data; a
 *    risk for sensitive ones), without, a high risk becomes a risk. Data recovered from an
 *    untrusted recipient before misuse, or deleted at once by the few identified people who
 *    received them: a risk drops to none (cases 13, 15); left with the recipient, it stays a
 *    risk (case 16). A high risk stays high but the people need not be told (Art. 34(3)(b),
 *    exemption `mitigated`).
 * 5. Special characteristics of the individuals — vulnerable people (children, patients):
 *    an exposure of data that name them, or the unavailability of their data beyond 24 hours,
 *    → high. The incident's `vulnerable_subjects` fact wins over the catalogue flag.
 * 6. Special characteristics of the controller — not a field: it shows through the data (a
 *    hospital's data are health data, case 03).
 * 7. Number of individuals — 10,000 people or more (data/law/breach-assessment.json) whose identifying data are exposed →
 *    high ("large scale", cf. WP248 criterion 5).
 *
 * Art. 34(3)(c) (disproportionate effort) cannot be read from the facts: the caller says so,
 * and the people are then told by a public communication instead. The ENISA score is not
 * computed here: the EDPB factors above are the legal test, ENISA is supporting evidence.
 *
 * A processor (Art. 33(2)) notifies its controller of every breach without undue delay; it
 * does not notify the authority or the people itself. For a processor `notify_authority`
 * therefore means "notify the controller" and `notify_controller` is set.
 */
import { riskCallsForAuthority, riskCallsForSubjects } from '../model/breaches.js';
import { loadLawData } from '../law/data.js';
import { breachDeadline, hoursBetween } from '../law/deadlines.js';
import type { LawDataFile, Sources } from '../law/types.js';
import type {
  BreachAssessment,
  BreachFacts,
  BreachType,
  Count,
  IncidentRole,
  IncidentSensitivity,
} from '../types/register.js';
import { actorOf, isDeviceLoss } from './causes.js';
import { countAtLeast, type AssessedCategory } from './categories.js';
import type { Reason, ReasonId, ReasonValues } from './reasons.js';

/** A reason code with its facts (pure: the words are chosen at the edge, reasons.ts). */
function reason(id: ReasonId, values?: ReasonValues): Reason {
  return values === undefined ? { id } : { id, values };
}

export type RiskLevel = 'none' | 'risk' | 'high';
export type Art34Exemption = 'encrypted' | 'mitigated' | 'disproportionate-effort' | null;

export interface BreachAssessmentInput {
  types: readonly BreachType[];
  /** Free id of the cause (src/breach/causes.ts). */
  cause?: string;
  role?: IncidentRole;
  data_categories: readonly AssessedCategory[];
  subjects_count?: Count;
  records_count?: Count;
  /** A category of data subjects of the breach is flagged vulnerable in the catalogue. */
  vulnerable_subjects?: boolean;
  facts?: BreachFacts;
  /** Awareness instant (RFC 3339 with offset): starts the 72 hours (Art. 33(1)). */
  discovered_at: string;
  now: Date;
  /** ENISA DPC level set by a person (incident `sensitivity`): read by severity.ts, not here. */
  sensitivity?: IncidentSensitivity;
  /** Art. 34(3)(c): telling each person individually would involve disproportionate effort. */
  disproportionate_effort?: boolean;
}

export interface BreachDecision {
  risk: RiskLevel;
  notify_authority: boolean;
  notify_subjects: boolean;
  exemption: Art34Exemption;
  /** Awareness + 72 h, written in the awareness instant's offset. */
  deadline: string;
  /** Hours from `now` to the deadline, one decimal; negative once it has passed. */
  hours_left: number;
  /** The reasons, as codes with their facts; reasons.ts `reasonTexts` writes them in a language. */
  reasons: Reason[];
  /** Processor only (Art. 33(2)). */
  notify_controller?: true;
}

type AssessmentValueName = 'quick_restoration_hours' | 'large_number_of_people';

interface BreachAssessmentFile extends LawDataFile {
  values: Record<
    AssessmentValueName,
    {
      value: number;
      unit: string;
      reference: string;
      note: string;
      source: Sources;
      verified: boolean;
    }
  >;
}

/** A threshold of the assessment from data/law/breach-assessment.json (the project's reading of the EDPB guidelines). */
function assessmentValue(name: AssessmentValueName): number {
  const entry = loadLawData<BreachAssessmentFile>('breach-assessment').values[name];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- data file read at run time
  if (typeof entry?.value !== 'number')
    throw new Error(`breach-assessment.json has no number "${name}"`);
  return entry.value;
}

/** Restored within this many hours counts as "restored a few hours after the attack" (EDPB 01/2021 case 01). */
export function quickRestorationHours(): number {
  return assessmentValue('quick_restoration_hours');
}

/** From this many people, an exposure of identifying data is large-scale (EDPB 9/2022 §IV, number of individuals). */
export function largeNumberOfPeople(): number {
  return assessmentValue('large_number_of_people');
}

const RANK: Record<RiskLevel, number> = { none: 0, risk: 1, high: 2 };
const LOWER: Record<RiskLevel, RiskLevel> = { none: 'none', risk: 'none', high: 'risk' };

interface Finding {
  level: RiskLevel;
  reasons: Reason[];
  /** High risk that subsequent measures make no longer likely (Art. 34(3)(b)). */
  mitigated?: boolean;
}

interface Profile {
  special: AssessedCategory[];
  criminal: AssessedCategory[];
  financial: AssessedCategory[];
  identityTheft: AssessedCategory[];
  credentials: AssessedCategory[];
  identifying: boolean;
  sensitive: boolean;
  vulnerable: boolean;
  people: number | undefined;
  large: boolean;
}

const ids = (cats: readonly AssessedCategory[]): { categories: readonly AssessedCategory[] } => ({
  categories: cats,
});

function profileOf(input: BreachAssessmentInput): Profile {
  const cats = input.data_categories;
  const has = (kind: AssessedCategory['kinds'][number]) =>
    cats.filter((c) => c.kinds.includes(kind));
  const special = has('special');
  const criminal = has('criminal');
  const financial = has('financial');
  const identityTheft = cats.filter(
    (c) => c.kinds.includes('identity-document') || c.kinds.includes('national-id'),
  );
  const credentials = has('credentials');
  const facts = input.facts ?? {};
  const vulnerable =
    typeof facts.vulnerable_subjects === 'boolean'
      ? facts.vulnerable_subjects
      : input.vulnerable_subjects === true;
  const people = countAtLeast(input.subjects_count);
  // With no category recorded we cannot show the data are pseudonymous: assume they name people.
  const identifying = cats.length === 0 || cats.some((c) => !c.kinds.includes('pseudonymous'));
  return {
    special,
    criminal,
    financial,
    identityTheft,
    credentials,
    identifying,
    sensitive:
      special.length +
        criminal.length +
        financial.length +
        identityTheft.length +
        credentials.length >
      0,
    vulnerable,
    people,
    large: people !== undefined && people >= largeNumberOfPeople(),
  };
}

function confidentiality(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  const reasons: Reason[] = [];
  if (facts.encrypted === true && facts.key_compromised === false) {
    reasons.push(reason('encrypted-key-safe'));
    return { level: 'none', reasons };
  }
  if (facts.encrypted === true)
    reasons.push(
      reason(
        facts.key_compromised === true ? 'encrypted-key-compromised' : 'encrypted-key-unknown',
      ),
    );

  const actor = actorOf(input.cause, facts.exfiltrated);
  const reachedSomeone = facts.exfiltrated === true || typeof facts.recipient_trusted === 'boolean';
  let level: RiskLevel;
  if (!reachedSomeone) {
    if (facts.exfiltrated === false && actor === 'accidental') {
      reasons.push(reason('exposed-not-accessed'));
      level = 'none';
    } else if (facts.exfiltrated === false) {
      reasons.push(reason('accessed-not-taken'));
      level = 'risk';
    } else {
      reasons.push(reason('exfiltration-not-ruled-out'));
      if (p.sensitive) reasons.push(reason('sensitive-if-exfiltrated'));
      level = 'risk';
    }
    return { level, reasons };
  }

  const high: Reason[] = [];
  if (p.special.length > 0) high.push(reason('special-category-exposed', ids(p.special)));
  if (p.criminal.length > 0) high.push(reason('criminal-data-exposed', ids(p.criminal)));
  if (p.financial.length > 0) high.push(reason('financial-data-exposed', ids(p.financial)));
  if (p.identityTheft.length > 0)
    high.push(reason('identity-documents-exposed', ids(p.identityTheft)));
  if (p.credentials.length > 0) high.push(reason('credentials-exposed', ids(p.credentials)));
  if (p.identifying && actor === 'external' && facts.exfiltrated === true)
    high.push(reason('taken-with-malicious-intent'));
  if (p.identifying && p.vulnerable) high.push(reason('vulnerable-people'));
  if (p.identifying && p.large && p.people !== undefined)
    high.push(reason('large-number-of-people', { people: p.people }));

  if (high.length > 0) {
    reasons.push(...high);
    level = 'high';
  } else {
    reasons.push(
      reason(
        actor === 'insider' && facts.exfiltrated === true
          ? 'taken-by-insider'
          : facts.exfiltrated === true
            ? 'taken-by-unauthorised-party'
            : 'disclosed-to-wrong-recipient',
      ),
    );
    level = 'risk';
  }

  if (facts.recipient_trusted === true) {
    if (facts.data_retrieved === true) {
      reasons.push(reason('trusted-recipient-retrieved'));
      return { level: LOWER[level], reasons };
    }
    if (level === 'high') {
      reasons.push(reason('trusted-recipient-not-retrieved'));
      return { level: 'risk', reasons };
    }
    return { level, reasons };
  }
  if (facts.data_retrieved === true) {
    if (level === 'high') {
      reasons.push(reason('recovered-high-risk-mitigated'));
      return { level, reasons, mitigated: true };
    }
    reasons.push(reason('recovered-not-sensitive'));
    return { level: 'none', reasons };
  }
  return { level, reasons };
}

function restoredQuickly(
  facts: BreachFacts,
): facts is BreachFacts & { restored_within_hours: number } {
  return (
    facts.backup_available === true &&
    facts.restored_within_hours !== undefined &&
    facts.restored_within_hours <= quickRestorationHours()
  );
}

function availability(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  const hours = facts.restored_within_hours;
  if (restoredQuickly(facts))
    return {
      level: 'none',
      reasons: [reason('availability-restored-quickly', { hours: facts.restored_within_hours })],
    };
  const reasons: Reason[] = [];
  // A lost or stolen device whose data are in a backup: the controller still holds the data,
  // so the people lose nothing (EDPB Guidelines 01/2021, case 10).
  if (facts.backup_available === true && hours === undefined && isDeviceLoss(input.cause)) {
    return { level: 'none', reasons: [reason('availability-device-backup')] };
  }
  if (facts.backup_available === true) {
    if (hours === undefined) {
      // Without the restoration time the decision cannot tell case 01 from cases 02-03: assume the worse.
      reasons.push(
        reason('availability-not-restored-yet'),
        reason('availability-restoration-unknown', { quick: quickRestorationHours() }),
      );
    } else
      reasons.push(
        reason('availability-slow-restoration', { hours, quick: quickRestorationHours() }),
      );
  } else {
    reasons.push(
      hours === undefined
        ? reason('availability-no-backup')
        : reason('availability-no-backup-rebuilt', { hours }),
    );
  }
  if (p.special.length > 0 || p.vulnerable) {
    reasons.push(reason('availability-sensitive'));
    return { level: 'high', reasons };
  }
  return { level: 'risk', reasons };
}

function integrity(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  if (restoredQuickly(facts))
    return {
      level: 'none',
      reasons: [reason('integrity-restored-quickly', { hours: facts.restored_within_hours })],
    };
  const reasons = [reason('integrity-not-restored', { quick: quickRestorationHours() })];
  if (p.special.length > 0 || p.vulnerable) {
    reasons.push(reason('integrity-sensitive'));
    return { level: 'high', reasons };
  }
  return { level: 'risk', reasons };
}

export function assessBreach(input: BreachAssessmentInput): BreachDecision {
  const p = profileOf(input);
  const findings: Finding[] = [];
  if (input.types.includes('confidentiality')) findings.push(confidentiality(input, p));
  if (input.types.includes('integrity')) findings.push(integrity(input, p));
  if (input.types.includes('availability')) findings.push(availability(input, p));

  const reasons = findings.flatMap((f) => f.reasons);
  if (input.data_categories.length === 0) reasons.unshift(reason('no-data-category'));
  const risk = findings.reduce<RiskLevel>(
    (acc, f) => (RANK[f.level] > RANK[acc] ? f.level : acc),
    'none',
  );

  let notifySubjects = riskCallsForSubjects(risk);
  let exemption: Art34Exemption = null;
  if (
    risk === 'high' &&
    findings.filter((f) => f.level === 'high').every((f) => f.mitigated === true)
  ) {
    notifySubjects = false;
    exemption = 'mitigated';
  }
  if (notifySubjects && input.disproportionate_effort === true) {
    exemption = 'disproportionate-effort';
    reasons.push(reason('disproportionate-effort'));
  }

  const processor = input.role === 'processor';
  reasons.push(
    reason(
      processor
        ? 'processor-notifies-controller'
        : risk === 'none'
          ? 'conclusion-none'
          : risk === 'risk'
            ? 'conclusion-risk'
            : exemption === 'mitigated'
              ? 'conclusion-high-mitigated'
              : 'conclusion-high',
    ),
  );

  const { deadline, deadlineIso } = breachDeadline(input.discovered_at);
  const exact = hoursBetween(input.now, deadline);
  // Rounded half away from zero, so that "late by 5.25 h" reads -5.3 as "5.25 h left" reads 5.3.
  const hoursLeft = (Math.sign(exact) * Math.round(Math.abs(exact) * 10)) / 10;
  const decision: BreachDecision = {
    risk,
    notify_authority: riskCallsForAuthority(risk),
    notify_subjects: notifySubjects,
    exemption,
    deadline: deadlineIso,
    hours_left: Object.is(hoursLeft, -0) ? 0 : hoursLeft,
    reasons,
  };
  if (processor) {
    // A processor notifies its controller, never the authority or the people itself (Art. 33(2)).
    decision.notify_authority = true;
    decision.notify_subjects = false;
    decision.notify_controller = true;
  }
  return decision;
}

/** True when a recorded decision says what the facts now give (same risk and same notifications). */
export function sameDecision(recorded: BreachAssessment, decision: BreachDecision): boolean {
  return (
    recorded.risk === decision.risk &&
    (recorded.notify_authority ?? riskCallsForAuthority(recorded.risk)) ===
      decision.notify_authority &&
    (recorded.notify_subjects ?? riskCallsForSubjects(recorded.risk)) === decision.notify_subjects
  );
}
