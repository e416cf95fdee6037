/**
 * Detectors for people's contact data in free text: the register documents processing, it does
 * not hold people's data (REGISTER-FORMAT.md "Principles"). Shared by the rule
 * personal-data-in-register and by `gdpr request new`, which refuses such a ticket reference.
 */
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
  const candidates: { start: number; end: number; text: string }[] = [];
  const collect = (pattern: RegExp, minDigits: number, maxDigits: number): void => {
    for (const m of text.matchAll(pattern)) {
      const digits = digitCount(m[0]);
      if (digits >= minDigits && digits <= maxDigits)
        candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
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
