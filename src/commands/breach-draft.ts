// PLACEHOLDER — replaced by the helper that owns this command. Must not be committed as is.
import type { Io } from '../io.js';
export async function breachDraft(_options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new Error('gdpr: this command is not implemented yet');
}
