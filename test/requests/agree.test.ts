/**
 * `gdpr check` (rule request-overdue) and `gdpr request list` read due dates from one function,
 * requestDue (src/model/requests.ts). This test holds them to it on a set of requests that
 * covers every case: overdue, due soon, due today, later, validly extended, extended too late,
 * closed.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/check/engine.js';
import { requestDue } from '../../src/model/requests.js';
import { requestList } from '../../src/commands/request-list.js';
import { loadHolidayCalendar } from '../../src/law/holidays.js';
import { loadRegister } from '../../src/register/load.js';
import requestOverdue from '../../src/rules/request-overdue.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';
import { listed } from '../helpers/list-json.js';

const TODAY = '2026-11-23'; // a Monday

const REQUESTS: Record<string, string> = {
  // Thu 1 Oct 2026 → Sun 1 Nov (also All Saints) → Mon 2 Nov 2026: 21 days late.
  'requests/2026-10-01-access-1.yaml':
    'type: access\nreceived: 2026-10-01\nchannel: email\nreference: T-1\nstatus: open\n',
  // Tue 27 Oct → Fri 27 Nov 2026: 4 days left (a due-soon warning).
  'requests/2026-10-27-erasure-1.yaml':
    'type: erasure\nreceived: 2026-10-27\nchannel: email\nreference: T-2\nstatus: open\n',
  // Fri 23 Oct → Mon 23 Nov 2026: due today, still in time.
  'requests/2026-10-23-rectification-1.yaml':
    'type: rectification\nreceived: 2026-10-23\nchannel: letter\nreference: T-3\nstatus: open\n',
  // Fri 20 Nov → Sun 20 Dec → Mon 21 Dec 2026: 28 days left.
  'requests/2026-11-20-access-1.yaml':
    'type: access\nreceived: 2026-11-20\nchannel: email\nreference: T-4\nstatus: open\n',
  // Tue 15 Sep; first month Thu 15 Oct, told on 1 Oct; extended by 2 → Tue 15 Dec 2026: 22 days left.
  'requests/2026-09-15-portability-1.yaml':
    'type: portability\nreceived: 2026-09-15\nchannel: email\nreference: T-5\nextension: { months: 2, reason: Three systems to search, notified: 2026-10-01 }\nstatus: open\n',
  // Thu 10 Sep; first month Sat 10 Oct → Mon 12 Oct; told on 20 Oct, too late: the extension does not
  // count and the request is 42 days late.
  'requests/2026-09-10-access-1.yaml':
    'type: access\nreceived: 2026-09-10\nchannel: email\nreference: T-6\nextension: { months: 2, reason: Many requests, notified: 2026-10-20 }\nstatus: open\n',
  // Mon 3 Aug → Thu 3 Sep 2026; answered on 20 Aug: closed, no days left.
  'requests/2026-08-03-access-1.yaml':
    'type: access\nreceived: 2026-08-03\nchannel: email\nreference: T-7\nstatus: completed\ncompleted: 2026-08-20\n',
};

interface ListedRequest {
  id: string;
  type: string;
  received: string;
  due: string;
  status: string;
  days_left: number | null;
}

async function listJson(
  root: string,
  extra: Record<string, unknown> = {},
): Promise<ListedRequest[]> {
  const io = memoryIo(root);
  expect(await requestList({ path: '.', today: TODAY, format: 'json', ...extra }, io)).toBe(0);
  expect(io.err()).toBe('');
  return listed(io.out(), 'requests') as ListedRequest[];
}

describe('gdpr check and gdpr request list agree on due dates', () => {
  const root = makeRegister(REQUESTS);

  it('request list shows the dates worked out by hand, sorted by due date then id', async () => {
    expect(await listJson(root)).toEqual([
      {
        id: '2026-08-03-access-1',
        type: 'access',
        received: '2026-08-03',
        due: '2026-09-03',
        status: 'completed',
        days_left: null,
      },
      {
        id: '2026-09-10-access-1',
        type: 'access',
        received: '2026-09-10',
        due: '2026-10-12',
        status: 'open',
        days_left: -42,
      },
      {
        id: '2026-10-01-access-1',
        type: 'access',
        received: '2026-10-01',
        due: '2026-11-02',
        status: 'open',
        days_left: -21,
      },
      {
        id: '2026-10-23-rectification-1',
        type: 'rectification',
        received: '2026-10-23',
        due: '2026-11-23',
        status: 'open',
        days_left: 0,
      },
      {
        id: '2026-10-27-erasure-1',
        type: 'erasure',
        received: '2026-10-27',
        due: '2026-11-27',
        status: 'open',
        days_left: 4,
      },
      {
        id: '2026-09-15-portability-1',
        type: 'portability',
        received: '2026-09-15',
        due: '2026-12-15',
        status: 'open',
        days_left: 22,
      },
      {
        id: '2026-11-20-access-1',
        type: 'access',
        received: '2026-11-20',
        due: '2026-12-21',
        status: 'open',
        days_left: 28,
      },
    ]);
  });

  it('every listed due date is requestDue(…).effectiveDue with the register calendar', async () => {
    const register = loadRegister(root);
    expect(register.problems).toEqual([]);
    const calendar = await loadHolidayCalendar('FR');
    const listed = await listJson(root);
    expect(listed).toHaveLength(register.records.request.size);
    for (const row of listed) {
      expect(row.due, row.id).toBe(
        requestDue(register.records.request.get(row.id)!.data, calendar).effectiveDue,
      );
    }
  });

  it('the dates in the request-overdue findings are the listed ones, and the rule fires for exactly the overdue requests', async () => {
    const listed = await listJson(root);
    const dueOf = new Map(listed.map((row) => [`requests/${row.id}.yaml`, row.due]));
    const { diagnostics } = await checkRegister(root, {
      today: TODAY,
      now: new Date(`${TODAY}T00:00:00Z`),
      cwd: root,
      rules: [requestOverdue],
    });

    const dated = diagnostics.filter((d) => /due on \d{4}-\d{2}-\d{2}/.test(d.message));
    // Overdue (2), due today and due in 4 days (2 warnings).
    expect(dated.map((d) => d.file).sort()).toEqual([
      'requests/2026-09-10-access-1.yaml',
      'requests/2026-10-01-access-1.yaml',
      'requests/2026-10-23-rectification-1.yaml',
      'requests/2026-10-27-erasure-1.yaml',
    ]);
    for (const d of dated) {
      expect(/due on (\d{4}-\d{2}-\d{2})/.exec(d.message)![1], d.file).toBe(dueOf.get(d.file));
    }

    const overdueFindings = diagnostics
      .filter((d) => d.message.includes(' late; answer it now'))
      .map((d) => d.file.replace(/^requests\/|\.yaml$/g, ''));
    const overdueListed = (await listJson(root, { overdue: true })).map((row) => row.id);
    expect(overdueListed).toEqual(['2026-09-10-access-1', '2026-10-01-access-1']);
    expect(overdueFindings.sort()).toEqual(overdueListed);
  });

  it('--open keeps the open requests only', async () => {
    expect((await listJson(root, { open: true })).map((row) => row.id)).toEqual([
      '2026-09-10-access-1',
      '2026-10-01-access-1',
      '2026-10-23-rectification-1',
      '2026-10-27-erasure-1',
      '2026-09-15-portability-1',
      '2026-11-20-access-1',
    ]);
  });

  it('the table aligns its columns and marks extended and late requests', async () => {
    const io = memoryIo(root);
    expect(await requestList({ path: '.', today: TODAY, open: true }, io)).toBe(0);
    expect(io.out()).toBe(
      [
        'REQUEST                           TYPE           RECEIVED    DUE                    STATUS  DAYS LEFT',
        'T-6 (2026-09-10-access-1)         access         2026-09-10  2026-10-12             open    -42 (late)',
        'T-1 (2026-10-01-access-1)         access         2026-10-01  2026-11-02             open    -21 (late)',
        'T-3 (2026-10-23-rectification-1)  rectification  2026-10-23  2026-11-23             open    0',
        'T-2 (2026-10-27-erasure-1)        erasure        2026-10-27  2026-11-27             open    4',
        'T-5 (2026-09-15-portability-1)    portability    2026-09-15  2026-12-15 (extended)  open    22',
        'T-4 (2026-11-20-access-1)         access         2026-11-20  2026-12-21             open    28',
        '',
      ].join('\n'),
    );
  });
});
