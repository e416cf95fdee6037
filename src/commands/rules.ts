import { RULES } from '../rules/index.js';
import { rulesAsJson, rulesAsMarkdown, rulesAsText } from '../check/rule-docs.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { emit, outputOf } from '../output.js';
import { messageLanguage } from '../check/rule-text.js';
import type { OptionsOf, RULES as RULES_COMMAND } from './specs.js';

/** The options and arguments of `gdpr rules`, as declared in specs.ts. */
export type RulesCommandOptions = OptionsOf<typeof RULES_COMMAND>;

export async function rules(options: RulesCommandOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const lang = messageLanguage(options.lang);
  const text =
    options.format === 'json'
      ? rulesAsJson(RULES, lang)
      : options.format === 'md'
        ? rulesAsMarkdown(RULES, lang)
        : rulesAsText(RULES, lang);
  await emit(io, text, output);
  return EXIT.ok;
}
