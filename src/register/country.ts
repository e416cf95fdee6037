import { createRequire } from 'node:module';

// ISO 3166-1 alpha-2 codes, from the list i18n-iso-countries ships; loaded once, only to
// validate (the schemas' `country-code` format, and `gdpr init`'s country question).
let countryCodes: Set<string> | undefined;

export function isCountryCode(code: string): boolean {
  if (!countryCodes) {
    const require = createRequire(import.meta.url);
    const rows = require('i18n-iso-countries/codes.json') as [string, string, string][];
    countryCodes = new Set(rows.map((row) => row[0]));
  }
  return countryCodes.has(code);
}
