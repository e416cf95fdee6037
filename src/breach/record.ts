/**
 * Incident records (REGISTER-FORMAT.md, incidents/<id>.yaml): finding one, turning it into the
 * input of the assessment, and writing a new one in the schema's key order with its modeline
 * (src/register/record-file.ts, which also edits existing files in place).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import type { FileRecord, Register } from '../register/load.js';
import { inSchemaOrder, newRecordText } from '../register/record-file.js';
import { refusalText } from '../register/wording.js';
import type { Incident } from '../types/register.js';
import type { BreachAssessmentInput } from './assess.js';
import { anyVulnerable, assessedCategories } from './categories.js';

/** Where to look for the register: `path`, or for a file given without one, the file's folder. */
export function registerStart(incident: string, path: string | undefined): string {
  if (path !== undefined && path !== '.') return path;
  return /[\\/]|\.ya?ml$/.test(incident) ? dirname(incident) : '.';
}

/**
 * An incident by id (`2026-03-14-lost-laptop`) or by file path (relative to `cwd`); an unknown
 * one is refused in `lang`.
 */
export function findIncident(
  register: Register,
  ref: string,
  cwd: string,
  lang: string = FALLBACK_LANGUAGE,
): FileRecord<Incident> {
  const byId = register.records.incident.get(ref);
  if (byId) return byId;
  if (/[\\/]|\.ya?ml$/.test(ref)) {
    const abs = isAbsolute(ref) ? ref : resolve(cwd, ref);
    for (const record of register.records.incident.values())
      if (record.file.absPath === abs) return record;
    const id = basename(ref).replace(/\.ya?ml$/, '');
    const sameId = register.records.incident.get(id);
    if (sameId && !existsSync(abs)) return sameId;
  }
  const known = [...register.records.incident.keys()].sort();
  throw new UsageError(
    refusalText(lang, 'incident_unknown', {
      ref,
      dir: join(register.root, 'incidents'),
      known: known.length
        ? refusalText(lang, 'incidents_known', { list: known.join(', ') })
        : refusalText(lang, 'incidents_none'),
    }),
  );
}

/** The assessment's input from a recorded incident and the register's catalogues. */
export function assessmentInput(
  incident: Incident,
  register: Register,
  now: Date,
): BreachAssessmentInput {
  const input: BreachAssessmentInput = {
    types: incident.types,
    data_categories: assessedCategories(
      incident.data_categories,
      register.catalogs['data-categories'],
    ),
    vulnerable_subjects: anyVulnerable(incident.data_subjects, register.catalogs['data-subjects']),
    discovered_at: incident.discovered_at,
    now,
  };
  if (incident.cause !== undefined) input.cause = incident.cause;
  if (incident.role !== undefined) input.role = incident.role;
  if (incident.subjects_count !== undefined) input.subjects_count = incident.subjects_count;
  if (incident.records_count !== undefined) input.records_count = incident.records_count;
  if (incident.facts !== undefined) input.facts = incident.facts;
  if (incident.sensitivity !== undefined) input.sensitivity = incident.sensitivity;
  if (incident.assessment?.exemption === 'disproportionate-effort')
    input.disproportionate_effort = true;
  return input;
}

/** The text of a new incident file: modeline, then the keys in the schema's order. */
export function incidentYaml(incident: Incident, fileAbs: string): string {
  return newRecordText('incident', fileAbs, inSchemaOrder('incident', incident));
}
