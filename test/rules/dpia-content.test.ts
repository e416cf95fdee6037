import { ruleTester } from '../helpers/rule-tester.js';
import rule from '../../src/rules/dpia-content.js';

const HEAD = 'activities: [customers]\n';

const cases: Parameters<typeof ruleTester>[1] = {
  valid: [
    { name: 'the base register has no DPIA', files: {} },
    {
      name: 'a validated DPIA with the four parts',
      files: {
        'dpias/customers.yaml': `${HEAD}status: validated\ncontent:\n  description: "§1"\n  necessity_proportionality: "§2"\n  risks: "§3"\n  measures: "§4"\n`,
      },
    },
    {
      name: 'a draft and an outdated DPIA are not checked',
      files: {
        'dpias/a.yaml': `${HEAD}status: draft\n`,
        'dpias/b.yaml': `${HEAD}status: outdated\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a validated DPIA without content: one finding per part',
      files: { 'dpias/customers.yaml': `${HEAD}status: validated\n` },
      errors: [
        {
          file: 'dpias/customers.yaml',
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            'does not record its Art. 35(7)(a) part, a systematic description of the processing and its purposes; add `content.description`',
        },
        {
          file: 'dpias/customers.yaml',
          line: 1,
          column: 1,
          message: 'Art. 35(7)(b) part, an assessment of its necessity and proportionality',
        },
        { file: 'dpias/customers.yaml', line: 1, column: 1, message: 'Art. 35(7)(c) part' },
        { file: 'dpias/customers.yaml', line: 1, column: 1, message: 'Art. 35(7)(d) part' },
      ],
    },
    {
      name: 'a DPIA in progress that lacks the risks',
      files: {
        'dpias/customers.yaml': `${HEAD}status: in-progress\ncontent:\n  description: "§1"\n  necessity_proportionality: "§2"\n  measures: "§4"\n`,
      },
      errors: [
        {
          file: 'dpias/customers.yaml',
          line: 4,
          column: 3,
          message:
            'the DPIA `customers` does not record its Art. 35(7)(c) part, an assessment of the risks',
        },
      ],
    },
  ],
};

ruleTester(rule, cases);
