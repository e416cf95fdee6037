/**
 * Where each page of the site lives, relative to the output folder: one folder per language
 * (`en/`, `fr/`), in it the home page, the dashboard, the charts, the findings, one list page
 * per kind of record (`activities.html`) and one page per record (`activities/<id>.html`).
 * Ids match the register's id pattern (lower-case letters, digits and hyphens), so a path never
 * needs escaping.
 */
import { posix } from 'node:path';

/** The kinds of record that have a page, in the order of the navigation. */
export const PAGE_KINDS = [
  'activity',
  'party',
  'data-category',
  'data-subject',
  'retention',
  'security-measure',
  'department',
  'notice',
  'incident',
  'request',
  'dpia',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** The folder of each kind's pages; `<folder>.html` is its list page. */
export const KIND_FOLDERS: Readonly<Record<PageKind, string>> = {
  activity: 'activities',
  party: 'parties',
  'data-category': 'data-categories',
  'data-subject': 'data-subjects',
  retention: 'retention',
  'security-measure': 'security-measures',
  department: 'departments',
  notice: 'notices',
  incident: 'incidents',
  request: 'requests',
  dpia: 'dpias',
};

/** The pages every language has besides the records. */
export const SPECIAL_PAGES = ['index', 'dashboard', 'charts', 'findings'] as const;
export type SpecialPage = (typeof SPECIAL_PAGES)[number];

/** A page's path inside its language folder (`activities/customers.html`). */
export function recordPath(kind: PageKind, id: string): string {
  return `${KIND_FOLDERS[kind]}/${id}.html`;
}

export function listPath(kind: PageKind): string {
  return `${KIND_FOLDERS[kind]}.html`;
}

export function specialPath(page: SpecialPage): string {
  return `${page}.html`;
}

/** The path of a page in the output folder: `<lang>/<path>`. */
export function sitePath(lang: string, path: string): string {
  return `${lang}/${path}`;
}

/** A relative link from one page of the site to another (both paths from the output folder). */
export function href(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return rel === '' ? posix.basename(to) : rel;
}
