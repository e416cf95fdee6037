export const VALIDATORS_FILE: string;
export function validatorsCode(
  formats: Readonly<Record<string, unknown>>,
  kinds: Readonly<Record<string, string>>,
): string;
