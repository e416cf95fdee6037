/**
 * The title a person recognises a record by, for "Title (id)" (src/render/title.ts) in the
 * list commands, `gdpr due` and the wizards' choices: an incident's title, a request's
 * reference, an activity's name, a DPIA's activities' names.
 */
import type { Register } from '../register/load.js';
import { localise } from '../render/words.js';
import type { Dpia } from '../types/register.js';

function registerLanguage(register: Register): string {
  return register.config?.data.languages?.[0] ?? 'en';
}

export function activityTitle(register: Register, id: string): string {
  const activity = register.records.activity.get(id);
  const lang = registerLanguage(register);
  return activity ? localise(activity.data.name, lang, lang) : '';
}

export function dpiaTitle(register: Register, dpia: Pick<Dpia, 'activities'>): string {
  return dpia.activities.map((id) => activityTitle(register, id) || id).join(', ');
}
