/** `gdpr breach assess <incident> [path]`: the notification decision from the incident's facts. */
import { assessBreach, sameDecision } from '../breach/assess.js';
import { assessSeverity } from '../breach/severity.js';
import { severityComparison, severityJson } from '../breach/severity-words.js';
import { notifiedAuthority } from '../breach/authority.js';
import { decisionJson, reasonLanguage } from '../breach/reasons.js';
import { assessmentInput, findIncident, registerStart } from '../breach/record.js';
import { assessmentText } from '../breach/wizard.js';
import { describeInstant, displayZone } from '../breach/zone.js';
import { notificationDuties } from '../model/breaches.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { parseClock } from '../options.js';
import { openRegister } from '../register/open.js';
import { commandLanguage } from '../locale/index.js';
import type { Incident } from '../types/register.js';
import type { BREACH_ASSESS, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr breach assess`, as declared in specs.ts. */
export type BreachAssessOptions = OptionsOf<typeof BREACH_ASSESS>;

export async function breachAssess(options: BreachAssessOptions, io: Io): Promise<number> {
  const { now } = parseClock(options);
  const register = openRegister(io.cwd, registerStart(options.incident, options.path), {
    lang: undefined,
  });
  const record = findIncident(
    register,
    options.incident,
    io.cwd,
    commandLanguage(undefined, register.config?.data.languages),
  );
  const input = assessmentInput(record.data, register, now);
  const decision = assessBreach(input);
  const severity = assessSeverity(input);

  if (options.format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ ...decisionJson(decision), ...severityJson(severity, decision) }, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const config = register.config?.data;
  const zone = displayZone(config?.organisation.country, io.env);
  const role = record.data.role ?? 'controller';
  const out = [
    `${record.id}: ${record.data.title}`,
    `Aware since ${describeInstant(new Date(record.data.discovered_at), zone)}.`,
  ];
  const notifiedAt =
    role === 'processor'
      ? record.data.notifications?.controller?.at
      : record.data.notifications?.authority?.at;
  // The reasons in the register's language: they are the Art. 33(5) record as the wizard keeps it.
  const lang = reasonLanguage(config?.languages);
  out.push(
    assessmentText(decision, {
      zone,
      authority: notifiedAuthority(config, 'en'),
      role,
      notifiedAt,
      lang,
      severity,
    }).trimEnd(),
  );
  // Where ENISA and the EDPB factors call for other duties, both are shown; the EDPB decides.
  const comparison = severityComparison(severity, decision, lang);
  if (comparison !== null) out.push(`  ${comparison}`);
  const recorded = record.data.assessment;
  if (recorded) {
    const same = sameDecision(recorded, decision);
    out.push(
      same
        ? `Recorded decision: the same${recorded.overridden ? ' (set by a person)' : ''}.`
        : `Recorded decision differs: risk ` +
            `${recorded.risk}${recorded.overridden ? ', set by a person' : ''}${recordedDuties(record.data)} ` +
            `— its rationale is the Art. 33(5) record; change the facts or the assessment if it ` +
            `no longer holds.`,
    );
  } else {
    out.push(
      'No decision recorded yet: `gdpr breach update` records the notifications; the wizard records the assessment.',
    );
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}

/** The duties the recorded decision sets, as `gdpr check` reads them. */
function recordedDuties(incident: Incident): string {
  const duties = notificationDuties(incident);
  if (duties.controller) return ' (notify the controller)';
  return ` (notify the authority: ${duties.authority ? 'yes' : 'no'}; tell the people: ${duties.subjects ? 'yes' : 'no'})`;
}
