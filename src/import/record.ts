/**
 * The record `gdpr register --format xlsx` writes (src/documents/record-xlsx.ts): the
 * Activities sheet is a table like any other; the Retention, Transfers and Processors sheets
 * give what the Activities cells only summarise — retention rules with their ids, each
 * transfer with its recipient, country and tool, each processor with its kind and country.
 */
import { cell, type ImportedRegister } from './model.js';
import { findHeaderRow, readActivityRows } from './table.js';
import { normalise, vocabulary } from './vocabulary.js';
import type { Sheet, Workbook } from './workbook.js';

function sheetOf(workbook: Workbook, names: readonly string[]): Sheet | undefined {
  return workbook.sheets.find((s) => names.includes(s.name));
}

/** Whether a workbook is a record written by `gdpr register`: its five sheets by name. */
export function isRecordWorkbook(workbook: Workbook): boolean {
  const layout = vocabulary('layouts').gdpr_record;
  return [layout.activities, layout.retention, layout.transfers].every((names) =>
    sheetOf(workbook, names),
  );
}

export function readRecord(workbook: Workbook): ImportedRegister {
  const layout = vocabulary('layouts').gdpr_record;
  const activitiesSheet = sheetOf(workbook, layout.activities);
  const lang = activitiesSheet?.name === layout.activities[1] ? 'fr' : 'en';
  const header = activitiesSheet ? findHeaderRow(activitiesSheet) : null;
  const activities = activitiesSheet && header ? readActivityRows(activitiesSheet, header) : [];
  // Transfers come from their own sheet, one row each; the summary columns are dropped.
  for (const a of activities) a.transfers = [];
  const byName = new Map(activities.map((a) => [normalise(a.name.text), a]));
  const transfers = sheetOf(workbook, layout.transfers);
  for (let r = 1; transfers && r < transfers.rows.length; r++) {
    const activity = cell(transfers, r, 0);
    const recipient = cell(transfers, r, 1);
    const country = cell(transfers, r, 2);
    const mechanism = cell(transfers, r, 3);
    const target = activity ? byName.get(normalise(activity.text)) : undefined;
    if (!target || !country) continue;
    target.transfers.push({
      country,
      ...(recipient ? { recipient } : {}),
      ...(mechanism ? { mechanism } : {}),
    });
  }
  const retention = sheetOf(workbook, layout.retention);
  const retentionRules = [];
  for (let r = 1; retention && r < retention.rows.length; r++) {
    const id = cell(retention, r, 0);
    if (!id) continue;
    const at = (c: number) => cell(retention, r, c);
    retentionRules.push({
      id,
      ...opt('duration', at(1)),
      ...opt('from', at(2)),
      ...opt('then', at(3)),
      ...opt('archiveFor', at(4)),
      ...opt('basis', at(5)),
      ...opt('criteria', at(7)),
    });
  }
  const processors = sheetOf(workbook, layout.processors);
  const parties = [];
  for (let r = 1; processors && r < processors.rows.length; r++) {
    const name = cell(processors, r, 1);
    if (!name) continue;
    parties.push({
      name,
      ...opt('kind', cell(processors, r, 2)),
      ...opt('country', cell(processors, r, 3)),
    });
  }
  const organisation = sheetOf(workbook, layout.organisation);
  const contact = organisation ? cell(organisation, 1, 1) : undefined;
  const contactLines = contact ? contact.text.split('\n') : [];
  const at = (i: number) => {
    const text = contactLines[i];
    return text && contact ? { text, ref: contact.ref } : undefined;
  };
  const email = contactLines.findIndex((l) => l.includes('@'));
  return {
    source: 'record',
    lang,
    organisation: {
      ...opt('name', at(0)),
      ...opt('address', at(1)),
      ...opt('email', email >= 0 ? at(email) : undefined),
    },
    activities,
    retentionRules,
    parties,
  };
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
