/**
 * What a reader finds in a workbook, before any mapping: texts with the cell they came from
 * (`Sheet!C12`). Readers (cnil.ts, ico.ts, table.ts, record.ts) fill it; build.ts maps it to
 * register files and reports what it could not map.
 */
import { cellAt, cellRef, type Sheet } from './workbook.js';

/** A cell's text and where it is. */
export interface Cell {
  text: string;
  ref: string;
}

export function cell(sheet: Sheet, row: number, col: number): Cell | undefined {
  const text = cellAt(sheet, row, col).trim();
  return text === '' || isDash(text) ? undefined : { text, ref: cellRef(sheet.name, row, col) };
}

/** The "nothing here" marks spreadsheets use: a dash alone. */
export function isDash(text: string): boolean {
  return /^[-–—]$/.test(text.trim());
}

/** The lines of a cell, each a Cell with the same reference; list bullets and numbers kept. */
export function lines(c: Cell | undefined): Cell[] {
  if (!c) return [];
  return c.text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && !isDash(t))
    .map((text) => ({ text, ref: c.ref }));
}

/** The items of a cell: one per line, or separated by `;` (or `,` when `commas`) on one line. */
export function items(c: Cell | undefined, commas = false): Cell[] {
  const ls = lines(c);
  if (ls.length !== 1) return ls;
  const [only] = ls;
  if (!only) return [];
  return splitOutsideBrackets(only.text, commas ? ';,' : ';').map((text) => ({
    text,
    ref: only.ref,
  }));
}

/** Splits on any of `separators` outside round brackets ("Images (vidéo, photos)" stays whole). */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export interface ImportedPurpose {
  description: Cell;
  basis?: Cell;
  legitimateInterest?: Cell;
}

export interface ImportedData {
  category: Cell;
  /** Retention words of this category alone. */
  retention?: Cell;
  /** An Art. 9 special category, Art. 10 or Art. 87 flags read from the source's structure. */
  special?: string;
  criminal?: boolean;
  nationalId?: boolean;
  /** Example data written beside the category (CNIL "Description"). */
  detail?: Cell;
}

export interface ImportedRecipient {
  name: Cell;
  /** Words saying what it is (CNIL type, export kind label); mapped with recipients.json. */
  kind?: Cell;
  country?: Cell;
}

export interface ImportedTransfer {
  recipient?: Cell;
  country: Cell;
  mechanism?: Cell;
}

export interface Note {
  label: string;
  cell: Cell;
  /** False for columns gdpr computes itself (kept in notes, not reported). */
  report: boolean;
}

export interface ImportedActivity {
  /** Where the activity starts: its name cell. */
  id?: Cell;
  name: Cell;
  description?: Cell;
  status?: Cell;
  role?: Cell;
  department?: Cell;
  created?: Cell;
  reviewed?: Cell;
  retiredOn?: Cell;
  purposes: ImportedPurpose[];
  /** A legal basis cell for every purpose that has none of its own. */
  legalBasis?: Cell;
  subjects: Cell[];
  data: ImportedData[];
  /** Retention words for every data category that has none of its own. */
  retention?: Cell;
  /** A yes/no (or list of categories) for the whole activity. */
  sensitive?: Cell;
  specialCondition?: Cell;
  recipients: ImportedRecipient[];
  transfers: ImportedTransfer[];
  measures: Cell[];
  systems: Cell[];
  jointControllers: Cell[];
  /** Art. 30(2)(a): the controllers we act for (a processor activity). */
  controllers: Cell[];
  notes: Note[];
}

export function emptyActivity(name: Cell): ImportedActivity {
  return {
    name,
    purposes: [],
    subjects: [],
    data: [],
    recipients: [],
    transfers: [],
    measures: [],
    systems: [],
    jointControllers: [],
    controllers: [],
    notes: [],
  };
}

/** A retention rule as the record's Retention sheet lists it. */
export interface ImportedRetentionRule {
  id: Cell;
  duration?: Cell;
  from?: Cell;
  then?: Cell;
  archiveFor?: Cell;
  basis?: Cell;
  criteria?: Cell;
}

export interface ImportedParty {
  name: Cell;
  kind?: Cell;
  country?: Cell;
}

export interface ImportedOrganisation {
  name?: Cell;
  address?: Cell;
  email?: Cell;
  phone?: Cell;
  dpo?: { name?: Cell; email?: Cell; phone?: Cell };
}

export type ImportSource = 'cnil' | 'ico' | 'csv' | 'record';

export interface ImportedRegister {
  source: ImportSource;
  /** The language the workbook is written in: the register's language. */
  lang: string;
  /** The country of the organisation when the source says nothing (e.g. FR for the CNIL model). */
  defaultCountry?: string;
  organisation: ImportedOrganisation;
  activities: ImportedActivity[];
  /** Retention rules listed apart (the record's Retention sheet), matched by their summary. */
  retentionRules: ImportedRetentionRule[];
  parties: ImportedParty[];
}
