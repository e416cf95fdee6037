import { defineRule } from '../check/rule.js';
import { lacksRequiredRepresentative } from '../model/organisation.js';

export default defineRule({
  meta: {
    id: 'representative-required',
    description:
      'An organisation established outside the EEA designates a representative in the Union.',
    article: 'GDPR Art. 27',
    severity: 'error',
    messages: {
      missing:
        'the organisation is established in {{country}}, outside the EEA, and names no representative in the Union; add `organisation.representative` (name, e-mail, the Member State where it is established). If the Art. 27(2)(a) exemption applies (occasional processing, no large-scale Art. 9 or Art. 10 data, unlikely to result in a risk), document it and set `representative-required: off` under `rules:`; a public authority or body sets `organisation.public_body: true` (Art. 27(2)(b))',
    },
    docs: {
      why: 'A controller or processor not established in the Union whose processing falls under Art. 3(2) (offering goods or services to people in the Union, or monitoring their behaviour there) must designate in writing a representative in a Member State where the people concerned are (Art. 27(1), (3)); the record names it (Art. 30(1)(a)).',
      triggers:
        '`organisation.country` in gdpr.yaml is outside the EEA and `organisation.representative` is missing, unless `organisation.public_body: true` (Art. 27(2)(b)).',
      fix: 'Add `organisation.representative` with `name`, `email` and `country` (the Member State), and ideally `address`.',
      uncertain:
        "Art. 27(2) exempts (a) processing that is occasional, does not include large-scale processing of Art. 9 or Art. 10 data and is unlikely to result in a risk to people's rights and freedoms, and (b) public authorities or bodies. `public_body: true` is honoured as exemption (b). Whether exemption (a) applies is a judgement the register cannot make, so the rule stays an error: an organisation that has documented the exemption sets `representative-required: off` under `rules:` in gdpr.yaml. The rule also assumes that a register kept for a non-EEA organisation means its processing falls under Art. 3(2).",
    },
  },
  check({ register, report }) {
    const config = register.config;
    if (config === undefined) return;
    // The engine skips a rule switched off in gdpr.yaml before it runs, so the shared condition's
    // own `off` test never hides a finding here.
    if (!lacksRequiredRepresentative(config.data)) return;
    report({
      messageId: 'missing',
      data: { country: config.data.organisation.country },
      file: config.file,
      path: ['organisation'],
    });
  },
});
