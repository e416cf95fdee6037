import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { requestNew } from '../../src/commands/request-new.js';
import type { Asker } from '../../src/prompts/asker.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

const TODAY = '2026-11-23';

/** A register with an activity on legitimate interests, to exercise the Art. 20 warning. */
function register(): string {
  return makeRegister({
    'activities/prospecting.yaml': `name: Prospecting
purposes:
  - description: Prospect businesses
    legal_basis: legitimate-interests
    legitimate_interest: Finding new customers
data_subjects: [customers]
data:
  - category: contact
    retention: customers-3y
    source: third-party
security_measures: [access-control]
`,
  });
}

async function gdpr(
  root: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

function expectValid(root: string): void {
  expect(loadRegister(root).problems.map((p) => `${p.file.relPath}: ${p.message}`)).toEqual([]);
}

describe('gdpr request new', () => {
  it('writes requests/<received>-<type>.yaml (no -1 on the first of the day) with the modeline and prints the due date', async () => {
    const root = register();
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'TICKET-6001',
      '--activities',
      'customers',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'requests/2026-11-23-access.yaml');
    expect(readFileSync(file, 'utf8')).toBe(
      [
        `# yaml-language-server: $schema=${relativeSchema(root, 'request')}`,
        'type: access',
        'received: 2026-11-23',
        'channel: email',
        'reference: TICKET-6001',
        'status: open',
        'activities: [customers]',
        '',
      ].join('\n'),
    );
    // Mon 23 Nov 2026 → Wed 23 Dec 2026, a working day.
    expect(r.out).toBe(
      [
        'Recorded requests/2026-11-23-access.yaml (status open).',
        'due 2026-12-23 (Art. 12(3): one month, Reg. 1182/71); 30 days left.',
        'An extension (up to 2 further months) must be notified to the person, with its reasons, by 2026-12-23 (Art. 12(3)).',
        '',
      ].join('\n'),
    );
    expectValid(root);
  });

  it('never overwrites: a second request of the same day and type takes the next number', async () => {
    const root = register();
    const args = [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'erasure',
      '--channel',
      'email',
      '--reference',
    ];
    expect((await gdpr(root, [...args, 'T-1'])).code).toBe(0);
    const first = readFileSync(join(root, 'requests/2026-11-23-erasure.yaml'), 'utf8');
    const second = await gdpr(root, [...args, 'T-2']);
    expect(second.code).toBe(0);
    expect(second.out.split('\n')[0]).toBe(
      'Recorded requests/2026-11-23-erasure-2.yaml (status open).',
    );
    expect(readFileSync(join(root, 'requests/2026-11-23-erasure.yaml'), 'utf8')).toBe(first);
    expect(readFileSync(join(root, 'requests/2026-11-23-erasure-2.yaml'), 'utf8')).toContain(
      'reference: T-2\n',
    );
    expectValid(root);
  });

  it('skips a number already used by a .yml file', async () => {
    const root = register();
    const requests = join(root, 'requests');
    await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-1',
    ]);
    writeFileSync(
      join(requests, '2026-11-23-access-2.yml'),
      readFileSync(join(requests, '2026-11-23-access.yaml')),
    );
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-3',
    ]);
    expect(r.out.split('\n')[0]).toBe('Recorded requests/2026-11-23-access-3.yaml (status open).');
  });

  it('goes on from -2 in a register that already holds an older -1 file for the day', async () => {
    const root = register();
    const requests = join(root, 'requests');
    await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-1',
    ]);
    renameSync(
      join(requests, '2026-11-23-access.yaml'),
      join(requests, '2026-11-23-access-1.yaml'),
    );
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-2',
    ]);
    expect(r.out.split('\n')[0]).toBe('Recorded requests/2026-11-23-access-2.yaml (status open).');
  });

  it('says when the month ends on a holiday and the date rolls over (Reg. 1182/71 Art. 3(4))', async () => {
    const root = register();
    // Sun 11 Oct 2026 → Wed 11 Nov 2026, Armistice Day → Thu 12 Nov 2026.
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--received',
      '2026-10-11',
      '--type',
      'objection',
      '--channel',
      'letter',
      '--reference',
      'T-9',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[1]).toBe(
      'due 2026-11-12 (Art. 12(3): one month, Reg. 1182/71; 2026-11-11 is not a working day, so the period ends on the next one, Art. 3(4)); 11 days late.',
    );
  });

  it('warns when the right does not apply to the legal basis of an activity (Art. 20(1)(a))', async () => {
    const root = register();
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'portability',
      '--channel',
      'email',
      '--reference',
      'T-1',
      '--activities',
      'prospecting,customers',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'warning: prospecting: the right to data portability applies only to processing based on consent or a contract (Art. 20(1)(a)); this activity relies on legitimate-interests\n',
    );
    expect(existsSync(join(root, 'requests/2026-11-23-portability.yaml'))).toBe(true);
  });

  it('without a terminal, lists the missing answers, exits 2 and writes nothing', async () => {
    const root = register();
    const r = await gdpr(root, ['request', 'new', '.', '--today', TODAY, '--type', 'access']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      [
        'gdpr: missing answers (no terminal to ask them); nothing was written:',
        '  channel    How did it arrive (email, letter, web-form, phone…)? (--channel)',
        '  reference  Ticket reference (never the person\u2019s name or address) (--reference)',
        'Answer them with the flags shown or with --answers FILE (a YAML map of these names).',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'requests'))).toBe(false);
  });

  it.each([
    ['an e-mail address', 'jeanne.dupont@mail.example', 'this looks like an e-mail address'],
    ['a phone number', '+33 1 00 00 00 00', 'this looks like a phone number'],
    ['a national phone number', '06 00 00 00 00', 'this looks like a phone number'],
  ])(
    'refuses a reference that is %s (exit 2, nothing written)',
    async (_what, reference, message) => {
      const root = register();
      const r = await gdpr(root, [
        'request',
        'new',
        '.',
        '--today',
        TODAY,
        '--type',
        'access',
        '--channel',
        'email',
        '--reference',
        reference,
      ]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `gdpr: answer \`reference\`: ${message}: give a ticket reference, never the person\u2019s name or address\n`,
      );
      expect(existsSync(join(root, 'requests'))).toBe(false);
    },
  );

  it('accepts references that only look numeric, such as dates or ticket numbers', async () => {
    const root = register();
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'REQ-2026-11-23-0042',
    ]);
    expect(r.code).toBe(0);
  });

  it('refuses a reception date after --today and an unknown activity', async () => {
    const root = register();
    const late = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--received',
      '2026-11-24',
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-1',
    ]);
    expect(late.code).toBe(2);
    expect(late.err).toBe('gdpr: answer `received`: 2026-11-24 is after today (2026-11-23)\n');
    const unknown = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--type',
      'access',
      '--channel',
      'email',
      '--reference',
      'T-1',
      '--activities',
      'custmers',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'gdpr: answer `activities`: unknown value custmers; choose among: customers, prospecting\n',
    );
    expect(existsSync(join(root, 'requests'))).toBe(false);
  });

  it('takes answers from --answers FILE, flags winning', async () => {
    const root = register();
    writeFileSync(
      join(root, 'answers.yaml'),
      'type: rectification\nreceived: 2026-11-02\nchannel: web-form\nreference: T-77\nactivities: [customers]\n',
    );
    const r = await gdpr(root, [
      'request',
      'new',
      '.',
      '--today',
      TODAY,
      '--answers',
      'answers.yaml',
      '--channel',
      'letter',
    ]);
    expect(r.code).toBe(0);
    expect(
      readFileSync(join(root, 'requests/2026-11-02-rectification.yaml'), 'utf8')
        .split('\n')
        .slice(1),
    ).toEqual([
      'type: rectification',
      'received: 2026-11-02',
      'channel: letter',
      'reference: T-77',
      'status: open',
      'activities: [customers]',
      '',
    ]);
    expectValid(root);
  });

  it('asks the terminal for what flags leave out, with the register activities as choices', async () => {
    const root = register();
    const asked: string[] = [];
    let activityChoices: string[] = [];
    const terminal: Asker = {
      input: async (q) => {
        asked.push(q.name);
        return (
          { channel: 'letter', reference: 'T-5', received: q.default ?? '' } as Record<
            string,
            string
          >
        )[q.name]!;
      },
      confirm: async () => false,
      select: async (q) => {
        asked.push(q.name);
        return 'restriction' as never;
      },
      checkbox: async (q) => {
        asked.push(q.name);
        activityChoices = q.choices.map((c) => c.value);
        return ['customers'] as never;
      },
    };
    const io = memoryIo(root, {}, true);
    expect(
      await requestNew({ path: '.', today: TODAY, channel: 'email' }, io, {
        terminal: async () => terminal,
      }),
    ).toBe(0);
    expect(asked).toEqual(['type', 'received', 'reference', 'activities']);
    expect(activityChoices).toEqual(['customers', 'prospecting']);
    expect(readdirSync(join(root, 'requests'))).toEqual(['2026-11-23-restriction.yaml']);
    expect(readFileSync(join(root, 'requests/2026-11-23-restriction.yaml'), 'utf8')).toContain(
      'channel: email\nreference: T-5\nstatus: open\nactivities: [customers]\n',
    );
  });
});

function relativeSchema(root: string, kind: string): string {
  // The modeline points from requests/ to the package's schemas/ folder.
  const text = readFileSync(
    join(root, 'requests', readdirSync(join(root, 'requests'))[0]!),
    'utf8',
  );
  const path = /\$schema=(\S+)/.exec(text)![1]!;
  expect(path.endsWith(`/schemas/${kind}.schema.json`)).toBe(true);
  expect(existsSync(join(root, 'requests', path))).toBe(true);
  return path;
}
