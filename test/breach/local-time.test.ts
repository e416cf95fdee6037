/**
 * Local times (gdpr.yaml `time_zone`): a date and time without an offset is read in the
 * register's zone and shown back with its offset; around a change of the clocks, a time that
 * does not exist or happens twice is refused; without a zone, an offset stays required.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswerInstant } from '../../src/breach/zone.js';
import { breachNew } from '../../src/commands/breach-new.js';
import { breachUpdate } from '../../src/commands/breach-update.js';
import { BASE_REGISTER } from '../helpers/register.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

const PARIS = 'Europe/Paris';

function zonedRegister(zone: string | undefined): string {
  const config = (BASE_REGISTER['gdpr.yaml'] ?? '') + (zone ? `time_zone: ${zone}\n` : '');
  return breachRegister({ 'gdpr.yaml': config });
}

const ANSWERS = {
  title: 'Lost badge list',
  description: 'A printed list of badge holders was lost.',
  cause: 'lost-device',
  types: ['confidentiality'],
  activities: ['customers'],
  subjects_count: 12,
  encrypted: 'false',
  exfiltrated: 'unknown',
  data_retrieved: 'unknown',
};

describe('local times read in the register zone', () => {
  it('reads a winter and a summer local time with their offsets', () => {
    expect(readAnswerInstant('2026-11-22 21:00', PARIS)).toEqual({
      iso: '2026-11-22T21:00:00+01:00',
      local: true,
    });
    expect(readAnswerInstant('2026-07-01T12:30:15', PARIS)).toEqual({
      iso: '2026-07-01T12:30:15+02:00',
      local: true,
    });
    // On either side of the spring change (Sunday 29 March 2026, 02:00 → 03:00).
    expect(readAnswerInstant('2026-03-29 01:59', PARIS)).toEqual({
      iso: '2026-03-29T01:59:00+01:00',
      local: true,
    });
    expect(readAnswerInstant('2026-03-29 03:00', PARIS)).toEqual({
      iso: '2026-03-29T03:00:00+02:00',
      local: true,
    });
    // An instant with its offset is kept as written.
    expect(readAnswerInstant('2026-03-14T09:30:00+01:00', PARIS)).toEqual({
      iso: '2026-03-14T09:30:00+01:00',
      local: false,
    });
  });

  it('refuses a time the clocks skip, one they pass twice, and any local time without a zone', () => {
    expect(readAnswerInstant('2026-03-29 02:30', PARIS)).toEqual({ problem: 'gap' });
    expect(readAnswerInstant('2026-10-25 02:30', PARIS)).toEqual({
      problem: 'overlap',
      candidates: ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00'],
    });
    expect(readAnswerInstant('2026-10-25 03:30', PARIS)).toEqual({
      iso: '2026-10-25T03:30:00+01:00',
      local: true,
    });
    expect(readAnswerInstant('2026-11-22 21:00', undefined)).toEqual({ problem: 'no-zone' });
    expect(readAnswerInstant('2026-02-30 21:00', PARIS)).toEqual({
      error: '2026-02-30 21:00 is not a real date and time',
    });
  });

  it('breach new: a local awareness time is recorded with its offset and shown back', async () => {
    const root = zonedRegister(PARIS);
    const io = memoryIo(root);
    const answers = {
      ...ANSWERS,
      discovered_at: '2026-11-22 21:00',
      occurred_at: '2026-11-22 08:15',
    };
    const code = await breachNew(
      { path: '.', answers: answersFile(root, answers), now: '2026-11-23T09:00:00+01:00' },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toContain(
      '  2026-11-22 21:00 read in Europe/Paris: 2026-11-22T21:00:00+01:00\n',
    );
    const incident = parse(
      readFileSync(join(root, 'incidents', '2026-11-22-lost-badge-list.yaml'), 'utf8'),
    );
    expect(incident.discovered_at).toBe('2026-11-22T21:00:00+01:00');
    expect(incident.occurred_at).toBe('2026-11-22T08:15:00+01:00');
  });

  it('breach new: the hour that happens twice in October is refused with both readings', async () => {
    const root = zonedRegister(PARIS);
    const io = memoryIo(root);
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...ANSWERS, discovered_at: '2026-10-25 02:30' }),
          now: '2026-10-26T09:00:00+01:00',
        },
        io,
      ),
    ).rejects.toThrow(
      'answer `discovered_at`: 2026-10-25 02:30 happens twice in Europe/Paris (the clocks go back then): add the UTC offset, e.g. 2026-10-25T02:30:00+02:00 or 2026-10-25T02:30:00+01:00',
    );
  });

  it('breach new without time_zone: a local time is refused, saying how to allow it', async () => {
    const root = zonedRegister(undefined);
    const io = memoryIo(root);
    await expect(
      breachNew(
        {
          path: '.',
          answers: answersFile(root, { ...ANSWERS, discovered_at: '2026-11-22 21:00' }),
          now: '2026-11-23T09:00:00+01:00',
        },
        io,
      ),
    ).rejects.toThrow(
      'answer `discovered_at`: add the UTC offset, e.g. 2026-03-14T09:30:00+01:00 (a local time is ambiguous), or set `time_zone` in gdpr.yaml (e.g. Europe/Paris) to type local times',
    );
  });

  it('breach update: a local notification time on the night of the spring change', async () => {
    const root = zonedRegister(PARIS);
    mkdirSync(join(root, 'incidents'));
    const file = join(root, 'incidents', 'night.yaml');
    writeFileSync(
      file,
      `title: Night outage
status: open
role: controller
discovered_at: 2026-03-28T22:00:00+01:00
types: [availability]
`,
    );
    const io = memoryIo(root);
    const code = await breachUpdate(
      {
        incident: 'night',
        path: '.',
        answers: answersFile(root, { authority_at: '2026-03-29 03:15', authority: 'fr' }),
        now: '2026-03-29T12:00:00+02:00',
      },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toContain(
      '  2026-03-29 03:15 read in Europe/Paris: 2026-03-29T03:15:00+02:00\n',
    );
    expect(parse(readFileSync(file, 'utf8')).notifications.authority.at).toBe(
      '2026-03-29T03:15:00+02:00',
    );
    await expect(
      breachUpdate(
        {
          incident: 'night',
          path: '.',
          answers: answersFile(root, { closed_at: '2026-03-29 02:15' }),
          now: '2026-03-29T12:00:00+02:00',
        },
        memoryIo(root),
      ),
    ).rejects.toThrow(
      'answer `closed_at`: 2026-03-29 02:15 does not exist in Europe/Paris (the clocks go forward then): add the UTC offset',
    );
  });
});
