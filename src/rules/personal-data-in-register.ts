import { defineRule } from '../check/rule.js';
import type { DocPath, SourceFile } from '../register/source.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/**
 * Phone numbers, written internationally (`+33 1 00 00 00 00`, `0033 …`, `+1 (555) 010-0199`)
 * or nationally with a trunk 0 (`01 00 00 00 00`, `06.00.00.00.00`, `020 7946 0000`). Dates,
 * instants (`+01:00`), ticket references and counts do not match: an international number needs
 * a non-zero country code not glued to a preceding digit, a national one a leading 0, and both
 * enough digits (checked in phoneNumbers).
 */
const INTERNATIONAL_PHONE = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\w])/g;
const NATIONAL_PHONE = /(?<![\w+.\-/])0\d{1,4}(?:[ .-]?\d{2,4}){2,5}(?![\w\-/])/g;
const US_PHONE = /(?<![\w+])\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}(?!\w)/g;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** Phone-number-looking substrings of `text`, each once, in text order. */
export function phoneNumbers(text: string): string[] {
  const candidates: Array<{ start: number; end: number; text: string }> = [];
  const collect = (pattern: RegExp, minDigits: number, maxDigits: number): void => {
    for (const m of text.matchAll(pattern)) {
      const digits = digitCount(m[0]);
      if (digits >= minDigits && digits <= maxDigits) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  };
  // E.164 allows 15 digits after the country code; a national number has 9 to 12 with its trunk 0.
  collect(INTERNATIONAL_PHONE, 8, 17);
  collect(NATIONAL_PHONE, 9, 12);
  collect(US_PHONE, 10, 10);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: string[] = [];
  let reached = -1;
  for (const c of candidates) {
    if (c.start < reached) continue;
    found.push(c.text);
    reached = c.end;
  }
  return found;
}

export function hasEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** Every string of a document with its path, in document order. */
function strings(value: unknown, path: DocPath, out: Array<{ path: DocPath; text: string }>): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
}

export default defineRule({
  meta: {
    id: 'personal-data-in-register',
    description: 'Incidents and requests hold no e-mail address or phone number: they refer to people by a ticket reference.',
    article: 'GDPR Art. 5(1)(c)',
    severity: 'warning',
    messages: {
      found:
        'this text contains {{what}}; the register is kept in git and shared, so it must not hold data about the people concerned: remove it and refer to the person by a ticket `reference` (the case file keeps the details)',
    },
    docs: {
      why: 'The register is a compliance record kept in git, copied to every clone and kept forever in history; data about the requester or the people affected by a breach do not belong there (data minimisation, Art. 5(1)(c)). Incidents describe categories and counts; requests point to a ticket.',
      triggers: 'Any string of an incident or a request that contains an e-mail address or a phone number.',
      fix: 'Replace the address or number with a ticket reference; if it already reached git history, consider rewriting history, since the data stay there otherwise.',
      uncertain:
        'The detection is a pattern match: it cannot tell a requester\'s address from, say, the address of a processor\'s security desk, which is not data about a data subject. Hence a warning.',
    },
  },
  check({ register, report }) {
    const inspect = (data: unknown, file: SourceFile): void => {
      const found: Array<{ path: DocPath; text: string }> = [];
      strings(data, [], found);
      for (const { path, text } of found) {
        const kinds: string[] = [];
        if (hasEmailAddress(text)) kinds.push('an e-mail address');
        if (phoneNumbers(text).length > 0) kinds.push('a phone number');
        if (kinds.length === 0) continue;
        report({ messageId: 'found', data: { what: kinds.join(' and ') }, file, path });
      }
    };
    for (const incident of register.records.incident.values()) inspect(incident.data, incident.file);
    for (const request of register.records.request.values()) inspect(request.data, request.file);
  },
});
