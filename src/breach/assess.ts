/**
 * The notification decision for a personal data breach, from the facts recorded in the
 * incident: pure (the caller passes `now`), deterministic, and explained sentence by sentence
 * so that the reasoning can be kept as the Art. 33(5) documentation.
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
 *    - Availability: restored from a backup within 24 hours → no risk (EDPB 01/2021 case 01,
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
 *    untrusted recipient before misuse: a risk drops to none (case 13); a high risk stays
 *    high but the people need not be told (Art. 34(3)(b), exemption `mitigated`).
 * 5. Special characteristics of the individuals — vulnerable people (children, patients):
 *    an exposure of data that name them, or the unavailability of their data beyond 24 hours,
 *    → high. The incident's `vulnerable_subjects` fact wins over the catalogue flag.
 * 6. Special characteristics of the controller — not a field: it shows through the data (a
 *    hospital's data are health data, case 03).
 * 7. Number of individuals — 10,000 people or more whose identifying data are exposed →
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
import { breachDeadline, hoursBetween } from '../law/deadlines.js';
import type { BreachFacts, BreachType, Count, IncidentRole } from '../types/register.js';
import { actorOf } from './causes.js';
import { countAtLeast, type AssessedCategory } from './categories.js';

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
  reasons: string[];
  /** Processor only (Art. 33(2)). */
  notify_controller?: true;
}

/** Restored within this many hours counts as "restored a few hours after the attack" (EDPB 01/2021 case 01). */
export const QUICK_RESTORATION_HOURS = 24;
/** From this many people, an exposure of identifying data is large-scale (EDPB 9/2022 §IV, number of individuals). */
export const LARGE_NUMBER_OF_PEOPLE = 10_000;

const RANK: Record<RiskLevel, number> = { none: 0, risk: 1, high: 2 };
const LOWER: Record<RiskLevel, RiskLevel> = { none: 'none', risk: 'none', high: 'risk' };

interface Finding {
  level: RiskLevel;
  reasons: string[];
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

const ids = (cats: readonly AssessedCategory[]): string => cats.map((c) => c.id).join(', ');

function profileOf(input: BreachAssessmentInput): Profile {
  const cats = input.data_categories;
  const has = (kind: AssessedCategory['kinds'][number]) => cats.filter((c) => c.kinds.includes(kind));
  const special = has('special');
  const criminal = has('criminal');
  const financial = has('financial');
  const identityTheft = cats.filter((c) => c.kinds.includes('identity-document') || c.kinds.includes('national-id'));
  const credentials = has('credentials');
  const facts = input.facts ?? {};
  const vulnerable = typeof facts.vulnerable_subjects === 'boolean' ? facts.vulnerable_subjects : input.vulnerable_subjects === true;
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
    sensitive: special.length + criminal.length + financial.length + identityTheft.length + credentials.length > 0,
    vulnerable,
    people,
    large: people !== undefined && people >= LARGE_NUMBER_OF_PEOPLE,
  };
}

function confidentiality(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  const reasons: string[] = [];
  if (facts.encrypted === true && facts.key_compromised === false) {
    reasons.push(
      'The data were protected by state-of-the-art encryption whose key was not compromised: they are unintelligible to whoever holds them, so the confidentiality breach is unlikely to result in a risk (Art. 34(3)(a); EDPB Guidelines 01/2021, cases 01, 06 and 10).',
    );
    return { level: 'none', reasons };
  }
  if (facts.encrypted === true) {
    reasons.push(
      facts.key_compromised === true
        ? 'The data were encrypted but the key was compromised too: encryption no longer makes them unintelligible (Art. 34(3)(a); EDPB Guidelines 9/2022, §IV).'
        : 'The data were encrypted but the key is not known to be safe: encryption cannot be relied on until it is (Art. 34(3)(a)).',
    );
  }

  const actor = actorOf(input.cause, facts.exfiltrated);
  const reachedSomeone = facts.exfiltrated === true || typeof facts.recipient_trusted === 'boolean';
  let level: RiskLevel;
  if (!reachedSomeone) {
    if (facts.exfiltrated === false && actor === 'accidental') {
      reasons.push('The data were exposed by mistake but nobody is known to have accessed or taken them: the breach is unlikely to result in a risk (EDPB Guidelines 9/2022, §IV).');
      level = 'none';
    } else if (facts.exfiltrated === false) {
      reasons.push('The attacker had access to the data but the investigation established that none were taken out: a risk, not a high one (EDPB Guidelines 01/2021, §19 and case 01).');
      level = 'risk';
    } else {
      reasons.push(
        'Exfiltration is not ruled out: treat the data as possibly in unauthorised hands until the investigation shows otherwise, and complete the notification in phases (Art. 33(4); EDPB Guidelines 01/2021, §19).',
      );
      if (p.sensitive) reasons.push('If exfiltration is confirmed, the sensitivity of the data makes the risk high: reassess then (Art. 34(1)).');
      level = 'risk';
    }
    return { level, reasons };
  }

  const high: string[] = [];
  if (p.special.length > 0) high.push(`Confidentiality breach of special-category data (Art. 9: ${ids(p.special)}): the EDPB considers damage likely (Guidelines 9/2022, §IV).`);
  if (p.criminal.length > 0) high.push(`Confidentiality breach of data on criminal convictions and offences (Art. 10: ${ids(p.criminal)}): the EDPB considers damage likely (Guidelines 9/2022, §IV).`);
  if (p.financial.length > 0) high.push(`Financial data were exposed (${ids(p.financial)}): risk of fraud and financial loss (Recital 85; EDPB Guidelines 9/2022, §IV; 01/2021, case 07).`);
  if (p.identityTheft.length > 0) high.push(`Identity documents or national identification numbers were exposed (${ids(p.identityTheft)}): risk of identity theft (Recital 85; EDPB Guidelines 01/2021, cases 04 and 14).`);
  if (p.credentials.length > 0) high.push(`Access credentials were exposed in usable form (${ids(p.credentials)}): risk of account takeover (EDPB Guidelines 01/2021, case 07).`);
  if (p.identifying && actor === 'external' && facts.exfiltrated === true) {
    high.push('Data that identify people were taken by an unknown party acting with malicious intent (exfiltration or theft): they can serve phishing, fraud or identity theft (EDPB Guidelines 9/2022, §IV; 01/2021, cases 05 and 11).');
  }
  if (p.identifying && p.vulnerable) high.push('The people affected include vulnerable people: the EDPB raises the severity (Guidelines 9/2022, §IV).');
  if (p.identifying && p.large) high.push(`At least ${p.people!.toLocaleString('en-GB')} people are affected: the number of people raises the severity (EDPB Guidelines 9/2022, §IV).`);

  if (high.length > 0) {
    reasons.push(...high);
    level = 'high';
  } else {
    reasons.push(
      actor === 'insider' && facts.exfiltrated === true
        ? 'Data were taken out by an identified insider: a risk for the people (misuse, unsolicited contact), not a high one for data of this kind (EDPB Guidelines 01/2021, case 08).'
        : facts.exfiltrated === true
          ? 'Personal data were taken out by an unauthorised party: at least a risk for the people (Art. 33(1); EDPB Guidelines 9/2022, §IV).'
          : 'Personal data were disclosed to a recipient who should not have them: a risk for the people (Art. 33(1); EDPB Guidelines 01/2021, cases 15 and 16).',
    );
    level = 'risk';
  }

  if (facts.recipient_trusted === true) {
    if (facts.data_retrieved === true) {
      reasons.push('The recipient is trusted and the data were retrieved or deleted: the severity drops one level (EDPB Guidelines 9/2022, §IV; 01/2021, case 09).');
      return { level: LOWER[level], reasons };
    }
    if (level === 'high') {
      reasons.push('The recipient is trusted (bound to confidentiality): the risk is not high, but the data have not been retrieved yet (EDPB Guidelines 9/2022, §IV).');
      return { level: 'risk', reasons };
    }
    return { level, reasons };
  }
  if (facts.data_retrieved === true) {
    if (level === 'high') {
      reasons.push(
        'The data were recovered before they could be misused: the high risk is no longer likely to materialise, so the people need not be told (Art. 34(3)(b)); the authority is still notified and may require it (Art. 34(4)).',
      );
      return { level, reasons, mitigated: true };
    }
    reasons.push('The data were recovered before they could be misused and are not sensitive: the breach is unlikely to result in a risk (EDPB Guidelines 01/2021, case 13).');
    return { level: 'none', reasons };
  }
  return { level, reasons };
}

function restoredQuickly(facts: BreachFacts): boolean {
  return facts.backup_available === true && facts.restored_within_hours !== undefined && facts.restored_within_hours <= QUICK_RESTORATION_HOURS;
}

function availability(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  const hours = facts.restored_within_hours;
  if (restoredQuickly(facts)) {
    return {
      level: 'none',
      reasons: [`Availability was restored from a backup within ${hours} h, without lasting effect on the people: unlikely to result in a risk (EDPB Guidelines 01/2021, case 01).`],
    };
  }
  const reasons: string[] = [];
  if (facts.backup_available === true) {
    reasons.push(
      hours === undefined
        ? 'The data have not been restored from the backup yet: the loss of availability may affect people (EDPB Guidelines 01/2021, case 02).'
        : `Restoring the data from the backup took ${hours} h (more than ${QUICK_RESTORATION_HOURS} h): the loss of availability may affect people (EDPB Guidelines 01/2021, cases 02 and 03).`,
    );
  } else {
    reasons.push(
      `No usable backup: the data are lost or must be rebuilt${hours === undefined ? '' : ` (restored after ${hours} h)`}, a loss of availability likely to affect people (EDPB Guidelines 01/2021, case 02).`,
    );
  }
  if (p.special.length > 0 || p.vulnerable) {
    reasons.push(
      'The unavailable data are special-category data or concern vulnerable people: their unavailability can endanger people (care delayed, rights limited), a high risk (EDPB Guidelines 01/2021, case 03).',
    );
    return { level: 'high', reasons };
  }
  return { level: 'risk', reasons };
}

function integrity(input: BreachAssessmentInput, p: Profile): Finding {
  const facts = input.facts ?? {};
  if (restoredQuickly(facts)) {
    return { level: 'none', reasons: [`The altered data were restored from a backup within ${facts.restored_within_hours} h: unlikely to result in a risk (EDPB Guidelines 9/2022, §IV).`] };
  }
  const reasons = ['Data were altered and not restored from a backup within 24 h: decisions about people may rest on wrong data (EDPB Guidelines 9/2022, §IV).'];
  if (p.special.length > 0 || p.vulnerable) {
    reasons.push('The altered data are special-category data or concern vulnerable people: a high risk (EDPB Guidelines 9/2022, §IV).');
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
  if (input.data_categories.length === 0) reasons.unshift('No data category is recorded: the assessment assumes the data identify people (Art. 33(3)(a)); record them and assess again.');
  const risk = findings.reduce<RiskLevel>((acc, f) => (RANK[f.level] > RANK[acc] ? f.level : acc), 'none');

  let notifySubjects = risk === 'high';
  let exemption: Art34Exemption = null;
  if (risk === 'high' && findings.filter((f) => f.level === 'high').every((f) => f.mitigated === true)) {
    notifySubjects = false;
    exemption = 'mitigated';
  }
  if (notifySubjects && input.disproportionate_effort === true) {
    exemption = 'disproportionate-effort';
    reasons.push('Telling each person would involve disproportionate effort: a public communication or a similar, equally effective measure replaces individual messages (Art. 34(3)(c)).');
  }

  const { deadline, deadlineIso } = breachDeadline(input.discovered_at);
  const exact = hoursBetween(input.now, deadline);
  // Rounded half away from zero, so that "late by 5.25 h" reads -5.3 as "5.25 h left" reads 5.3.
  const hoursLeft = (Math.sign(exact) * Math.round(Math.abs(exact) * 10)) / 10;
  const decision: BreachDecision = {
    risk,
    notify_authority: risk !== 'none',
    notify_subjects: notifySubjects,
    exemption,
    deadline: deadlineIso,
    hours_left: Object.is(hoursLeft, -0) ? 0 : hoursLeft,
    reasons,
  };

  if (input.role === 'processor') {
    decision.notify_authority = true;
    decision.notify_subjects = false;
    decision.notify_controller = true;
    reasons.push(
      'As processor, notify the controller without undue delay, whatever the risk (Art. 33(2)): the controller assesses the breach and decides on notifying the authority and the people; the assessment above is for its information. Its 72 hours start when it is informed.',
    );
    return decision;
  }
  reasons.push(
    risk === 'none'
      ? 'Unlikely to result in a risk: no notification; document the breach and this reasoning in the register (Art. 33(5)).'
      : risk === 'risk'
        ? 'Likely to result in a risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)); telling the people is not required (Art. 34(1)).'
        : exemption === 'mitigated'
          ? 'High risk, mitigated: notify the supervisory authority within 72 hours of awareness (Art. 33(1)); the people need not be told (Art. 34(3)(b)).'
          : 'Likely to result in a high risk: notify the supervisory authority within 72 hours of awareness (Art. 33(1)) and tell the people without undue delay (Art. 34(1)).',
  );
  return decision;
}
