/**
 * What the site knows of each record: its page, its name, and who refers to it. References come
 * from the one table of the register layer (register/references.ts), and the activities a notice
 * covers from model/notices.ts (as `gdpr notice` and rule notice-coverage read them), so that a
 * "used by" list says what the check and the documents see.
 */
import { basename } from 'node:path';
import type { Register } from '../register/load.js';
import { collectReferences, type ReferenceTarget } from '../register/references.js';
import type { FileKind } from '../register/kinds.js';
import { activitiesCoveredBy } from '../model/notices.js';
import { PAGE_KINDS, type PageKind } from './layout.js';
import type { SiteWords } from './words.js';

/** The page of each kind of record a reference can name (reviews have none: nothing refers to one). */
const TARGET_KINDS: Readonly<Record<Exclude<ReferenceTarget, 'review'>, PageKind>> = {
  activity: 'activity',
  party: 'party',
  notice: 'notice',
  incident: 'incident',
  request: 'request',
  dpia: 'dpia',
  'data-categories': 'data-category',
  'data-subjects': 'data-subject',
  retention: 'retention',
  'security-measures': 'security-measure',
  department: 'department',
};

/** The page kind of a record file, or undefined for catalogues and gdpr.yaml. */
export function pageKindOfFile(kind: FileKind): PageKind | undefined {
  switch (kind) {
    case 'activity':
    case 'party':
    case 'notice':
    case 'incident':
    case 'request':
    case 'dpia':
      return kind;
    case 'config':
    case 'review':
      return undefined;
    default:
      return TARGET_KINDS[kind];
  }
}

export interface RecordIndex {
  /** The ids of each kind that have a page, sorted. */
  ids: Readonly<Record<PageKind, readonly string[]>>;
  has(kind: PageKind, id: string): boolean;
  /** The records that refer to this one, by kind, each list sorted by id. */
  usedBy(kind: PageKind, id: string): readonly { kind: PageKind; id: string }[];
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function indexRecords(register: Register): RecordIndex {
  const ids: Record<PageKind, readonly string[]> = {
    activity: sorted(register.records.activity.keys()),
    party: sorted(register.records.party.keys()),
    notice: sorted(register.records.notice.keys()),
    incident: sorted(register.records.incident.keys()),
    request: sorted(register.records.request.keys()),
    dpia: sorted(register.records.dpia.keys()),
    'data-category': sorted(register.catalogs['data-categories'].keys()),
    'data-subject': sorted(register.catalogs['data-subjects'].keys()),
    retention: sorted(register.catalogs.retention.keys()),
    'security-measure': sorted(register.catalogs['security-measures'].keys()),
    department: sorted(new Set((register.config?.data.departments ?? []).map((d) => d.id))),
  };
  const sets = new Map(PAGE_KINDS.map((k) => [k, new Set(ids[k])]));
  const has = (kind: PageKind, id: string): boolean => sets.get(kind)?.has(id) ?? false;

  const users = new Map<string, Set<string>>();
  const add = (to: PageKind, toId: string, from: PageKind, fromId: string): void => {
    if (!has(to, toId) || !has(from, fromId) || (to === from && toId === fromId)) return;
    const key = `${to}\0${toId}`;
    let set = users.get(key);
    if (!set) users.set(key, (set = new Set()));
    set.add(`${from}\0${fromId}`);
  };
  for (const ref of collectReferences(register)) {
    const from = pageKindOfFile(ref.file.kind);
    if (from === undefined || ref.target === 'review') continue;
    add(TARGET_KINDS[ref.target], ref.id, from, basename(ref.file.relPath).replace(/\.ya?ml$/, ''));
  }
  for (const notice of register.records.notice.values())
    for (const activity of activitiesCoveredBy(register, notice.data))
      add('activity', activity.id, 'notice', notice.id);

  return {
    ids,
    has,
    usedBy(kind, id) {
      const set = users.get(`${kind}\0${id}`);
      if (!set) return [];
      return [...set]
        .map((s) => {
          const [k, i] = s.split('\0') as [PageKind, string];
          return { kind: k, id: i };
        })
        .sort(
          (a, b) =>
            PAGE_KINDS.indexOf(a.kind) - PAGE_KINDS.indexOf(b.kind) ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
    },
  };
}

/** The name a record is shown by, in the reader's language. */
export function recordName(register: Register, w: SiteWords, kind: PageKind, id: string): string {
  switch (kind) {
    case 'activity': {
      const a = register.records.activity.get(id);
      return a ? w.text(a.data.name) || id : id;
    }
    case 'party':
      return register.records.party.get(id)?.data.name ?? id;
    case 'notice': {
      const n = register.records.notice.get(id);
      return n ? w.text(n.data.title) || id : id;
    }
    case 'incident':
      return register.records.incident.get(id)?.data.title ?? id;
    case 'request': {
      const r = register.records.request.get(id)?.data;
      if (!r) return id;
      return w.word('name.request', {
        type: w.value('request_type', r.type),
        received: w.date(r.received),
        reference: r.reference ?? '',
      });
    }
    case 'dpia': {
      const d = register.records.dpia.get(id)?.data;
      if (!d) return id;
      const names = d.activities.map((a) => recordName(register, w, 'activity', a));
      return w.word('name.dpia', { activities: names.join(', ') });
    }
    case 'data-category': {
      const c = register.catalogs['data-categories'].get(id);
      return c ? w.text(c.data.name) || id : id;
    }
    case 'data-subject': {
      const s = register.catalogs['data-subjects'].get(id);
      return s ? w.text(s.data.name) || id : id;
    }
    case 'retention': {
      const r = register.catalogs.retention.get(id)?.data;
      if (!r) return id;
      return r.duration !== undefined
        ? w.word('name.retention', { id, duration: w.duration(r.duration) })
        : id;
    }
    case 'security-measure': {
      const m = register.catalogs['security-measures'].get(id);
      return m ? w.text(m.data.name) || id : id;
    }
    case 'department': {
      const d = (register.config?.data.departments ?? []).find((x) => x.id === id);
      return d ? w.text(d.name) || id : id;
    }
  }
}
