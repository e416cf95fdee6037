/**
 * What `gdpr breach new` prints after recording an incident: the file, then the commands that
 * come next, each with the register's path so that it runs as copied from the folder the user
 * is in.
 */
import type { NotificationDuties } from '../model/breaches.js';
import { wizardWords } from '../prompts/language.js';

/** A shell word: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The "Next:" lines: the drafts the duties call for, then `breach update`. The commands stay
 * as typed; what they do is said in `lang` (locales/<lang>/wizard.json `breach.report.*`).
 */
export function nextSteps(
  id: string,
  duties: NotificationDuties,
  registerPath: string,
  lang = 'en',
): string[] {
  const t = wizardWords(lang);
  const at = `${id} ${shellWord(registerPath)}`;
  const lines: [string, string][] = [];
  if (duties.controller)
    lines.push([`gdpr breach draft ${at} --to controller`, t('breach.report.next_controller')]);
  else {
    if (duties.authority)
      lines.push([`gdpr breach draft ${at} --to authority`, t('breach.report.next_authority')]);
    if (duties.subjects)
      lines.push([`gdpr breach draft ${at} --to subjects`, t('breach.report.next_subjects')]);
  }
  lines.push([`gdpr breach update ${at}`, t('breach.report.next_update')]);
  const width = Math.max(...lines.map(([command]) => command.length));
  return [
    t('breach.report.next'),
    ...lines.map(([command, what]) => `  ${command.padEnd(width)}    ${what}`),
  ];
}
