import { RULES } from '../rules/index.js';
import { rulesAsJson, rulesAsMarkdown, rulesAsText } from '../check/rule-docs.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { emit, outputOf } from '../output.js';
import type { OptionsOf, RULES as RULES_COMMAND } from './specs.js';

/** The options and arguments of `gdpr rules`, as declared in specs.ts. */
export type RulesCommandOptions = OptionsOf<typeof RULES_COMMAND>;

export async function rules(options: RulesCommandOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const text =
    options.format === 'json'
      ? rulesAsJson(RULES)
      : options.format === 'md'
        ? rulesAsMarkdown(RULES)
        : rulesAsText(RULES);
  await emit(io, text, output);
  return EXIT.ok;
}
