/**
 * The files of a new register, built from the answers and the templates of data/scaffold/.
 * Pure apart from reading the templates: same answers and same day give the same bytes.
 */
import { dirname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, Pair, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { defaultReviewPeriod } from '../model/activities.js';
import { SCHEMA_DIR } from '../paths.js';
import {
  CATALOG_FILES,
  CATALOG_KINDS,
  CONFIG_FILE,
  RECORD_DIRS,
  schemaFileName,
  type FileKind,
} from '../register/kinds.js';
import { localiseDocument, pickText } from './localise.js';
import { nationaliseDocument } from './national.js';
import type { InitAnswers, Placeholder } from './questions.js';
import {
  activityTemplate,
  catalogTemplate,
  listDepartments,
  nationalRetention,
  noticeTemplates,
} from './scaffold-data.js';
import { modeline, schemaPathFrom, yamlText } from '../register/yaml-file.js';

export interface ScaffoldFile {
  /** Relative to the register folder, with forward slashes. */
  path: string;
  content: string;
}

export interface ScaffoldOptions {
  /** Absolute register folder: the modelines are relative to each file's folder. */
  dir: string;
  /** YYYY-MM-DD: `created` and `reviewed` of every activity. */
  today: string;
  placeholders?: readonly Placeholder[];
  schemaDir?: string;
}

function withModeline(
  kind: FileKind,
  path: string,
  doc: Document,
  options: ScaffoldOptions,
  header = '',
): ScaffoldFile {
  const schema = join(options.schemaDir ?? SCHEMA_DIR, schemaFileName(kind));
  const fileDir = dirname(join(options.dir, path));
  return { path, content: yamlText(doc, modeline(schemaPathFrom(fileDir, schema)) + header) };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** A key the scaffold itself has just written. */
function ownPair(map: YAMLMap, key: string): Pair {
  const pair = pairOf(map, key);
  if (!pair) throw new Error(`scaffold: no "${key}" key`);
  return pair;
}

/** Data subjects an activity concerns. */
function subjectsOf(activity: unknown): string[] {
  return (activity as { data_subjects?: string[] }).data_subjects ?? [];
}

/** Art. 13, 14: a notice for one audience; it covers every active activity concerning it. */
export function buildNotice(subject: string, answers: InitAnswers): Document {
  const template = noticeTemplates()[subject];
  if (!template)
    throw new Error(
      `data/scaffold/notices.yaml has no notice for the data subjects \`${subject}\``,
    );
  const doc = new Document({ title: template.title, audience: [subject] });
  localiseDocument(doc, answers.languages);
  (ownPair(doc.contents as YAMLMap, 'audience').value as YAMLSeq).flow = true;
  return doc;
}

/** Departments an activity names as owner or internal recipient. */
function departmentsUsed(activity: unknown): string[] {
  const a = activity as { department?: string; recipients?: { department?: string }[] };
  return [a.department, ...(a.recipients ?? []).map((r) => r.department)].filter(
    (d): d is string => typeof d === 'string',
  );
}

export function buildActivity(sector: string, answers: InitAnswers, today: string): Document {
  const doc = activityTemplate(sector);
  const root = doc.contents;
  if (!isMap(root)) throw new Error(`data/scaffold/activities/${sector}.yaml is not a mapping`);
  nationaliseDocument(doc, answers.organisation.country);
  // `notes` is a plain string (internal notes are not translated).
  const notes = pairOf(root, 'notes');
  if (notes) notes.value = new Scalar(pickText(notes.value, answers.languages) ?? '');
  localiseDocument(doc, answers.languages);
  const at = root.items.findIndex((p) => isScalar(p.key) && p.key.value === 'department');
  root.items.splice(
    at + 1,
    0,
    new Pair(new Scalar('status'), new Scalar('active')),
    new Pair(new Scalar('created'), new Scalar(today)),
    new Pair(new Scalar('reviewed'), new Scalar(today)),
  );
  return doc;
}

function flow(node: unknown): void {
  if (isMap(node) || isSeq(node)) {
    node.flow = true;
    for (const item of node.items) flow(isMap(node) ? (item as Pair).value : item);
  }
}

export function buildConfig(
  answers: InitAnswers,
  departmentIds: readonly string[],
  placeholders: readonly Placeholder[] = [],
): Document {
  const departments = listDepartments().filter((d) => departmentIds.includes(d.id));
  const { dpo, ...organisation } = answers.organisation;
  const national = nationalOrganisation(answers);
  const config = {
    version: 1,
    // In the order of the schema: the national fields (e.g. data_blocking) come before `dpo`.
    organisation: { ...organisation, ...national, ...(dpo ? { dpo } : {}) },
    rights_contact: answers.rightsContact,
    supervisory_authority: answers.supervisoryAuthority,
    languages: answers.languages,
    review_every: defaultReviewPeriod(),
    ...(departments.length > 0 ? { departments } : {}),
    holidays: answers.organisation.country,
  };
  const doc = new Document(config);
  // The department names come from the bilingual templates, like every other text.
  localiseDocument(doc, answers.languages);
  const root = doc.contents as YAMLMap;
  (ownPair(root, 'languages').value as YAMLSeq).flow = true;
  const departmentsPair = pairOf(root, 'departments');
  if (departmentsPair) {
    for (const entry of (departmentsPair.value as YAMLSeq).items) flow(entry);
    departmentsPair.key = withComment(
      departmentsPair.key,
      ' Business owners and internal recipients of the activities (Art. 30(1)(d)).',
    );
  }
  const organisationMap = ownPair(root, 'organisation').value as YAMLMap;
  for (const key of Object.keys(national)) {
    const pair = ownPair(organisationMap, key);
    pair.key = withComment(
      pair.key,
      ' Written by `gdpr init` for your country: check it against what you actually do.',
    );
  }
  const rights = ownPair(root, 'rights_contact');
  rights.key = withComment(
    rights.key,
    ' Art. 12(2), 13(1)(a): where data subjects exercise their rights.',
  );
  const review = ownPair(root, 'review_every');
  review.key = withComment(
    review.key,
    ' Activities not reviewed within this period are reported by `gdpr check`.',
  );
  for (const p of placeholders) {
    const node = doc.getIn(p.path.split('.'), true);
    if (isScalar(node)) node.comment = ' placeholder written by `gdpr init --yes`: replace it';
  }
  return doc;
}

/**
 * The fields data/scaffold/national/<country>.yaml adds to `organisation` (Spain: data_blocking,
 * art. 32 LOPDGDD), each text in the register's first language it has.
 */
function nationalOrganisation(answers: InitAnswers): Record<string, string> {
  const fields = nationalRetention(answers.organisation.country)?.organisation ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const text = pickText(new Document(value).contents, answers.languages);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** Ids an activity refers to in the catalogues: categories, retention rules, subjects, measures. */
function catalogueIdsOf(activity: unknown): string[] {
  const a = (activity ?? {}) as {
    data?: { category?: unknown; retention?: unknown }[];
    data_subjects?: unknown[];
    security_measures?: unknown[];
  };
  const ids: unknown[] = [
    ...(a.data ?? []).flatMap((item) => [item.category, item.retention]),
    ...(a.data_subjects ?? []),
    ...(a.security_measures ?? []),
  ];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** Drops the catalogue entries whose id is not in `used`. */
function keepEntries(doc: Document, used: ReadonlySet<string>): void {
  const list = doc.contents;
  if (!isSeq(list)) return;
  list.items = list.items.filter((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    return typeof id === 'string' && used.has(id);
  });
}

/**
 * The retention rules of the organisation's country (data/scaffold/national/): its entries replace
 * those with the same id; any other becomes a period the organisation sets, so that a German or
 * Spanish register never cites French law. A country without a national file keeps the catalogue.
 */
function nationalRetentionRules(doc: Document, country: string): void {
  const rules = nationalRetention(country);
  const list = doc.contents;
  if (!rules || !isSeq(list)) return;
  list.items = list.items.map((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id !== 'string') return item;
    const own = rules.retention.find((r) => r.id === id);
    return doc.createNode(own ?? { id, ...rules.other });
  });
}

function withComment(key: unknown, comment: string): Scalar {
  const scalar = isScalar(key) ? key : new Scalar(key);
  scalar.commentBefore = comment;
  return scalar;
}

/** Every register file `gdpr init` writes, in writing order (gdpr.yaml, which marks the root, last). */
export function buildRegisterFiles(answers: InitAnswers, options: ScaffoldOptions): ScaffoldFile[] {
  const files: ScaffoldFile[] = [];
  const departmentIds = new Set<string>();
  const subjects = new Set<string>();
  const activities: ScaffoldFile[] = [];
  const used = new Set<string>();
  for (const sector of answers.sectors) {
    const doc = buildActivity(sector, answers, options.today);
    const data = doc.toJSON() as unknown;
    for (const d of departmentsUsed(data)) departmentIds.add(d);
    for (const s of subjectsOf(data)) subjects.add(s);
    for (const id of catalogueIdsOf(data)) used.add(id);
    const header =
      `# Written by \`gdpr init\` from the "${sector}" template: check every field ` +
      `against what you actually do.\n`;
    activities.push(
      withModeline('activity', `${RECORD_DIRS.activity}/${sector}.yaml`, doc, options, header),
    );
  }
  // A fresh catalogue holds the entries the scaffolded activities use: an entry nobody uses is
  // what unused-catalog-entry warns about, so a fresh register checks clean. The full catalogues
  // stay in data/scaffold/catalog/ to copy entries from.
  for (const kind of CATALOG_KINDS) {
    const doc = catalogTemplate(kind);
    nationaliseDocument(doc, answers.organisation.country);
    if (kind === 'retention') nationalRetentionRules(doc, answers.organisation.country);
    keepEntries(doc, used);
    localiseDocument(doc, answers.languages);
    files.push(withModeline(kind, CATALOG_FILES[kind], doc, options));
  }
  files.push(...activities);
  // In catalogue order, so that the files come out in the same order whatever the sectors' order.
  const known = Object.keys(noticeTemplates());
  for (const subject of [
    ...known.filter((s) => subjects.has(s)),
    ...[...subjects].filter((s) => !known.includes(s)),
  ]) {
    const header =
      '# Written by `gdpr init`: `gdpr notice` renders it from the activities concerning this audience.\n';
    files.push(
      withModeline(
        'notice',
        `${RECORD_DIRS.notice}/${subject}.yaml`,
        buildNotice(subject, answers),
        options,
        header,
      ),
    );
  }
  files.push(
    withModeline(
      'config',
      CONFIG_FILE,
      buildConfig(answers, [...departmentIds], options.placeholders),
      options,
    ),
  );
  return files;
}
