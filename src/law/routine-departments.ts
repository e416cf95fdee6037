import { loadLawData } from './data.js';
import type { LawDataFile, Localised } from './types.js';

/**
 * Departments whose processing is part of the regular course of business, so never
 * "occasional" in the sense of Art. 30(5) (WP29 position paper of 19 April 2018; LAW.md §1.3).
 * Kept as data (data/law/routine-departments.json) like every other fact the rules rely on.
 */
export interface RoutineDepartment {
  /** A gdpr.yaml `departments` id, by the toolkit's naming convention (hr, sales, …). */
  id: string;
  reason: Localised;
}

interface RoutineDepartmentsFile extends LawDataFile {
  departments: RoutineDepartment[];
}

function routineDepartmentsFile(): RoutineDepartmentsFile {
  return loadLawData<RoutineDepartmentsFile>('routine-departments');
}

export function listRoutineDepartments(): readonly RoutineDepartment[] {
  return routineDepartmentsFile().departments;
}

/** The entry for a department id whose processing is routine, or undefined. */
export function routineDepartment(id: string): RoutineDepartment | undefined {
  return listRoutineDepartments().find((department) => department.id === id);
}
