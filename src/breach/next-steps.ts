/**
 * What `gdpr breach new` prints after recording an incident: the file, then the commands that
 * come next, each with the register's path so that it runs as copied from the folder the user
 * is in.
 */
import type { NotificationDuties } from '../model/breaches.js';

/** A shell word: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The "Next:" lines: the drafts the duties call for, then `breach update`. */
export function nextSteps(id: string, duties: NotificationDuties, registerPath: string): string[] {
  const at = `${id} ${shellWord(registerPath)}`;
  const lines: [string, string][] = [];
  if (duties.controller)
    lines.push([
      `gdpr breach draft ${at} --to controller`,
      'the notice to the controller (Art. 33(2))',
    ]);
  else {
    if (duties.authority)
      lines.push([`gdpr breach draft ${at} --to authority`, 'the notification (Art. 33(3))']);
    if (duties.subjects)
      lines.push([
        `gdpr breach draft ${at} --to subjects`,
        'the letter to the people (Art. 34(2))',
      ]);
  }
  lines.push([`gdpr breach update ${at}`, 'record notifications, measures, closing']);
  const width = Math.max(...lines.map(([command]) => command.length));
  return ['Next:', ...lines.map(([command, what]) => `  ${command.padEnd(width)}    ${what}`)];
}
