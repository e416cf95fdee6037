/**
 * The BUILT binary on the example register (build first: npx tsc -p tsconfig.build.json).
 * Due dates by hand, FR calendar:
 *   2026-04-02 access: Thu 2 Apr → Sat 2 May → Mon 4 May 2026 (Reg. 1182/71 Art. 3(4)).
 *   2026-07-06 erasure, extended by 2 months told on 27 Jul: Mon 6 Jul → Tue 6 Oct 2026.
 *   2026-11-10 objection: Tue 10 Nov → Thu 10 Dec 2026; answered on 20 Nov.
 * Every request of the example is answered, so `gdpr check` on it stays clean on any date;
 * open requests are exercised on generated registers in test/requests and test/calendar.
 */
import { describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { listed } from '../helpers/list-json.js';

const EXAMPLE = 'examples/atelier-durand';

describe('e2e: request list and due on examples/atelier-durand', () => {
  it('gdpr request list --today 2026-11-23', () => {
    const r = gdpr(['request', 'list', EXAMPLE, '--today', '2026-11-23']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'REQUEST                             TYPE       RECEIVED    DUE                    STATUS     DAYS LEFT',
        'TICKET-4512 (2026-04-02-access)     access     2026-04-02  2026-05-04             completed  -',
        'TICKET-4788 (2026-07-06-erasure)    erasure    2026-07-06  2026-10-06 (extended)  completed  -',
        'TICKET-5120 (2026-11-10-objection)  objection  2026-11-10  2026-12-10             completed  -',
        '',
      ].join('\n'),
    );
  });

  it('gdpr request list --open --format json', () => {
    const r = gdpr([
      'request',
      'list',
      EXAMPLE,
      '--today',
      '2026-11-23',
      '--open',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(listed(r.stdout, 'requests')).toEqual([]);
  });

  it('gdpr due --within P90D --format json', () => {
    const r = gdpr([
      'due',
      EXAMPLE,
      '--today',
      '2026-11-23',
      '--within',
      'P90D',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Both incidents are closed and notified or assessed as not to notify: no breach clock.
    expect(listed(r.stdout, 'deadlines')).toEqual([
      {
        date: '2027-02-16',
        kind: 'dpia-review',
        id: 'video-surveillance',
        file: 'dpias/video-surveillance.yaml',
        title: 'Review the DPIA of video-surveillance',
        overdue: false,
      },
    ]);
  });

  it('gdpr due --format ics is byte-identical across runs', () => {
    const first = gdpr(['due', EXAMPLE, '--today', '2026-11-23', '--format', 'ics']);
    const second = gdpr(['due', EXAMPLE, '--today', '2026-11-23', '--format', 'ics'], {
      env: { TZ: 'Asia/Tokyo' },
    });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // 1 DPIA review, 15 activity reviews, 1 retention review (loyalty-programme, retired 2026-03-31 → 2031-03-31).
    expect(first.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(17);
    expect(first.stdout).toContain(
      'UID:retention-review-loyalty-programme@gdpr-cli.example\r\nSEQUENCE:0\r\nDTSTAMP:20261123T000000Z\r\nDTSTART;VALUE=DATE:20310331\r\n',
    );
  });
});
