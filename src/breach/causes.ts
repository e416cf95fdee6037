/**
 * Causes of a breach, as the wizard offers them. `cause` is a free id in the register
 * (REGISTER-FORMAT.md), so any id is accepted; the ones listed here also say who holds the
 * data afterwards, which EDPB Guidelines 9/2022 §IV weighs under "severity of consequences":
 * an unknown party acting with malicious intent (ENISA 2013: "malicious intent", unknown
 * recipients) is worse than a mistake whose recipients are known.
 */
export type BreachActor = 'external' | 'insider' | 'accidental';

export interface BreachCause {
  id: string;
  actor: BreachActor;
  name: { en: string; fr: string };
}

export const BREACH_CAUSES: readonly BreachCause[] = [
  { id: 'ransomware', actor: 'external', name: { en: 'Ransomware', fr: 'Rançongiciel' } },
  { id: 'phishing', actor: 'external', name: { en: 'Phishing', fr: 'Hameçonnage' } },
  {
    id: 'hacking',
    actor: 'external',
    name: {
      en: 'Intrusion, hacking of a system or website',
      fr: "Intrusion, piratage d'un système ou d'un site",
    },
  },
  {
    id: 'malware',
    actor: 'external',
    name: { en: 'Malware (other than ransomware)', fr: 'Logiciel malveillant (hors rançongiciel)' },
  },
  {
    id: 'credential-stuffing',
    actor: 'external',
    name: {
      en: 'Credential stuffing, account takeover',
      fr: "Bourrage d'identifiants, prise de contrôle de comptes",
    },
  },
  {
    id: 'social-engineering',
    actor: 'external',
    name: {
      en: 'Social engineering, identity theft',
      fr: "Ingénierie sociale, usurpation d'identité",
    },
  },
  {
    id: 'email-compromise',
    actor: 'external',
    name: { en: 'Compromised mailbox', fr: 'Messagerie compromise' },
  },
  {
    id: 'theft',
    actor: 'external',
    name: {
      en: 'Theft of a device or of paper files',
      fr: "Vol d'un appareil ou de documents papier",
    },
  },
  {
    id: 'insider',
    actor: 'insider',
    name: {
      en: 'Misuse by an employee or former employee',
      fr: 'Détournement par un salarié ou un ancien salarié',
    },
  },
  {
    id: 'lost-device',
    actor: 'accidental',
    name: { en: 'Lost device or documents', fr: "Perte d'un appareil ou de documents" },
  },
  {
    id: 'misdelivery',
    actor: 'accidental',
    name: {
      en: 'Sent to the wrong recipient (mail, e-mail, upload)',
      fr: 'Envoi au mauvais destinataire (courrier, courriel, dépôt)',
    },
  },
  {
    id: 'misconfiguration',
    actor: 'accidental',
    name: {
      en: 'Misconfiguration, data left publicly accessible',
      fr: 'Erreur de configuration, données laissées accessibles',
    },
  },
  {
    id: 'human-error',
    actor: 'accidental',
    name: {
      en: 'Other human error (deletion, alteration)',
      fr: 'Autre erreur humaine (suppression, modification)',
    },
  },
  {
    id: 'system-failure',
    actor: 'accidental',
    name: { en: 'System failure, outage', fr: 'Panne, défaillance technique' },
  },
];

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
