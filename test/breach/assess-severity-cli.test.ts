/** `gdpr breach assess` shows the ENISA score and the EDPB decision, and says which one decides. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');
const PAYSLIPS = '2026-06-02-misdirected-payslips';
const NOW = ['--now', '2026-06-02T12:00:00+02:00'];

async function assess(args: string[]) {
  const io = memoryIo(REPO_ROOT);
  const code = await run(['breach', 'assess', PAYSLIPS, EXAMPLE, ...NOW, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('gdpr breach assess: ENISA and the EDPB side by side', () => {
  it('says in the register language that the decision follows the EDPB where ENISA calls for more', async () => {
    const { code, out, err } = await assess([]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'Severity (ENISA 2013, supporting evidence): DPC 4 × EI 1 + CB 0,25 = 4,25 : très élevée',
    );
    expect(out).toContain(
      '  La gravité selon ENISA (très élevée) appellerait à elle seule : la notification à l’autorité de contrôle et l’information des personnes ; les critères du CEPD appellent : la notification à l’autorité de contrôle. La décision suit le CEPD',
    );
  });

  it('--format json: the scores, whether they agree with the decision, and who decides', async () => {
    const { code, out } = await assess(['--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      notify_authority: boolean;
      notify_subjects: boolean;
      dpc: number;
      severity: { level: string; agrees_with_decision: boolean; decided_by: string };
    };
    expect(json.notify_authority).toBe(true);
    expect(json.notify_subjects).toBe(false);
    expect(json.dpc).toBe(4);
    expect(json.severity).toMatchObject({
      level: 'very_high',
      agrees_with_decision: false,
      decided_by: 'edpb',
    });
  });
});
