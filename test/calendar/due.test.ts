import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';
import { listed } from '../helpers/list-json.js';

const TODAY = '2026-11-23';

const activity = (name: string, extra: string): string => `name: ${name}
${extra}purposes:
  - description: ${name}
    legal_basis: contract
data_subjects: [customers]
data:
  - category: identity
    retention: customers-3y
    source: data-subject
security_measures: [access-control]
`;

/**
 * One deadline of each kind, plus records that must NOT appear: a notified breach, a breach
 * assessed as not to be notified, a completed request, a DPIA without a review date.
 */
const FILES: Record<string, string> = {
  // The base activity `customers` was reviewed on 2026-06-01; review_every P1Y → 2027-06-01.
  'activities/newsletter.yaml': activity('Newsletter', 'reviewed: 2026-05-01\nreview_every: P6M\n'), // → 2026-11-01, overdue
  'activities/loyalty.yaml': activity(
    'Loyalty programme',
    'status: retired\nretired_on: 2026-03-31\n',
  ), // + P5Y → 2031-03-31
  'activities/old-shop.yaml': activity('Old web shop', 'status: retired\nretired_on: 2021-10-31\n'), // + P5Y → 2026-10-31, overdue
  'activities/helpdesk.yaml': activity('Helpdesk', ''), // never reviewed → due today
  // Controller, assessed, to notify, not notified: aware Sun 22 Nov 09:30 +01:00 → Wed 25 Nov 09:30 +01:00.
  'incidents/2026-11-22-lost-laptop.yaml': `title: Lost laptop
status: open
discovered_at: 2026-11-22T09:30:00+01:00
types: [confidentiality]
assessment: { risk: risk, notify_authority: true }
`,
  // Controller, not yet assessed: the clock runs. Aware Fri 20 Nov 22:00 -05:00 → Mon 23 Nov 22:00 -05:00,
  // which is 24 Nov 03:00 UTC: the calendar date is the one in the instant's own offset, 23 Nov.
  'incidents/2026-11-20-phishing.yaml': `title: Phishing of a sales mailbox
status: open
discovered_at: 2026-11-20T22:00:00-05:00
types: [confidentiality]
`,
  // Processor, controller not told: aware Tue 10 Nov 08:00 +01:00 → Fri 13 Nov 08:00 +01:00, overdue.
  'incidents/2026-11-10-hosting-outage.yaml': `title: Hosting outage at a client
status: open
role: processor
discovered_at: 2026-11-10T08:00:00+01:00
types: [availability]
`,
  // Notified: no deadline left.
  'incidents/2026-11-01-misdelivery.yaml': `title: Misdelivered letter
status: closed
discovered_at: 2026-11-01T10:00:00+01:00
types: [confidentiality]
assessment: { risk: risk, notify_authority: true }
notifications:
  authority: { at: 2026-11-02T10:00:00+01:00 }
`,
  // Assessed as unlikely to result in a risk: nothing to notify.
  'incidents/2026-11-05-encrypted-usb.yaml': `title: Lost encrypted USB key
status: closed
discovered_at: 2026-11-05T10:00:00+01:00
types: [confidentiality]
assessment: { risk: none, notify_authority: false }
`,
  // Fri 20 Nov → Sun 20 Dec → Mon 21 Dec 2026.
  'requests/2026-11-20-access-1.yaml':
    'type: access\nreceived: 2026-11-20\nchannel: email\nreference: T-1\nstatus: open\n',
  'requests/2026-08-03-access-1.yaml':
    'type: access\nreceived: 2026-08-03\nchannel: email\nreference: T-2\nstatus: completed\ncompleted: 2026-08-20\n',
  'dpias/newsletter.yaml': 'activities: [newsletter]\nstatus: validated\nnext_review: 2026-12-01\n',
  'dpias/helpdesk.yaml': 'activities: [helpdesk]\nstatus: draft\n',
};

const EXPECTED = [
  {
    date: '2026-10-31',
    kind: 'retention-review',
    id: 'old-shop',
    file: 'activities/old-shop.yaml',
    title:
      'Decide whether to keep the record of the retired activity Old web shop (retired 2021-10-31)',
    overdue: true,
  },
  {
    date: '2026-11-01',
    kind: 'activity-review',
    id: 'newsletter',
    file: 'activities/newsletter.yaml',
    title: 'Review the record of Newsletter',
    overdue: true,
  },
  {
    date: '2026-11-13',
    kind: 'controller-notification',
    id: '2026-11-10-hosting-outage',
    file: 'incidents/2026-11-10-hosting-outage.yaml',
    title: 'Notify the controller of the breach: Hosting outage at a client',
    overdue: true,
    deadline: '2026-11-13T08:00:00+01:00',
    period: 'without undue delay',
  },
  {
    date: '2026-11-23',
    kind: 'breach-notification',
    id: '2026-11-20-phishing',
    file: 'incidents/2026-11-20-phishing.yaml',
    title:
      'Assess the breach and notify the authority unless it is unlikely to result in a risk: Phishing of a sales mailbox',
    overdue: false,
    deadline: '2026-11-23T22:00:00-05:00',
    period: 'fixed',
  },
  {
    date: '2026-11-23',
    kind: 'activity-review',
    id: 'helpdesk',
    file: 'activities/helpdesk.yaml',
    title: 'Review the record of Helpdesk',
    overdue: false,
  },
  {
    date: '2026-11-25',
    kind: 'breach-notification',
    id: '2026-11-22-lost-laptop',
    file: 'incidents/2026-11-22-lost-laptop.yaml',
    title: 'Notify the supervisory authority of the breach: Lost laptop',
    overdue: false,
    deadline: '2026-11-25T09:30:00+01:00',
    period: 'fixed',
  },
  {
    date: '2026-12-01',
    kind: 'dpia-review',
    id: 'newsletter',
    file: 'dpias/newsletter.yaml',
    title: 'Review the DPIA of newsletter',
    overdue: false,
  },
  {
    date: '2026-12-21',
    kind: 'request',
    id: '2026-11-20-access-1',
    file: 'requests/2026-11-20-access-1.yaml',
    title: 'Answer the access request T-1 (Art. 15)',
    overdue: false,
  },
  {
    date: '2027-06-01',
    kind: 'activity-review',
    id: 'customers',
    file: 'activities/customers.yaml',
    title: 'Review the record of Customer management',
    overdue: false,
  },
  {
    date: '2031-03-31',
    kind: 'retention-review',
    id: 'loyalty',
    file: 'activities/loyalty.yaml',
    title:
      'Decide whether to keep the record of the retired activity Loyalty programme (retired 2026-03-31)',
    overdue: false,
  },
];

async function due(
  root: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await run(['due', '.', '--today', TODAY, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('gdpr due', () => {
  const root = makeRegister(FILES);

  it('lists every deadline, soonest first, then by kind (legal clocks before reviews), then id', async () => {
    const r = await due(root, ['--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(listed(r.out, 'deadlines')).toEqual(EXPECTED);
  });

  it('--within P30D keeps what falls by today + 30 days (2026-12-23) and every overdue entry', async () => {
    const r = await due(root, ['--format', 'json', '--within', 'P30D']);
    expect(listed(r.out, 'deadlines')).toEqual(EXPECTED.slice(0, 8));
    const short = await due(root, ['--format', 'json', '--within', 'P8D']);
    // 2026-12-01 is today + 8 days: kept; the request of 2026-12-21 is not.
    expect(
      (listed(short.out, 'deadlines') as { id: string; kind: string }[]).map(
        (e) => `${e.kind}:${e.id}`,
      ),
    ).toEqual([
      'retention-review:old-shop',
      'activity-review:newsletter',
      'controller-notification:2026-11-10-hosting-outage',
      'breach-notification:2026-11-20-phishing',
      'activity-review:helpdesk',
      'breach-notification:2026-11-22-lost-laptop',
      'dpia-review:newsletter',
    ]);
  });

  it('--within with a time part or no duration at all is a usage error', async () => {
    for (const within of ['PT72H', '30 days']) {
      const r = await due(root, ['--within', within]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `gdpr: --within must be an ISO 8601 duration in days, weeks, months or years, e.g. P30D or P3M (got "${within}")\n`,
      );
    }
  });

  it('prints a table with the time of breach clocks and how far each date is', async () => {
    const r = await due(root, ['--within', 'P3D']);
    expect(r.out).toBe(
      [
        'DATE                    WHEN          KIND                     RECORD                                                  TITLE',
        '2026-10-31              23 days late  retention-review         Old web shop (old-shop)                                 Decide whether to keep the record of the retired activity Old web shop (retired 2021-10-31)',
        '2026-11-01              22 days late  activity-review          Newsletter (newsletter)                                 Review the record of Newsletter',
        '2026-11-13 08:00+01:00  10 days late  controller-notification  Hosting outage at a client (2026-11-10-hosting-outage)  Notify the controller of the breach: Hosting outage at a client',
        '2026-11-23 22:00-05:00  today         breach-notification      Phishing of a sales mailbox (2026-11-20-phishing)       Assess the breach and notify the authority unless it is unlikely to result in a risk: Phishing of a sales mailbox',
        '2026-11-23              today         activity-review          Helpdesk (helpdesk)                                     Review the record of Helpdesk',
        '2026-11-25 09:30+01:00  in 2 days     breach-notification      Lost laptop (2026-11-22-lost-laptop)                    Notify the supervisory authority of the breach: Lost laptop',
        '',
      ].join('\n'),
    );
  });

  describe('--format ics', () => {
    const savedTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = savedTz;
    });

    it('gives one event per deadline with stable UIDs, all-day dates and timed breach clocks', async () => {
      const r = await due(root, ['--format', 'ics']);
      expect(r.code).toBe(0);
      const calendar = new ICAL.Component(ICAL.parse(r.out));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events).toHaveLength(EXPECTED.length);
      expect(events.map((e) => e.uid)).toEqual(
        EXPECTED.map((e) => `${e.kind}-${e.id}@gdpr-cli.example`),
      );
      expect(events.map((e) => e.summary)).toEqual(EXPECTED.map((e) => `[gdpr] ${e.title}`));
      for (const [index, event] of events.entries()) {
        const expected = EXPECTED[index]!;
        if (
          expected.kind === 'breach-notification' ||
          expected.kind === 'controller-notification'
        ) {
          expect(event.startDate.isDate, expected.id).toBe(false);
        } else {
          expect(event.startDate.isDate, expected.id).toBe(true);
          expect(event.startDate.toString(), expected.id).toBe(expected.date);
        }
      }
      // Breach clocks run from awareness and end at the deadline instant, with a reminder a day before it.
      const timed = events.filter((e) => !e.startDate.isDate);
      expect(timed.map((e) => e.endDate.toJSDate().toISOString())).toEqual([
        '2026-11-13T07:00:00.000Z',
        '2026-11-24T03:00:00.000Z',
        '2026-11-25T08:30:00.000Z',
      ]);
      expect(timed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
        '2026-11-10T07:00:00.000Z',
        '2026-11-21T03:00:00.000Z',
        '2026-11-22T08:30:00.000Z',
      ]);
      for (const event of timed) {
        const alarm = event.component.getFirstSubcomponent('valarm');
        expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(alarm?.getFirstProperty('trigger')?.getParameter('related')).toBe('END');
        expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P1D');
      }
      expect(
        events
          .filter((e) => e.startDate.isDate)
          .every((e) => e.component.getFirstSubcomponent('valarm') === null),
      ).toBe(true);
      expect(events[7]!.description).toBe(
        'File: requests/2026-11-20-access-1.yaml\nBasis: GDPR Art. 12(3)',
      );
      // DTSTAMP is --today at 00:00Z, not the clock.
      expect(
        calendar
          .getAllSubcomponents('vevent')
          .map((v) => v.getFirstPropertyValue('dtstamp')!.toString()),
      ).toEqual(EXPECTED.map(() => '2026-11-23T00:00:00Z'));
      // DTSTAMP is --today at 00:00Z, not the clock.
      expect(
        calendar
          .getAllSubcomponents('vevent')
          .map((v) => v.getFirstPropertyValue('dtstamp')!.toString()),
      ).toEqual(EXPECTED.map(() => '2026-11-23T00:00:00Z'));
    });

    it('gives the same bytes twice, whatever the machine time zone, and writes them with --out', async () => {
      process.env.TZ = 'Pacific/Kiritimati';
      const first = await due(root, ['--format', 'ics']);
      process.env.TZ = 'America/Los_Angeles';
      const second = await due(root, ['--format', 'ics']);
      expect(second.out).toBe(first.out);
      expect(
        first.out.startsWith(
          'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gdpr-cli.example//gdpr//EN\r\n',
        ),
      ).toBe(true);
      const written = await due(root, ['--format', 'ics', '--out', 'calendar.ics']);
      expect(written.out).toBe('');
      expect(readFileSync(join(root, 'calendar.ics'), 'utf8')).toBe(first.out);
    });
  });
});

describe('a high-risk breach with the authority notified: every duty until it is done', () => {
  // Aware Sun 22 Nov 21:00 Paris; the authority was notified in phases on Mon 23 Nov 10:00, the
  // rest promised for Fri 27 Nov 12:00; the people have not been told yet.
  const incident = `title: Stolen sales laptop
status: open
discovered_at: 2026-11-22T21:00:00+01:00
types: [confidentiality]
assessment: { risk: high, notify_authority: true, notify_subjects: true }
notifications:
  authority: { at: 2026-11-23T10:00:00+01:00, phased: true }
follow_up:
  pending: the number of customers whose files were on the disk
  due: 2026-11-27T12:00:00+01:00
`;
  const root = makeRegister({ 'incidents/2026-11-22-stolen-laptop.yaml': incident });
  const at = async (args: string[]): Promise<{ code: number; out: string }> => {
    const io = memoryIo(root);
    const code = await run(args, io);
    return { code, out: io.out() };
  };

  it('`due` still shows the communication to the people and the follow-up (json, table, ics)', async () => {
    const json = listed(
      (await at(['due', '.', '--today', '2026-11-23', '--format', 'json'])).out,
      'deadlines',
    ) as Record<string, unknown>[];
    const breach = json.filter((e) => e.id === '2026-11-22-stolen-laptop');
    expect(breach).toEqual([
      {
        date: '2026-11-25',
        kind: 'subjects-communication',
        id: '2026-11-22-stolen-laptop',
        file: 'incidents/2026-11-22-stolen-laptop.yaml',
        title: 'Tell the people concerned of the breach, without undue delay: Stolen sales laptop',
        overdue: false,
        deadline: '2026-11-25T21:00:00+01:00',
        period: 'without undue delay',
      },
      {
        date: '2026-11-27',
        kind: 'breach-follow-up',
        id: '2026-11-22-stolen-laptop',
        file: 'incidents/2026-11-22-stolen-laptop.yaml',
        title:
          'Send the authority the information still missing from the notification: Stolen sales laptop',
        overdue: false,
        deadline: '2026-11-27T12:00:00+01:00',
        period: 'without undue delay',
      },
    ]);
    const table = (await at(['due', '.', '--today', '2026-11-23'])).out;
    expect(table).toMatch(
      /^2026-11-25 21:00\+01:00 +in 2 days +subjects-communication +Stolen sales laptop \(2026-11-22-stolen-laptop\) +Tell the people/m,
    );
    expect(table).toMatch(
      /^2026-11-27 12:00\+01:00 +in 4 days +breach-follow-up +Stolen sales laptop \(2026-11-22-stolen-laptop\) +Send the authority/m,
    );
    const ics = new ICAL.Component(
      ICAL.parse((await at(['due', '.', '--today', '2026-11-23', '--format', 'ics'])).out),
    );
    const events = ics
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.uid.includes('stolen-laptop'));
    expect(
      events.map((e) => [
        e.uid,
        e.startDate.toJSDate().toISOString(),
        e.endDate.toJSDate().toISOString(),
      ]),
    ).toEqual([
      [
        'subjects-communication-2026-11-22-stolen-laptop@gdpr-cli.example',
        '2026-11-22T20:00:00.000Z',
        '2026-11-25T20:00:00.000Z',
      ],
      // The follow-up runs from the first notification to the promised date.
      [
        'breach-follow-up-2026-11-22-stolen-laptop@gdpr-cli.example',
        '2026-11-23T09:00:00.000Z',
        '2026-11-27T11:00:00.000Z',
      ],
    ]);
  });

  it('`breach list` shows one column per duty: authority done, people and follow-up still open', async () => {
    const { out } = await at(['breach', 'list', '.', '--now', '2026-11-24T09:00:00+01:00']);
    const [head, row] = out.split('\n');
    expect(head).toMatch(/AUTHORITY +PEOPLE +FOLLOW-UP$/);
    expect(row).toContain('notified on time, Mon 23 Nov 10:00 CET');
    expect(row).toContain('without undue delay (by Wed 25 Nov 21:00 CET)');
    expect(row).toMatch(/due Fri 27 Nov 12:00 CET$/);
  });

  it('`check` warns while the people can still be told without undue delay, and errs once the period in law data has passed', async () => {
    const findings = async (now: string): Promise<string[][]> => {
      const r = await at(['check', '.', '--now', now, '--format', 'json']);
      const report = JSON.parse(r.out) as { diagnostics: { rule: string; severity: string }[] };
      return report.diagnostics
        .filter((d) => d.rule.startsWith('breach-'))
        .map((d) => [d.rule, d.severity]);
    };
    expect(await findings('2026-11-24T09:00:00+01:00')).toEqual([
      ['breach-subjects-communication', 'warning'],
    ]);
    // 72 hours from awareness (data/law/deadlines.json breach_subjects_communication_hours) have passed.
    expect(await findings('2026-11-25T21:01:00+01:00')).toEqual([
      ['breach-subjects-communication', 'error'],
    ]);
    // The promised follow-up is late too.
    expect(await findings('2026-11-27T12:01:00+01:00')).toEqual([
      ['breach-subjects-communication', 'error'],
      ['breach-follow-up-overdue', 'error'],
    ]);
  });
});
