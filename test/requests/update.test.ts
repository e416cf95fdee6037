import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

// Received Tue 10 Nov 2026: first month ends Thu 10 Dec 2026; three months, Wed 10 Feb 2027.
const REQUEST = `# yaml-language-server: $schema=../../schemas/request.schema.json
type: objection
received: 2026-11-10
channel: email
# Ticket in the support desk.
reference: TICKET-5120
status: open
activities: [customers]
`;
const FILE = 'requests/2026-11-10-objection.yaml';

function register(request = REQUEST): string {
  return makeRegister({ [FILE]: request });
}

async function gdpr(
  root: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await run(['request', 'update', '2026-11-10-objection', '.', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function fileOf(root: string): string {
  return readFileSync(join(root, FILE), 'utf8');
}

function expectValid(root: string): void {
  expect(loadRegister(root).problems.map((p) => `${p.file.relPath}: ${p.message}`)).toEqual([]);
}

describe('gdpr request update', () => {
  it('records the identity check in place: modeline, comments and key order kept, new key in schema order', async () => {
    const root = register();
    const r = await gdpr(root, ['--today', '2026-11-23', '--identity-verified', '2026-11-12']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Updated ${FILE}.\nIdentity verified on 2026-11-12 (Art. 12(6)).\n`);
    expect(fileOf(root)).toBe(
      REQUEST.replace('status: open\n', 'identity_verified: 2026-11-12\nstatus: open\n'),
    );
    expectValid(root);
  });

  it('extends within the first month: three months from receipt', async () => {
    const root = register();
    const r = await gdpr(root, [
      '--today',
      '2026-11-23',
      '--extend',
      '2',
      '--reason',
      'Data spread over three systems',
      '--notified',
      '2026-11-20',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Updated ${FILE}.\nExtended by 2 months: due 2027-02-10 (Art. 12(3): 3 months from receipt, Reg. 1182/71).\n`,
    );
    expect(fileOf(root)).toBe(
      REQUEST.replace(
        'status: open\n',
        'extension:\n  months: 2\n  reason: Data spread over three systems\n  notified: 2026-11-20\nstatus: open\n',
      ),
    );
    expectValid(root);
  });

  it('allows a second extension up to three months in all, and refuses more (Art. 12(3))', async () => {
    const root = register();
    expect(
      (
        await gdpr(root, [
          '--today',
          '2026-11-23',
          '--extend',
          '1',
          '--reason',
          'Complex',
          '--notified',
          '2026-11-20',
        ])
      ).code,
    ).toBe(0);
    const second = await gdpr(root, [
      '--today',
      '2026-11-30',
      '--extend',
      '1',
      '--reason',
      'Many requests',
      '--notified',
      '2026-11-30',
    ]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Extended by 2 months: due 2027-02-10');
    expect(fileOf(root)).toContain(
      'extension:\n  months: 2\n  reason: Complex; Many requests\n  notified: 2026-11-30\n',
    );
    const before = fileOf(root);
    const third = await gdpr(root, [
      '--today',
      '2026-12-01',
      '--extend',
      '1',
      '--reason',
      'Still more',
      '--notified',
      '2026-12-01',
    ]);
    expect(third.code).toBe(2);
    expect(third.err).toBe(
      'gdpr: an extension of 1 month on top of 2 already granted would exceed the 2 further months Art. 12(3) allows (3 months from receipt in all); nothing was written.\n',
    );
    expect(fileOf(root)).toBe(before);
  });

  it('refuses an extension the person was told of after the first month (exit 2, file unchanged)', async () => {
    const root = register();
    // First month: Thu 10 Dec 2026; told on Fri 11 Dec.
    const r = await gdpr(root, [
      '--today',
      '2026-12-14',
      '--extend',
      '2',
      '--reason',
      'Complex',
      '--notified',
      '2026-12-11',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'gdpr: the person was told of the extension on 2026-12-11, after the first month (due 2026-12-10): Art. 12(3) requires telling them, with the reasons, within one month of receipt. The request stays due on 2026-12-10; nothing was written.\n',
    );
    expect(fileOf(root)).toBe(REQUEST);
  });

  it('an extension without its reason or notification date lists what is missing', async () => {
    const root = register();
    const r = await gdpr(root, ['--today', '2026-11-23', '--extend', '2']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      [
        'gdpr: missing answers (no terminal to ask them); nothing was written:',
        '  reason    Why is the extension necessary (complexity, number of requests)? (--reason)',
        '  notified  Date the person was told of the extension and its reasons (YYYY-MM-DD) (--notified)',
        'Answer them with the flags shown or with --answers FILE (a YAML map of these names).',
        '',
      ].join('\n'),
    );
    expect(fileOf(root)).toBe(REQUEST);
  });

  it('--extend 3 is not a choice', async () => {
    const root = register();
    const r = await gdpr(root, [
      '--today',
      '2026-11-23',
      '--extend',
      '3',
      '--reason',
      'x',
      '--notified',
      '2026-11-20',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('gdpr: answer `extend` must be one of: 1, 2 (got `3`)\n');
  });

  it('completes a request: status and date, and says whether it was in time', async () => {
    const root = register();
    const r = await gdpr(root, ['--today', '2026-12-01', '--complete', '2026-12-01']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Updated ${FILE}.\nCompleted on 2026-12-01, within the due date 2026-12-10.\n`,
    );
    expect(fileOf(root)).toBe(
      REQUEST.replace('status: open\n', 'status: completed\ncompleted: 2026-12-01\n'),
    );
    expectValid(root);

    const late = register();
    const l = await gdpr(late, ['--today', '2026-12-14', '--complete', '2026-12-14']);
    expect(l.out).toBe(
      `Updated ${FILE}.\nCompleted on 2026-12-14, 4 days after the due date 2026-12-10 (Art. 12(3)); record why in the case file.\n`,
    );
  });

  it('refuses a request and reminds the Art. 12(4) content of the letter', async () => {
    const root = register();
    const r = await gdpr(root, [
      '--today',
      '2026-11-23',
      '--refuse',
      '2026-11-23',
      '--reason',
      'Manifestly unfounded (Art. 12(5))',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        `Updated ${FILE}.`,
        'Refused; the person was told on 2026-11-23.',
        'Reminder (Art. 12(4)): the refusal letter must give the reasons and tell the person of their right to lodge a complaint with a supervisory authority and to seek a judicial remedy.',
        '',
      ].join('\n'),
    );
    expect(fileOf(root)).toBe(
      REQUEST.replace(
        'status: open\n',
        'status: refused\nrefusal:\n  reason: Manifestly unfounded (Art. 12(5))\n  informed: 2026-11-23\n',
      ),
    );
    expectValid(root);
  });

  it('refuses to extend, complete or refuse a closed request', async () => {
    const root = register(
      REQUEST.replace('status: open\n', 'status: completed\ncompleted: 2026-11-20\n'),
    );
    const r = await gdpr(root, [
      '--today',
      '2026-11-23',
      '--refuse',
      '2026-11-23',
      '--reason',
      'x',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'gdpr: request 2026-11-10-objection is already completed; only an open request can be extended, answered or refused\n',
    );
  });

  it('refuses dates before receipt or after today', async () => {
    const root = register();
    const before = await gdpr(root, ['--today', '2026-11-23', '--complete', '2026-11-09']);
    expect(before.code).toBe(2);
    expect(before.err).toBe(
      'gdpr: answer `completed`: 2026-11-09 is before the date received (2026-11-10)\n',
    );
    const after = await gdpr(root, ['--today', '2026-11-23', '--identity-verified', '2026-11-24']);
    expect(after.err).toBe(
      'gdpr: answer `identity_verified`: 2026-11-24 is after today (2026-11-23)\n',
    );
    expect(fileOf(root)).toBe(REQUEST);
  });

  it('without a flag and without a terminal, asks for the action: exit 2', async () => {
    const root = register();
    const r = await gdpr(root, ['--today', '2026-11-23']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '  action  What do you want to record? (--identity-verified, --extend, --complete or --refuse)\n',
    );
  });

  it('an unknown request id is a usage error with a suggestion', async () => {
    const root = register();
    const io = memoryIo(root);
    expect(
      await run(
        [
          'request',
          'update',
          '2026-11-10-objetion',
          '.',
          '--complete',
          '2026-11-20',
          '--today',
          '2026-11-23',
        ],
        io,
      ),
    ).toBe(2);
    expect(io.err()).toBe(
      'gdpr: no request `2026-11-10-objetion` in requests/. Did you mean `2026-11-10-objection`?\n',
    );
  });
});
