/**
 * Register texts (`Text = string | { <lang>: string }`) in one language, without loading the
 * document renderer (handlebars): the wizard, `list` and `assess` need names too.
 */
import type { Text } from '../types/register.js';

export function localText(value: Text | undefined, lang: string, defaultLanguage: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value[defaultLanguage] ?? Object.values(value).find((v) => v !== undefined) ?? '';
}
