/**
 * Causes of a breach, as the wizard offers them. `cause` is a free id in the register
 * (REGISTER-FORMAT.md), so any id is accepted; the ones listed here also say who holds the
 * data afterwards, which EDPB Guidelines 9/2022 §IV weighs under "severity of consequences":
 * an unknown party acting with malicious intent (ENISA 2013: "malicious intent", unknown
 * recipients) is worse than a mistake whose recipients are known.
 */
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { breachWord } from './words.js';

export type BreachActor = 'external' | 'insider' | 'accidental';

export interface BreachCause {
  id: string;
  actor: BreachActor;
  /** Its name in the fallback language, for lists that are not localised (words: causeName). */
  readonly name: { readonly en: string };
}

const CAUSES: readonly (readonly [string, BreachActor])[] = [
  ['ransomware', 'external'],
  ['phishing', 'external'],
  ['hacking', 'external'],
  ['malware', 'external'],
  ['credential-stuffing', 'external'],
  ['social-engineering', 'external'],
  ['email-compromise', 'external'],
  ['theft', 'external'],
  ['insider', 'insider'],
  ['lost-device', 'accidental'],
  ['misdelivery', 'accidental'],
  ['misconfiguration', 'accidental'],
  ['human-error', 'accidental'],
  ['system-failure', 'accidental'],
];

/** The causes the wizard offers; their names are `cause.<id>` in locales/<lang>/breach.json. */
export const BREACH_CAUSES: readonly BreachCause[] = CAUSES.map(([id, actor]) => ({
  id,
  actor,
  name: {
    get en(): string {
      return breachWord(FALLBACK_LANGUAGE, `cause.${id}`);
    },
  },
}));

/** The name of a listed cause in `lang`; a free id is shown as it is written. */
export function causeName(id: string, lang: string): string {
  return BREACH_CAUSES.some((c) => c.id === id) ? breachWord(lang, `cause.${id}`) : id;
}

/** Other ids a register may use for the same causes (free ids written by hand). */
const ALIASES: Readonly<Record<string, BreachActor>> = {
  intrusion: 'external',
  'sql-injection': 'external',
  'web-skimming': 'external',
  'account-takeover': 'external',
  'identity-theft': 'external',
  burglary: 'external',
  'stolen-device': 'external',
  cyberattack: 'external',
  'former-employee': 'insider',
  'employee-misuse': 'insider',
  'misdirected-email': 'accidental',
  mispostal: 'accidental',
  'publication-error': 'accidental',
  'improper-disposal': 'accidental',
};

/**
 * Who may hold the data. An unknown cause counts as an external attack when data were
 * exfiltrated (we cannot say who took them: assume the worse, EDPB Guidelines 9/2022 §IV),
 * and as an accident otherwise.
 */
export function actorOf(
  cause: string | undefined,
  exfiltrated: boolean | 'unknown' | undefined,
): BreachActor {
  const known =
    cause === undefined
      ? undefined
      : (BREACH_CAUSES.find((c) => c.id === cause)?.actor ?? ALIASES[cause]);
  if (known !== undefined) return known;
  return exfiltrated === true ? 'external' : 'accidental';
}

/** Causes where a device or paper files left our hands (lost or stolen), not a system attacked. */
const DEVICE_LOSS = new Set(['theft', 'lost-device', 'stolen-device', 'burglary']);

/** True for the loss or theft of a device or of paper files (EDPB Guidelines 01/2021, cases 10-12). */
export function isDeviceLoss(cause: string | undefined): boolean {
  return cause !== undefined && DEVICE_LOSS.has(cause);
}
