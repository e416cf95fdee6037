import type { Diagnostic, FormatContext } from '../../src/diagnostics.js';

/**
 * Two files, errors and a warning, already in the caller's order. The warning's message carries
 * every character some output format must escape: `%`, `:`, `,`, a newline, `<script>` and `&`.
 */
export const retentionMissing: Diagnostic = {
  rule: 'retention-required',
  severity: 'error',
  message: 'Purpose has no retention period.',
  file: 'register/activities/payroll.yaml',
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 18,
  path: 'purposes[0]',
  article: 'GDPR Art. 30(1)(f)',
};

export const markupInNote: Diagnostic = {
  rule: 'free-text-markup',
  severity: 'warning',
  message: 'Note: 100% of "R&D, Ltd"\n<script> tag.',
  file: 'register/activities/payroll.yaml',
  line: 12,
  column: 14,
  endLine: 13,
  endColumn: 14,
  path: 'notes',
};

export const transferWithoutMechanism: Diagnostic = {
  rule: 'transfer-mechanism-required',
  severity: 'error',
  message: 'Transfer to US has no transfer mechanism.',
  file: 'register/processors/mailer.yaml',
  line: 9,
  column: 1,
  endLine: 9,
  endColumn: 12,
  path: 'transfers[0]',
  article: 'GDPR Art. 46(1)',
};

export const diagnostics: readonly Diagnostic[] = [
  retentionMissing,
  markupInNote,
  transferWithoutMechanism,
];

export const context: FormatContext = {
  color: false,
  cwd: '/srv/atelier durand/register-repo',
  toolVersion: '0.1.0',
  // Not in the order the diagnostics use them, so that a wrong ruleIndex shows.
  rules: [
    {
      id: 'transfer-mechanism-required',
      description: 'Transfers outside the EEA name their Chapter V mechanism.',
      article: 'GDPR Art. 46(1)',
      severity: 'error',
    },
    {
      id: 'retention-required',
      description: 'Every purpose states how long its data is kept.',
      article: 'GDPR Art. 30(1)(f)',
      severity: 'error',
      helpUri: 'https://gdpr-cli.example/rules/retention-required',
    },
    { id: 'free-text-markup', description: 'Free text contains no markup.', severity: 'warning' },
  ],
};
