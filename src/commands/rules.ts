import { RULES } from '../rules/index.js';
import { rulesAsJson, rulesAsMarkdown, rulesAsText } from '../check/rule-docs.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { emit } from '../output.js';

export interface RulesCommandOptions {
  format: 'text' | 'json' | 'md';
  output?: string;
}

export async function rules(options: RulesCommandOptions, io: Io): Promise<number> {
  const text = options.format === 'json' ? rulesAsJson(RULES) : options.format === 'md' ? rulesAsMarkdown(RULES) : rulesAsText(RULES);
  await emit(io, text, options.output);
  return EXIT.ok;
}
