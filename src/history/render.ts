/**
 * `gdpr diff` output: text for the terminal, Markdown for the review minutes, JSON for tools.
 * Words come from locales/<lang>/diff.json; field names from the schemas (compare.ts).
 */
import { message } from '../locale/index.js';
import { escapeMarkdown } from '../render/words.js';
import { SECTIONS, textOf, type FieldChange, type RecordChange } from './compare.js';
import type { GitCommit } from './git.js';

export interface DiffReport {
  /** The `--since` as given. */
  since: string;
  from: GitCommit;
  /** HEAD when the working tree has no change to the register; else undefined. */
  to: GitCommit | undefined;
  dirty: boolean;
  changes: readonly RecordChange[];
}

export type DiffFormat = 'text' | 'md' | 'json';

const MAX_VALUE = 80;

function w(lang: string, key: string, values: Record<string, string | number> = {}): string {
  return message(lang, 'diff', key, values);
}

/** A value in words: scalars as they are, texts in the language, short objects as `k: v`. */
export function valueWords(value: unknown, lang: string): string {
  if (value === undefined || value === null) return w(lang, 'empty');
  const text = textOf(value, lang);
  let out: string;
  if (text !== undefined) out = /\s/.test(text) ? `“${text}”` : text;
  else if (Array.isArray(value)) out = value.map((v) => valueWords(v, lang)).join(', ');
  else if (typeof value === 'object') {
    out = Object.entries(value)
      .map(([k, v]) => `${k}: ${valueWords(v, lang)}`)
      .join(', ');
  } else out = typeof value === 'string' ? value : JSON.stringify(value);
  return out.length > MAX_VALUE ? `${out.slice(0, MAX_VALUE - 1)}…` : out;
}

export function fieldSentence(change: FieldChange, lang: string): string {
  return w(lang, `field.${change.change}`, {
    field: change.field,
    from: valueWords(change.from, lang),
    to: valueWords(change.to, lang),
    items: (change.items ?? []).map((i) => valueWords(i, lang)).join(', '),
  });
}

function recordName(change: RecordChange): string {
  return change.title === undefined || change.title === change.id
    ? change.id
    : `${change.title} (${change.id})`;
}

function commitWords(commit: GitCommit, lang: string): string {
  return w(lang, 'commit', {
    sha: commit.sha.slice(0, 12),
    date: commit.date,
    subject: commit.subject,
  });
}

function toWords(report: DiffReport, lang: string): string {
  if (report.to !== undefined && !report.dirty) return commitWords(report.to, lang);
  return w(lang, report.dirty ? 'working_tree_dirty' : 'working_tree');
}

function lineOf(change: RecordChange, lang: string): string {
  const kind =
    change.kind === 'activity' && change.section === 'transfers'
      ? ''
      : `${w(lang, `kind.${change.kind}`)} `;
  const detail = change.detail === undefined || change.detail === '' ? '' : ` [${change.detail}]`;
  return `${w(lang, `change.${change.change}`)}: ${kind}${recordName(change)}${detail}`;
}

export function renderDiff(report: DiffReport, format: DiffFormat, lang: string): string {
  if (format === 'json') return renderJson(report);
  const md = format === 'md';
  const esc = (s: string): string => (md ? escapeMarkdown(s) : s);
  const lines: string[] = [];
  const heading = w(lang, 'heading', {
    from: commitWords(report.from, lang),
    to: toWords(report, lang),
  });
  lines.push(
    md ? `# ${esc(heading)}` : heading,
    esc(w(lang, 'since_line', { since: report.since })),
    '',
  );
  if (report.changes.length === 0) {
    lines.push(w(lang, 'none'));
    return `${lines.join('\n')}\n`;
  }
  for (const section of SECTIONS) {
    const inSection = report.changes.filter((c) => c.section === section);
    if (inSection.length === 0) continue;
    const title = w(lang, `section.${section}`);
    lines.push(md ? `## ${esc(title)}` : title, ...(md ? [''] : []));
    for (const change of inSection) {
      lines.push(md ? `- ${esc(lineOf(change, lang))}` : `  ${lineOf(change, lang)}`);
      for (const field of change.fields) {
        lines.push(
          md ? `  - ${esc(fieldSentence(field, lang))}` : `      ${fieldSentence(field, lang)}`,
        );
      }
    }
    lines.push('');
  }
  lines.push(w(lang, 'count', { count: report.changes.length }));
  return `${lines.join('\n')}\n`;
}

function commitJson(commit: GitCommit): object {
  return { commit: commit.sha, date: commit.date, subject: commit.subject };
}

function renderJson(report: DiffReport): string {
  const body = {
    version: 1,
    since: report.since,
    from: commitJson(report.from),
    to: report.to === undefined || report.dirty ? { working_tree: true } : commitJson(report.to),
    changes: report.changes.map((c) => ({
      section: c.section,
      change: c.change,
      kind: c.kind,
      id: c.id,
      ...(c.title === undefined ? {} : { title: c.title }),
      ...(c.detail === undefined ? {} : { detail: c.detail }),
      fields: c.fields.map((f) => ({
        field: f.field,
        path: f.path,
        change: f.change,
        ...(f.from === undefined ? {} : { from: f.from }),
        ...(f.to === undefined ? {} : { to: f.to }),
        ...(f.items === undefined ? {} : { items: f.items }),
        sentence: fieldSentence(f, 'en'),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
