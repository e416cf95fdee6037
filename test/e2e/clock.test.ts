import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { parseClock } from '../../src/options.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = 'examples/atelier-durand';

describe('--today and --now, each derived from the other (src/options.ts parseClock)', () => {
  it('derives the day from --now as written, and the instant from --today at 00:00 UTC', () => {
    const never = (): Date => {
      throw new Error('the clock must not be read');
    };
    expect(parseClock({ now: '2026-11-23T23:30:00-05:00' }, never).today).toBe('2026-11-23');
    expect(parseClock({ today: '2026-11-23' }, never).now.toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    expect(() => parseClock({ today: '2026-02-30' })).toThrow('--today must be a date');
    expect(() => parseClock({ now: '2026-11-23 10:00' })).toThrow('--now must be an instant');
  });

  it('`due --now` judges as `due --today` of the same day', async () => {
    const byDay = memoryIo(process.cwd());
    const byInstant = memoryIo(process.cwd());
    expect(await run(['due', EXAMPLE, '--today', '2026-11-23'], byDay)).toBe(0);
    expect(await run(['due', EXAMPLE, '--now', '2026-11-23T10:00:00+01:00'], byInstant)).toBe(0);
    expect(byInstant.out()).toBe(byDay.out());
  });

  it('`dpia list --today` marks a next review that has passed', async () => {
    const before = memoryIo(process.cwd());
    const after = memoryIo(process.cwd());
    expect(await run(['dpia', 'list', EXAMPLE, '--today', '2027-02-16'], before)).toBe(0);
    expect(await run(['dpia', 'list', EXAMPLE, '--now', '2027-02-17T08:00:00+01:00'], after)).toBe(
      0,
    );
    expect(before.out()).toContain('2027-02-16\n');
    expect(after.out()).toContain('2027-02-16 (overdue)\n');
  });
});
