export const HOLIDAYS_DIR: string;
export const FROM: number;
export const TO: number;
/** EEA members, the United Kingdom and Switzerland (ISO 3166-1 alpha-2, sorted). */
export function countryCodes(): string[];
/** The content of data/law/holidays/<country>.json, without `as_of`. */
export function generateCountry(country: string): {
  description: string;
  source: string[];
  generated_by: string;
  years: { from: number; to: number };
  calendars: Record<string, Record<string, unknown>>;
};
