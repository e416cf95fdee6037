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
    article: 'GDPR Art. 5(1)(c)',
    severity: 'warning',
  },
  check({ register, report }) {
    const inspect = (data: unknown, file: SourceFile): void => {
      const found: { path: DocPath; text: string }[] = [];
      strings(data, [], found);
      for (const { path, text } of found) {
        const kinds: string[] = [];
        if (hasEmailAddress(text)) kinds.push('email');
        if (phoneNumbers(text).length > 0) kinds.push('phone');
        if (kinds.length === 0) continue;
        report({
          messageId: 'found',
          data: { what: kinds.length > 1 ? 'both' : (kinds[0] ?? '') },
          file,
          path,
        });
      }
    };
    for (const incident of register.records.incident.values())
      inspect(incident.data, incident.file);
    for (const request of register.records.request.values()) inspect(request.data, request.file);
  },
});
