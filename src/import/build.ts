/**
 * From what a reader found to register files: gdpr.yaml, the four catalogues, one file per
 * activity and per party — the layout `gdpr init` writes. Every value is mapped through
 * ./mappers.ts; a value that does not map is kept verbatim (in the activity's `notes`, or as a
 * retention rule's `criteria`) and reported with its cell and what to fill in. Required
 * fields the source lacks get a placeholder, reported too, so that the register always loads
 * without a schema error. Deterministic: the same workbook gives the same files and report.
 */
import { stringify } from 'yaml';
import { message } from '../locale/index.js';
import { wordTable } from '../render/i18n.js';
import {
  mapCountry,
  mapLegalBasis,
  mapMeasureKind,
  measureSchemaKind,
  mapMechanism,
  mapRecipientKind,
  mapSpecialFlags,
  mapYesNo,
  parseDate,
  parseRetention,
} from './mappers.js';
import {
  lines,
  type Cell,
  type ImportedActivity,
  type ImportedRegister,
  type ImportedRetentionRule,
} from './model.js';
import { normalise } from './vocabulary.js';

export interface BuiltFile {
  /** Relative to the register root, with forward slashes. */
  path: string;
  content: string;
}

export interface ReportLine {
  ref: string;
  message: string;
}

export interface BuildResult {
  files: BuiltFile[];
  report: ReportLine[];
  activities: number;
}

type Doc = Record<string, unknown>;

/** A valid id from any text: lower-case ASCII letters, digits and hyphens. */
export function slugify(text: string, fallback = 'item'): string {
  let slug = normalise(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 48) {
    // Cut at a word boundary when there is one not too far back.
    const cut = slug.slice(0, 49).lastIndexOf('-');
    slug = (cut > 20 ? slug.slice(0, cut) : slug.slice(0, 48)).replace(/-+$/, '');
  }
  return slug === '' ? fallback : slug;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

class Ids {
  private readonly used = new Set<string>();
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

interface Named {
  id: string;
  name: string;
}

interface CategoryEntry extends Named {
  special: string | null;
  criminal: boolean;
  nationalId: boolean;
  examples: string[];
}

interface RetentionEntry {
  id: string;
  rule: Doc;
  /** Words that identify it in a record summary (duration words, starting event). */
  keys: string[];
}

interface PartyEntry extends Named {
  kind: string;
  country: string | null;
}

const MODELINE = (depth: number, schema: string): string =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}.gdpr/schemas/${schema}.schema.json\n`;

function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

export function buildRegister(source: ImportedRegister): BuildResult {
  return new Builder(source).build();
}

class Builder {
  private readonly lang: string;
  private readonly report: ReportLine[] = [];
  private readonly subjects = new Map<string, Named>();
  private readonly subjectIds = new Ids();
  private readonly categories = new Map<string, CategoryEntry>();
  private readonly categoryIds = new Ids();
  private readonly retention: RetentionEntry[] = [];
  private readonly retentionByKey = new Map<string, RetentionEntry>();
  private readonly retentionIds = new Ids();
  private readonly measures = new Map<string, Named & { kind?: string }>();
  private readonly measureIds = new Ids();
  private readonly parties = new Map<string, PartyEntry>();
  private readonly partyIds = new Ids();
  private readonly departments = new Map<string, Named>();
  private readonly departmentIds = new Ids();
  private readonly activityIds = new Ids();

  constructor(private readonly source: ImportedRegister) {
    this.lang = source.lang;
  }

  private say(key: string, values: Record<string, string> = {}): string {
    return message(this.lang, 'import', key, values);
  }

  private flag(ref: string, key: string, values: Record<string, string> = {}): void {
    this.report.push({ ref, message: this.say(key, values) });
  }

  private get placeholder(): string {
    return this.say('placeholder');
  }

  build(): BuildResult {
    for (const p of this.source.parties) {
      const kind = p.kind ? mapRecipientKind(p.kind.text) : null;
      this.party(p.name, kind && kind !== 'department' ? kind : 'processor', p.country);
    }
    for (const r of this.source.retentionRules) this.recordRetentionRule(r);
    const activities = this.source.activities.map((a) => this.activity(a));
    const files: BuiltFile[] = [
      { path: 'gdpr.yaml', content: MODELINE(0, 'gdpr') + yaml(this.config()) },
      this.catalogue(
        'data-subjects',
        [...this.subjects.values()].map((s) => ({ id: s.id, name: s.name })),
      ),
      this.catalogue(
        'data-categories',
        [...this.categories.values()].map((c) => {
          const entry: Doc = { id: c.id, name: c.name };
          if (c.examples.length > 0) entry.examples = c.examples;
          if (c.special) entry.special = c.special;
          if (c.criminal) entry.criminal = true;
          if (c.nationalId) entry.national_id = true;
          return entry;
        }),
      ),
      this.catalogue(
        'retention',
        this.retention.map((r) => r.rule),
      ),
      this.catalogue(
        'security-measures',
        [...this.measures.values()].map((m) => ({
          id: m.id,
          ...(m.kind === undefined ? {} : { kind: m.kind }),
          name: m.name,
        })),
      ),
      ...activities,
      ...[...this.parties.values()].map((p) => {
        const doc: Doc = { name: p.name, kind: p.kind };
        if (p.country) doc.country = p.country;
        return { path: `parties/${p.id}.yaml`, content: MODELINE(1, 'party') + yaml(doc) };
      }),
    ];
    return { files, report: this.report, activities: activities.length };
  }

  private catalogue(name: string, entries: Doc[]): BuiltFile {
    return {
      path: `catalog/${name}.yaml`,
      content: MODELINE(1, name) + (entries.length > 0 ? yaml(entries) : '[]\n'),
    };
  }

  private config(): Doc {
    const org = this.source.organisation;
    const first = this.source.activities[0]?.name.ref ?? 'gdpr.yaml';
    const name = org.name?.text ?? this.missingOrg(first, 'name', this.placeholder);
    const address =
      org.address?.text ?? this.missingOrg(org.name?.ref ?? first, 'address', this.placeholder);
    const country =
      (org.address ? this.countryFromAddress(org.address.text) : null) ??
      this.source.defaultCountry;
    const email =
      org.email?.text ??
      this.missingOrg(
        org.name?.ref ?? first,
        'email',
        `contact@${slugify(name, 'organisation')}.example`,
      );
    const organisation: Doc = {
      name,
      address,
      country: country ?? this.missingOrg(org.name?.ref ?? first, 'country', 'FR'),
      email,
    };
    if (org.phone) organisation.phone = org.phone.text;
    if (org.dpo?.email) {
      const dpo: Doc = { email: org.dpo.email.text };
      if (org.dpo.name) dpo.name = org.dpo.name.text;
      if (org.dpo.phone) dpo.phone = org.dpo.phone.text;
      organisation.dpo = dpo;
    }
    const config: Doc = { version: 1, organisation, languages: [this.lang] };
    if (this.departments.size > 0)
      config.departments = [...this.departments.values()].map((d) => ({ id: d.id, name: d.name }));
    return config;
  }

  private missingOrg(ref: string, field: string, value: string): string {
    this.flag(ref, 'org.missing', { field, value });
    return value;
  }

  private countryFromAddress(address: string): string | null {
    const parts = address
      .split(/[\n,]/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const last = parts[parts.length - 1];
    return last ? mapCountry(last) : null;
  }

  // ---------------------------------------------------------------------------------------
  // Activities

  private activity(a: ImportedActivity): BuiltFile {
    const wantedId = a.id && ID.test(a.id.text) ? a.id.text : slugify(a.name.text, 'activity');
    const id = this.activityIds.take(wantedId);
    const file = `activities/${id}.yaml`;
    const notes: string[] = [];
    const keep = (
      label: string,
      c: Cell,
      key?: string,
      values: Record<string, string> = {},
    ): void => {
      notes.push(`${label} (${c.ref}): ${c.text}`);
      if (key) this.flag(c.ref, key, { value: c.text, file, ...values });
    };
    if (a.id && a.id.text !== id) keep(this.say('label.reference'), a.id);
    const doc: Doc = { name: a.name.text };
    if (a.description) doc.description = a.description.text;

    if (a.role) {
      const role = this.enumOf(wordTable('record', 'role'), a.role.text, [
        'controller',
        'joint-controller',
        'processor',
      ]);
      if (role) doc.role = role;
      else keep(this.say('label.role'), a.role, 'enum.unknown', { field: 'role' });
    }
    if (a.department) doc.department = this.department(a.department.text).id;
    if (a.status) {
      const status = this.enumOf(wordTable('record', 'status'), a.status.text, [
        'planned',
        'active',
        'retired',
      ]);
      if (status) doc.status = status;
      else keep(this.say('label.status'), a.status, 'enum.unknown', { field: 'status' });
    }
    for (const [field, c] of [
      ['created', a.created],
      ['reviewed', a.reviewed],
      ['retired_on', a.retiredOn],
    ] as const) {
      if (!c) continue;
      const date = parseDate(c.text);
      if (date) doc[field] = date;
      else keep(field, c, 'date.unread', { field });
    }

    doc.purposes = this.purposes(a, file, keep);

    if (a.controllers.length > 0) {
      // Art. 30(2): we process on behalf of these controllers.
      doc.role = 'processor';
      doc.controllers = [...new Set(a.controllers.map((c) => this.party(c, 'client').id))];
    }
    const subjects = a.subjects.map((s) => this.subject(s.text).id);
    const controller = doc.role !== 'processor';
    if (controller && subjects.length === 0) {
      subjects.push(this.subject(this.placeholder).id);
      this.flag(a.name.ref, 'subjects.missing', { name: a.name.text, file });
    }
    if (subjects.length > 0) doc.data_subjects = [...new Set(subjects)];

    const data = this.dataItems(a, keep);
    if (controller && data.length === 0) {
      const placeholder = this.category(this.placeholder, {
        special: null,
        criminal: false,
        nationalId: false,
        examples: [],
      });
      data.push({ category: placeholder.id });
      this.flag(a.name.ref, 'data.missing', { name: a.name.text, file });
    }
    if (data.length > 0) doc.data = data;

    const recipients = this.recipients(a, keep);
    if (recipients.length > 0) doc.recipients = recipients;

    const transfers = this.transfers(a, keep);
    if (transfers.length > 0) doc.transfers = transfers;

    const measures = a.measures.map((m) => this.measure(m.text).id);
    if (measures.length > 0) doc.security_measures = [...new Set(measures)];

    const systems = [...new Set(a.systems.map((s) => s.text))];
    if (systems.length > 0) doc.systems = systems;
    if (a.jointControllers.length > 0) {
      doc.joint_controllers = [
        ...new Set(a.jointControllers.map((j) => this.party(j, 'joint-controller').id)),
      ];
    }
    for (const n of a.notes)
      keep(n.label, n.cell, n.report ? 'cell.unmapped' : undefined, { label: n.label });
    if (notes.length > 0) doc.notes = `${this.say('notes.header')}\n${notes.join('\n')}`;
    return { path: file, content: MODELINE(1, 'activity') + yaml(doc) };
  }

  private enumOf(
    labels: Readonly<Record<string, Readonly<Record<string, string | undefined>>>>,
    text: string,
    codes: readonly string[],
  ): string | null {
    const n = normalise(text);
    for (const code of codes) {
      if (normalise(code) === n) return code;
      const words = Object.values(labels[code] ?? {});
      if (words.some((l) => l !== undefined && normalise(l) === n)) return code;
    }
    return null;
  }

  private purposes(
    a: ImportedActivity,
    file: string,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): Doc[] {
    const out: Doc[] = [];
    const shared = a.legalBasis ? numbered(lines(a.legalBasis)) : new Map<number, Cell>();
    const sharedAll = a.legalBasis ? lines(a.legalBasis) : [];
    a.purposes.forEach((p, i) => {
      const purpose: Doc = { description: p.description.text };
      // A basis of its own; else the same-numbered line of the shared cell; else the one line.
      const basis =
        p.basis ??
        shared.get(i + 1) ??
        (sharedAll.length === 1
          ? sharedAll[0]
          : sharedAll.length === a.purposes.length
            ? sharedAll[i]
            : undefined) ??
        (sharedAll.length > 1 && a.legalBasis ? a.legalBasis : undefined);
      if (basis) this.legalBasis(basis, purpose, keep);
      else this.flag(p.description.ref, 'basis.missing', { purpose: p.description.text, file });
      if (p.legitimateInterest) purpose.legitimate_interest = p.legitimateInterest.text;
      out.push(purpose);
    });
    if (out.length === 0) {
      this.flag(a.name.ref, 'purpose.missing', { name: a.name.text, file });
      out.push({ description: this.placeholder });
      if (a.legalBasis) this.legalBasis(a.legalBasis, out[0] ?? {}, keep);
    }
    return out;
  }

  private legalBasis(
    c: Cell,
    purpose: Doc,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): void {
    const text = c.text.replace(/^\d+\.\s+/, '');
    // The record's own label ("Contrat – art. 6.1.b"), then the legal reference in brackets.
    for (const [code, words] of Object.entries(wordTable('words', 'legal_basis_short'))) {
      for (const label of Object.values(words)) {
        if (label === undefined) continue;
        if (!text.startsWith(label)) continue;
        purpose.legal_basis = code;
        const rest = /^\s*\((.+)\)\s*$/.exec(text.slice(label.length));
        if (rest?.[1]) purpose.legal_reference = rest[1];
        return;
      }
    }
    const mapped = mapLegalBasis(text);
    if (mapped.basis) {
      purpose.legal_basis = mapped.basis;
      return;
    }
    const label = this.say('label.legal_basis');
    if (mapped.found.length > 1)
      keep(label, c, 'basis.several', { found: mapped.found.join(', ') });
    else keep(label, c, 'basis.none');
  }

  // ---------------------------------------------------------------------------------------
  // Data

  private dataItems(
    a: ImportedActivity,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): Doc[] {
    // Retention lines naming a category ("Identité : 5 ans") go to that category.
    const perCategory = new Map<string, Cell>();
    let shared: Cell | undefined;
    if (a.retention) {
      const ls = lines(a.retention);
      const names = new Set(a.data.map((d) => normalise(d.category.text)));
      const unmatched: Cell[] = [];
      for (const l of ls) {
        const m = /^(.+?)\s*:\s*(.+)$/.exec(l.text);
        const name = m?.[1] ? normalise(m[1]) : '';
        if (m?.[2] && names.has(name)) perCategory.set(name, { text: m[2], ref: l.ref });
        else unmatched.push(l);
      }
      if (unmatched.length > 0)
        shared = { text: unmatched.map((u) => u.text).join('\n'), ref: a.retention.ref };
    }
    const items: Doc[] = [];
    const seen = new Set<string>();
    for (const d of a.data) {
      const flags = mapSpecialFlags(d.category.text);
      const category = this.category(d.category.text, {
        special: d.special ?? flags.special,
        criminal: d.criminal ?? flags.criminal,
        nationalId: d.nationalId ?? flags.national_id,
        examples: d.detail ? [d.detail.text] : [],
      });
      if (seen.has(category.id)) continue;
      seen.add(category.id);
      const item: Doc = { category: category.id };
      const words = d.retention ?? perCategory.get(normalise(d.category.text)) ?? shared;
      if (words) {
        const rule = this.retentionFor(words);
        if (rule) item.retention = rule;
      }
      items.push(item);
    }
    if (a.data.length === 0 && a.retention)
      keep(this.say('label.retention'), a.retention, 'retention.nodata');
    this.sensitive(a, keep);
    return items;
  }

  private category(
    name: string,
    flags: { special: string | null; criminal: boolean; nationalId: boolean; examples: string[] },
  ): CategoryEntry {
    const key = normalise(name);
    let entry = this.categories.get(key);
    if (!entry) {
      entry = {
        id: this.categoryIds.take(slugify(name, 'data')),
        name,
        special: null,
        criminal: false,
        nationalId: false,
        examples: [],
      };
      this.categories.set(key, entry);
    }
    entry.special ??= flags.special;
    entry.criminal ||= flags.criminal;
    entry.nationalId ||= flags.nationalId;
    for (const e of flags.examples) if (!entry.examples.includes(e)) entry.examples.push(e);
    return entry;
  }

  /** The activity-wide sensitive-data cell: yes/no, or the categories it names. */
  private sensitive(
    a: ImportedActivity,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): void {
    const c = a.sensitive;
    if (!c) return;
    const categories = a.data.map((d) => this.categories.get(normalise(d.category.text)));
    const flagged = (): boolean =>
      categories.some((e) => e !== undefined && (e.special !== null || e.criminal || e.nationalId));
    const answer = mapYesNo(c.text);
    // "Yes: Health data (special category – Art. 9 (health))": one category per line.
    const body = c.text.replace(/^[^:\n]*:\s*/, (head) =>
      mapYesNo(head.replace(/:\s*$/, '')) === null ? head : '',
    );
    let named = false;
    for (const line of body.split(/\n/)) {
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(line.trim());
      const target = m?.[1] ? this.categories.get(normalise(m[1])) : undefined;
      if (!m?.[2] || !target) continue;
      const flags = mapSpecialFlags(m[2]);
      target.special ??= flags.special;
      target.criminal ||= flags.criminal;
      target.nationalId ||= flags.national_id;
      named = true;
    }
    if (named || answer === false) return;
    if (answer === true) {
      if (!flagged()) keep(this.say('label.sensitive'), c, 'sensitive.unspecified');
      return;
    }
    const flags = mapSpecialFlags(c.text);
    if (flags.special || flags.criminal || flags.national_id) {
      if (!flagged()) keep(this.say('label.sensitive'), c, 'sensitive.unspecified');
      return;
    }
    keep(this.say('label.sensitive'), c, 'sensitive.unread');
  }

  // ---------------------------------------------------------------------------------------
  // Retention

  /** A rule of the record's Retention sheet, kept with its id. */
  private recordRetentionRule(r: ImportedRetentionRule): void {
    const id = this.retentionIds.take(
      ID.test(r.id.text) ? r.id.text : slugify(r.id.text, 'retention'),
    );
    const rule: Doc = { id };
    const keys: string[] = [];
    if (r.duration) {
      const parsed = parseRetention(r.duration.text);
      if (parsed) rule.duration = parsed.duration;
      else rule.criteria = r.duration.text;
      keys.push(r.duration.text);
    }
    if (r.from) keys.push(r.from.text);
    rule.from = r.from?.text ?? this.placeholder;
    if (r.then) {
      const then = this.enumOf(wordTable('record', 'retentionThen'), r.then.text, [
        'delete',
        'anonymise',
        'archive',
      ]);
      if (then) rule.then = then;
    }
    if (r.archiveFor) {
      const parsed = parseRetention(r.archiveFor.text);
      if (parsed) rule.archive_for = parsed.duration;
    }
    if (r.basis) rule.basis = r.basis.text;
    if (r.criteria) rule.criteria = r.criteria.text;
    const entry = { id, rule, keys };
    this.retention.push(entry);
  }

  /** The id of the retention rule for these words, created on first use. */
  private retentionFor(c: Cell): string | null {
    if (this.source.retentionRules.length > 0) {
      // A record summary: the rule whose period and starting event it quotes.
      const n = normalise(c.text);
      let best: RetentionEntry | undefined;
      let bestScore = 0;
      for (const r of this.retention) {
        if (!r.keys.every((k) => n.includes(normalise(k)))) continue;
        const score = r.keys.reduce((s, k) => s + k.length, 0);
        if (score > bestScore) {
          best = r;
          bestScore = score;
        }
      }
      if (best) return best.id;
    }
    const parsed = parseRetention(c.text);
    const key = parsed
      ? `${parsed.duration}|${normalise(parsed.from ?? '')}`
      : `?|${normalise(c.text)}`;
    const known = this.retentionByKey.get(key);
    if (known) return known.id;
    const stem = parsed
      ? `${parsed.from ? slugify(parsed.from, 'retention') : 'retention'}-${parsed.duration.slice(1).toLowerCase()}`
      : `retention-${slugify(c.text, 'criteria')}`;
    const id = this.retentionIds.take(stem.slice(0, 56).replace(/-+$/, ''));
    const rule: Doc = { id };
    if (parsed) {
      rule.duration = parsed.duration;
      if (parsed.from) rule.from = parsed.from;
      else {
        rule.from = this.placeholder;
        this.flag(c.ref, 'retention.nofrom', { value: c.text, id });
      }
      if (parsed.remark) rule.basis = parsed.remark;
    } else {
      rule.from = this.placeholder;
      rule.criteria = c.text;
      this.flag(c.ref, 'retention.unread', { value: c.text, id });
    }
    const entry = { id, rule, keys: [] };
    this.retention.push(entry);
    this.retentionByKey.set(key, entry);
    return id;
  }

  // ---------------------------------------------------------------------------------------
  // Recipients, parties, transfers, measures, subjects, departments

  private recipients(
    a: ImportedActivity,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): Doc[] {
    const out: Doc[] = [];
    const seen = new Set<string>();
    const push = (r: Doc): void => {
      const k = JSON.stringify(r);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(r);
      }
    };
    for (const r of a.recipients) {
      const kind = r.kind ? mapRecipientKind(r.kind.text) : mapRecipientKind(r.name.text);
      if (r.kind && normalise(r.kind.text) === normalise(r.name.text)) {
        // Only a type ("Sous-traitants"), no name: nothing to point at.
        keep(this.say('label.recipients'), r.name, 'recipient.unnamed');
        continue;
      }
      if (kind === 'department') {
        push({ department: this.department(r.name.text).id });
        continue;
      }
      const party = this.party(r.name, kind ?? 'third-party', r.country);
      if (!kind) this.flag(r.name.ref, 'recipient.kind', { value: r.name.text, id: party.id });
      push({ party: party.id });
    }
    return out;
  }

  private party(name: Cell, kind: string, country?: Cell): PartyEntry {
    const key = normalise(name.text);
    let entry = this.parties.get(key);
    if (!entry) {
      entry = {
        id: this.partyIds.take(slugify(name.text, 'party')),
        name: name.text,
        kind,
        country: null,
      };
      this.parties.set(key, entry);
    }
    if (country && !entry.country) {
      const code = mapCountry(country.text);
      if (code) entry.country = code;
      else this.flag(country.ref, 'party.country', { value: country.text, id: entry.id });
    }
    return entry;
  }

  private transfers(
    a: ImportedActivity,
    keep: (label: string, c: Cell, key?: string, values?: Record<string, string>) => void,
  ): Doc[] {
    const out: Doc[] = [];
    const label = this.say('label.transfers');
    for (const t of a.transfers) {
      const country = mapCountry(t.country.text);
      if (!country) {
        keep(label, t.country, 'country.unknown');
        continue;
      }
      if (!t.recipient) {
        keep(label, t.country, 'transfer.norecipient', { country });
        continue;
      }
      const party = this.party(t.recipient, 'processor');
      const transfer: Doc = { party: party.id, country };
      if (t.mechanism) {
        const mechanism =
          this.enumOf(
            wordTable('record', 'mechanism'),
            t.mechanism.text,
            Object.keys(wordTable('record', 'mechanism')),
          ) ?? mapMechanism(t.mechanism.text);
        if (mechanism) transfer.mechanism = mechanism;
        else keep(label, t.mechanism, 'mechanism.unknown');
      }
      out.push(transfer);
    }
    return out;
  }

  /** A measure: its kind (security-measures.json) as id where free, its label verbatim as name. */
  private measure(label: string): Named & { kind?: string } {
    const key = normalise(label);
    let entry = this.measures.get(key);
    if (!entry) {
      const kind = mapMeasureKind(label);
      const schemaKind = kind === null ? undefined : measureSchemaKind(kind);
      entry = {
        id: this.measureIds.take(kind && kind !== 'other' ? kind : slugify(label, 'measure')),
        name: label,
        ...(schemaKind === undefined ? {} : { kind: schemaKind }),
      };
      this.measures.set(key, entry);
    }
    return entry;
  }

  private subject(name: string): Named {
    const key = normalise(name);
    let entry = this.subjects.get(key);
    if (!entry) {
      entry = { id: this.subjectIds.take(slugify(name, 'people')), name };
      this.subjects.set(key, entry);
    }
    return entry;
  }

  private department(name: string): Named {
    const key = normalise(name);
    let entry = this.departments.get(key);
    if (!entry) {
      entry = { id: this.departmentIds.take(slugify(name, 'department')), name };
      this.departments.set(key, entry);
    }
    return entry;
  }
}

/** "1. Contract" lines by their number; empty when the lines are not numbered. */
function numbered(cells: readonly Cell[]): Map<number, Cell> {
  const out = new Map<number, Cell>();
  for (const c of cells) {
    const m = /^(\d+)\.\s+(.*)$/.exec(c.text);
    if (!m) return new Map();
    out.set(Number(m[1]), { text: m[2] ?? '', ref: c.ref });
  }
  return out;
}
