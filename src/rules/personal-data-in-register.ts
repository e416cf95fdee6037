import { hasEmailAddress, phoneNumbers } from '../model/personal-data.js';
import { defineRule } from '../check/rule.js';
import type { DocPath, SourceFile } from '../register/source.js';

function strings(value: unknown, path: DocPath, out: { path: DocPath; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value))
    value.forEach((item, i) => {
      strings(item, [...path, i], out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
}

export default defineRule({
  meta: {
    id: 'personal-data-in-register',
    description:
      'Incidents and requests hold no e-mail address or phone number: they refer to people by a ticket reference.',
    article: 'GDPR Art. 5(1)(c)',
    severity: 'warning',
    messages: {
      found:
        'this text contains {{what}}; the register is kept in git and shared, so it must not hold data about the people concerned: remove it and refer to the person by a ticket `reference` (the case file keeps the details)',
    },
    docs: {
      why: 'The register is a compliance record kept in git, copied to every clone and kept forever in history; data about the requester or the people affected by a breach do not belong there (data minimisation, Art. 5(1)(c)). Incidents describe categories and counts; requests point to a ticket.',
      triggers:
        'Any string of an incident or a request that contains an e-mail address or a phone number.',
      fix: 'Replace the address or number with a ticket reference; if it already reached git history, consider rewriting history, since the data stay there otherwise.',
      uncertain:
        "The detection is a pattern match: it cannot tell a requester's address from, say, the address of a processor's security desk, which is not data about a data subject. Hence a warning.",
    },
  },
  check({ register, report }) {
    const inspect = (data: unknown, file: SourceFile): void => {
      const found: { path: DocPath; text: string }[] = [];
      strings(data, [], found);
      for (const { path, text } of found) {
        const kinds: string[] = [];
        if (hasEmailAddress(text)) kinds.push('an e-mail address');
        if (phoneNumbers(text).length > 0) kinds.push('a phone number');
        if (kinds.length === 0) continue;
        report({ messageId: 'found', data: { what: kinds.join(' and ') }, file, path });
      }
    };
    for (const incident of register.records.incident.values())
      inspect(incident.data, incident.file);
    for (const request of register.records.request.values()) inspect(request.data, request.file);
  },
});
