import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breachUpdate } from '../../src/commands/breach-update.js';
import { loadRegister } from '../../src/register/load.js';
import { memoryIo } from '../helpers/io.js';
import { answersFile, breachRegister } from './fixtures.js';

const RECORD = `# yaml-language-server: $schema=../schemas/incident.schema.json
title: Stolen laptop
status: open
role: controller
# Awareness: the employee called the helpdesk at this time.
discovered_at: 2026-03-27T10:00:00+01:00
types: [confidentiality]
cause: theft
description: A laptop with the customer file was stolen from a car.
data_categories: [identity, bank-details]
subjects_count: 300
facts:
  encrypted: false
  exfiltrated: true
assessment:
  risk: high
  notify_authority: true
  notify_subjects: true
  exemption: null
consequences: Possible fraudulent debits.
`;

function registerWith(
  record = RECORD,
  id = '2026-03-27-stolen-laptop',
): { root: string; file: string } {
  const root = breachRegister();
  mkdirSync(join(root, 'incidents'));
  const file = join(root, 'incidents', `${id}.yaml`);
  writeFileSync(file, record);
  return { root, file };
}

async function update(
  root: string,
  answers: Record<string, unknown>,
  now = '2026-03-29T12:00:00+02:00',
  id = '2026-03-27-stolen-laptop',
) {
  const io = memoryIo(root);
  const code = await breachUpdate(
    { incident: id, path: '.', answers: answersFile(root, answers), now },
    io,
  );
  return { code, out: io.out(), err: io.err() };
}

describe('gdpr breach update', () => {
  it('records the authority notification in place: modeline, comments and key order kept', async () => {
    const { root, file } = registerWith();
    const result = await update(root, {
      authority_at: '2026-03-29T11:30:00+02:00',
      authority_reference: 'CNIL-NOTIF-7QX2',
      authority_phased: true,
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      RECORD.replace(
        'consequences: Possible fraudulent debits.\n',
        `notifications:
  authority:
    at: 2026-03-29T11:30:00+02:00
    authority: fr
    reference: CNIL-NOTIF-7QX2
    phased: true
    late_reason: null
consequences: Possible fraudulent debits.
`,
      ),
    );
    expect(result.out).toBe(`Updated incidents/2026-03-27-stolen-laptop.yaml:
  authority notified Sun 29 Mar 11:30 CEST (UTC+02:00), reference CNIL-NOTIF-7QX2, information to follow (Art. 33(4))
Send the remaining information without undue further delay (Art. 33(4)); record it with \`gdpr breach update\` again.
`);
    expect(loadRegister(root).problems).toEqual([]);
  });

  it('after 72 hours, requires the reasons for the delay (Art. 33(1))', async () => {
    const { root, file } = registerWith();
    // Deadline: 30 Mar 10:00 +01:00 = 11:00 CEST (72 h across the DST change).
    const late = await update(
      root,
      { authority_at: '2026-03-30T11:30:00+02:00' },
      '2026-03-30T12:00:00+02:00',
    );
    expect(late.code).toBe(2);
    expect(late.err).toBe(`gdpr: missing answers (no terminal to ask them); nothing was written:
  late_reason  Notified after the 72 hours (due Mon 30 Mar 11:00 CEST (UTC+02:00)): the notification must give the reasons for the delay (Art. 33(1))
Answer them with --answers FILE (a YAML map of these names), or run the command in a terminal.
`);
    expect(readFileSync(file, 'utf8')).toBe(RECORD);

    // 10:59 CEST is still within the 72 hours: no reason asked.
    expect((await update(root, { authority_at: '2026-03-30T10:59:00+02:00' })).code).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).notifications.authority.late_reason).toBeNull();

    const given = await update(root, {
      authority_at: '2026-03-30T11:30:00+02:00',
      late_reason: 'The theft was confirmed by the police only on 30 March.',
    });
    expect(given.code).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).notifications.authority).toEqual({
      at: '2026-03-30T11:30:00+02:00',
      authority: 'fr',
      phased: false,
      late_reason: 'The theft was confirmed by the police only on 30 March.',
    });
  });

  it('records the communication to the people, the measures and the closing', async () => {
    const { root, file } = registerWith();
    const result = await update(root, {
      subjects_at: '2026-03-30T09:00:00+02:00',
      subjects_channel: 'email',
      measures_taken: 'Cards blocked with the bank.',
      measures_planned: 'Full-disk encryption on every laptop.',
      closed_at: '2026-04-15T17:00:00+02:00',
    });
    expect(result.code).toBe(0);
    const incident = parse(readFileSync(file, 'utf8'));
    expect(incident.status).toBe('closed');
    expect(incident.closed_at).toBe('2026-04-15T17:00:00+02:00');
    expect(incident.notifications).toEqual({
      subjects: { at: '2026-03-30T09:00:00+02:00', channel: 'email', count: 300 },
    });
    expect(Object.keys(incident)).toEqual([
      'title',
      'status',
      'role',
      'discovered_at',
      'types',
      'cause',
      'description',
      'data_categories',
      'subjects_count',
      'facts',
      'assessment',
      'notifications',
      'consequences',
      'measures_taken',
      'measures_planned',
      'closed_at',
    ]);
    expect(result.out).toBe(`Updated incidents/2026-03-27-stolen-laptop.yaml:
  people told Mon 30 Mar 09:00 CEST (UTC+02:00) by email (300)
  measures_taken updated
  measures_planned updated
  closed Wed 15 Apr 17:00 CEST (UTC+02:00)
`);
    expect(loadRegister(root).problems).toEqual([]);
  });

  it('for a processor, records when the controller was told (Art. 33(2)) and offers no authority notification', async () => {
    const processor = RECORD.replace('role: controller', 'role: processor');
    const { root, file } = registerWith(processor);
    expect((await update(root, { controller_at: '2026-03-27T10:40:00+01:00' })).code).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).notifications).toEqual({
      controller: { at: '2026-03-27T10:40:00+01:00' },
    });
    await expect(update(root, { authority_at: '2026-03-27T10:40:00+01:00' })).rejects.toThrow(
      'answer `authority_at` does not apply: a processor notifies the controller (Art. 33(2)), not the authority or the people',
    );
    await expect(update(root, { record: ['authority'] })).rejects.toThrow(
      'answer `record`: unknown value authority; choose among: controller, measures, close',
    );
  });

  it('with nothing to record and no terminal: asks what to record (exit 2)', async () => {
    const { root } = registerWith();
    const result = await update(root, {});
    expect(result.code).toBe(2);
    expect(result.err).toContain('  record  What do you want to record?\n');
  });

  it('refuses an instant before awareness, and an unknown authority', async () => {
    const { root } = registerWith();
    await expect(update(root, { closed_at: '2026-03-26T10:00:00+01:00' })).rejects.toThrow(
      'answer `closed_at`: it cannot be before awareness (2026-03-27T10:00:00+01:00)',
    );
    await expect(
      update(root, { authority_at: '2026-03-28T10:00:00+01:00', authority: 'CNIL' }),
    ).rejects.toThrow(
      'answer `authority`: "CNIL" is not a built-in authority id (fr, ie, de-bund, de-by-lda, uk-ico…)',
    );
  });
});
