import type { Format } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isDuration } from '../law/duration.js';
import { isCountryCode } from './country.js';

/**
 * The `format`s the schemas use, by name. The validators generated at build time
 * (scripts/build-validators.mjs → dist/validators.cjs) take this object: the standard formats are
 * ajv-formats' ("full" mode), the register's own are the project's single tests.
 */
export const REGISTER_FORMATS: Readonly<Record<string, Format>> = {
  date: fullFormats.date,
  'date-time': fullFormats['date-time'],
  email: fullFormats.email,
  uri: fullFormats.uri,
  'iso-duration': { type: 'string', validate: isDuration },
  'country-code': { type: 'string', validate: isCountryCode },
  'language-code': { type: 'string', validate: (s: string) => /^[a-z]{2}$/.test(s) },
};
