import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import rule from '../../src/rules/suppression-directive.js';
import { RULES } from '../../src/rules/index.js';
import { BASE_REGISTER, makeRegister } from '../helpers/register.js';
import { ruleTester } from '../helpers/rule-tester.js';

const customers = BASE_REGISTER['activities/customers.yaml']!;
/** An unknown security measure (`vault`) on the last line, 21. */
const withTypo = customers.replace('encryption-at-rest]', 'encryption-at-rest, vault]');
const LAST = 'security_measures: [';

ruleTester(rule, {
  valid: [
    {
      name: 'a directive with a known rule and a reason',
      files: {
        'activities/customers.yaml': withTypo.replace(
          LAST,
          `# gdpr-disable-next-line unknown-reference -- the vault is in the group's catalogue\n${LAST}`,
        ),
      },
    },
    {
      name: 'a comment that merely mentions the word',
      files: {
        'activities/customers.yaml': `# see gdpr-disable-next-line in the README\n${customers}`,
      },
    },
  ],
  invalid: [
    {
      name: 'no reason, and an unknown rule',
      files: {
        'activities/customers.yaml': customers.replace(
          '  - category: identity',
          '  # gdpr-disable-next-line unknown-reference, retention-requird\n  - category: identity',
        ),
      },
      errors: [
        {
          file: 'activities/customers.yaml',
          line: 11,
          column: 5,
          message: 'gives no reason',
          severity: 'error',
        },
        {
          file: 'activities/customers.yaml',
          line: 11,
          column: 47,
          message: '`retention-requird` is not a rule',
        },
      ],
    },
    {
      name: 'no rule named',
      files: { 'activities/customers.yaml': `# gdpr-disable-next-line -- legacy\n${customers}` },
      errors: [{ file: 'activities/customers.yaml', line: 1, column: 3, message: 'names no rule' }],
    },
  ],
});

async function check(files: Record<string, string>) {
  const root = makeRegister(files);
  const { diagnostics } = await checkRegister(root, {
    today: '2026-11-23',
    now: new Date('2026-11-23T00:00:00Z'),
    cwd: root,
    rules: RULES,
  });
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
}

describe('inline suppressions in the engine', () => {
  it('hides the named rule on the next line only', async () => {
    expect(await check({ 'activities/customers.yaml': withTypo })).toEqual([
      'activities/customers.yaml:21:57 unknown-reference',
    ]);
    const suppressed = withTypo.replace(
      LAST,
      `# gdpr-disable-next-line unknown-reference -- in the group's catalogue\n${LAST}`,
    );
    expect(await check({ 'activities/customers.yaml': suppressed })).toEqual([]);
    // Two lines above: it does not reach.
    const far = withTypo.replace(
      'recipients:\n',
      '# gdpr-disable-next-line unknown-reference -- too far\nrecipients:\n',
    );
    expect(await check({ 'activities/customers.yaml': far })).toEqual([
      'activities/customers.yaml:19:26 suppression-directive',
      'activities/customers.yaml:22:57 unknown-reference',
    ]);
  });

  it('a directive that hides nothing is reported as unused; one without a reason still hides', async () => {
    const unused = customers.replace(
      '  - category: contact',
      '  # gdpr-disable-next-line unknown-reference -- old typo\n  - category: contact',
    );
    expect(await check({ 'activities/customers.yaml': unused })).toEqual([
      'activities/customers.yaml:15:28 suppression-directive',
    ]);
    const noReason = withTypo.replace(LAST, `# gdpr-disable-next-line unknown-reference\n${LAST}`);
    expect(await check({ 'activities/customers.yaml': noReason })).toEqual([
      'activities/customers.yaml:21:3 suppression-directive',
    ]);
  });
});
