/**
 * The privacy notice of one audience (Arts. 12–14, 21(4), 26(2)) as plain data: what each
 * Art. 13/14 item says for the activities the notice covers. Templates only lay it out
 * (templates/<lang>/notice.<format>.hbs), so a missing item is found here, once, and reported
 * with the field that would supply it — a notice never shows an empty section instead.
 *
 * Register texts stay `Text` (the `t` helper localises them); codes stay codes (`legalBasis`,
 * `country`, `duration` helpers and the `notice-*` partials put them in words).
 */
import { lacksRequiredRepresentative } from '../model/organisation.js';
import { basesGrantingRight } from '../law/rights.js';
import type {
  Activity,
  Art49Derogation,
  DataRequirement,
  DataSource,
  LegalBasis,
  Notice,
  PartyKind,
  Purpose,
  RetentionOutcome,
  Text,
  TransferMechanism,
} from '../types/register.js';
import type { Register } from '../register/load.js';
import { activitiesCoveredBy } from '../model/notices.js';
import { registerLanguages, roleOf, type ActivityRecord } from '../model/activities.js';
import { offersCopyOfSafeguards } from '../law/transfers.js';
import { authorityById } from '../law/authorities.js';
import { adequacyFor } from '../law/adequacy.js';
import { isEea } from '../law/eea.js';
import { word, type DocumentLanguage } from '../render/i18n.js';
import { FALLBACK_LANGUAGE } from '../locale/index.js';
import { englishProblem, problemText, wording, type Wording } from '../register/wording.js';

/** A register value that may be a link: only e-mail addresses and http(s) URLs become links. */
export interface Link {
  text: string;
  /** `mailto:` or http(s) URL; null for anything else (never `javascript:` and the like). */
  href: string | null;
}

export interface NoticeModel {
  id: string;
  lang: DocumentLanguage;
  title: Text;
  intro: Text | null;
  /** Names of the data-subject categories the notice is for. */
  audience: Text[];
  channel: Link | null;
  /** The latest `reviewed` date among the activities covered (YYYY-MM-DD), for the reader. */
  lastReviewed: string | null;
  controller: ControllerModel;
  dpo: DpoModel | null;
  activities: ActivityModel[];
  sources: SourceRow[];
  recipients: RecipientRow[];
  transfers: TransferRow[];
  retention: RetentionRow[];
  requirements: RequirementRow[];
  automatedDecisions: AutomatedDecisionRow[];
  /** Every activity covered states `automated_decisions.used: false`. */
  noAutomatedDecisions: boolean;
  objection: ObjectionModel | null;
  rights: RightsModel;
  authority: AuthorityModel;
}

export interface ControllerModel {
  name: string;
  address: string;
  email: Link;
  phone: string | null;
  website: Link | null;
  registration: string | null;
  representative: {
    name: string;
    address: string | null;
    email: Link;
    phone: string | null;
  } | null;
  /** Art. 26(2): the activities run jointly, with the other controllers' names. */
  jointControllers: { activity: Text; parties: string[]; essence: Text | null }[];
}

export interface DpoModel {
  name: string | null;
  email: Link;
  phone: string | null;
}

export interface ActivityModel {
  id: string;
  name: Text;
  description: Text | null;
  purposes: PurposeModel[];
}

export interface PurposeModel {
  description: Text;
  legalBasis: LegalBasis;
  legitimateInterest: Text | null;
  legalReference: Text | null;
}

/** Art. 14(1)(d), 14(2)(f): data not obtained from the person, and where they come from. */
export interface SourceRow {
  activity: Text;
  categories: Text[];
  source: Exclude<DataSource, 'data-subject'>;
  detail: Text;
}

/** Art. 13(1)(e): recipients by category; processors are not named one by one. */
export interface RecipientRow {
  activity: Text;
  /** In this order: departments, processors, public authorities, joint controllers, others. */
  groups: RecipientGroup[];
}

export interface RecipientGroup {
  kind: 'departments' | 'processors' | 'public-authorities' | 'joint-controllers' | 'others';
  /** Empty for processors (named as a category: "service providers (processors)"). */
  names: Text[];
}

/** Art. 13(1)(f): a transfer outside the EEA. */
export interface TransferRow {
  activity: Text;
  country: string;
  recipientKind: PartyKind | null;
  adequacy: boolean;
  /** The decision's number in the notice's language (e.g. `(EU) 2023/1795`, `(UE) 2023/1795`). */
  adequacyDecision: string | null;
  /** The US decision covers DPF-certified recipients only, and this one is certified. */
  dpfCertified: boolean;
  mechanism: TransferMechanism;
  derogation: Art49Derogation | null;
  /** Art. 13(1)(f): Art. 46/47 safeguards and 49(1) second-subparagraph transfers: say how to get a copy. */
  copy: boolean;
}

/** Art. 13(2)(a): how long, from which event. */
export interface RetentionRow {
  activity: Text;
  categories: Text[];
  duration: string | null;
  criteria: Text | null;
  /** Null when the rule gives criteria only. */
  from: Text | null;
  then: RetentionOutcome | null;
  archiveFor: string | null;
}

/** Art. 13(2)(e): whether the person must provide the data. */
export interface RequirementRow {
  activity: Text;
  categories: Text[];
  requirement: DataRequirement;
}

/** Art. 13(2)(f), 22. */
export interface AutomatedDecisionRow {
  activity: Text;
  logic: Text;
  significance: Text;
}

/** Art. 21(4): brought to the reader's attention separately from the other rights. */
export interface ObjectionModel {
  /** Art. 21(1): purposes based on legitimate interests or a public task (direct marketing excepted: see below). */
  particularSituation: Text[] | null;
  /** Some of them rely on a public task (Art. 6(1)(e)), not only on legitimate interests. */
  publicTask: boolean;
  /** Art. 21(2)–(3): direct-marketing purposes; the objection is unconditional. */
  directMarketing: Text[] | null;
}

export interface RightsModel {
  /** Ids for the `right` helper, in the order of Arts. 15–22. */
  list: string[];
  portability: boolean;
  /** Art. 7(3), 13(2)(c): purposes based on consent and how consent is withdrawn. */
  consent: { purposes: Text[]; withdrawal: Text[] } | null;
  contact: Link;
}

/** Art. 13(2)(d), 77. */
export interface AuthorityModel {
  name: Text;
  short: string | null;
  address: string | null;
  complaintUrl: Link | null;
  website: Link | null;
  phone: string | null;
}

export interface MissingItem {
  /** The register file that should supply the item (relative to the register root). */
  file: string;
  /** The field, e.g. `organisation.email` or `purposes[0].legal_basis`. */
  field: string;
  /** What the item is and the article that asks for it, in English. */
  why: string;
  /**
   * The same reason not worded yet: a key under `refused.missing` of the problems catalogue
   * (locales/<lang>/problems.json) and its values, so a command words it in its own language.
   */
  reason: Wording;
}

/** `file: field (why)`, the reason in `lang` (English without it, or for a key it lacks). */
export function formatMissingItem(item: MissingItem, lang: string = FALLBACK_LANGUAGE): string {
  return `${item.file}: ${item.field} (${problemText(lang, item.reason)})`;
}

/** The register cannot supply every item the notice must give (Arts. 13, 14). */
export class MissingItemsError extends Error {
  override readonly name = 'MissingItemsError';
  constructor(
    readonly noticeId: string,
    readonly items: readonly MissingItem[],
  ) {
    super(
      `the notice \`${noticeId}\` cannot be rendered: ${items.length} required ` +
        `item${items.length === 1 ? ' is' : 's are'} missing from the register:\n${items.map((i) => `  ${formatMissingItem(i)}`).join('\n')}`,
    );
  }
}

const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;
const HTTP_URL = /^https?:\/\/[^\s<>"']+$/i;

export function linkFor(value: string): Link {
  const text = value.trim();
  if (EMAIL.test(text)) return { text, href: `mailto:${text}` };
  if (HTTP_URL.test(text)) return { text, href: text };
  return { text, href: null };
}

/** Table cells and list items must stay on one line (a newline ends a Markdown table row). */
function oneLine(text: Text): Text {
  const flat = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
  if (typeof text === 'string') return flat(text);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(text)) if (typeof v === 'string') out[k] = flat(v);
  return out;
}

// Which bases open which right: data/law/rights.json (shared with the record and the requests).
const BASES_WITH_OBJECTION = basesGrantingRight('objection');
const BASES_WITH_PORTABILITY = basesGrantingRight('portability');

/** `(EU) 2023/1795` from the decision's citation, in the notice's language. */
function decisionNumber(citation: string | null, lang: DocumentLanguage): string | null {
  if (citation === null) return null;
  const m = /\((?:EU|UE)\)\s*\d{4}\/\d+|\d{4}\/\d+\/(?:EC|EU|CE|UE)/.exec(citation);
  const number = m ? m[0] : citation;
  // The Official Journal abbreviates the Union and the Community in each language (EU/EC, UE/CE, EU/EG).
  const eu = word(lang, 'words', 'abbreviation.eu');
  const ec = word(lang, 'words', 'abbreviation.ec');
  return number.replace('(EU)', `(${eu})`).replace(/\/EC$/, `/${ec}`).replace(/\/EU$/, `/${eu}`);
}

interface Grouped<K> {
  key: K;
  categories: Text[];
}

/** Groups the data items of one activity by key (compared as `keyString`), keeping first-seen order. */
function groupItems<K>(
  items: { key: K; category: Text }[],
  keyString: (k: K) => string,
): Grouped<K>[] {
  const out = new Map<string, Grouped<K>>();
  for (const { key, category } of items) {
    const s = keyString(key);
    const g = out.get(s) ?? { key, categories: [] };
    g.categories.push(category);
    out.set(s, g);
  }
  return [...out.values()];
}

/**
 * What every item builder shares: the register, the notice's language, and the list of missing
 * items. `need` records one; builders go on after it, so the error lists every missing item.
 */
interface Build {
  register: Register;
  lang: DocumentLanguage;
  missing: MissingItem[];
  /** Records a missing item; `reason` is its key under `refused.missing` of problems.json. */
  need: (file: string, field: string, reason: string, values?: Record<string, string>) => void;
}

type Config = NonNullable<Register['config']>['data'];

/** A purpose that states its legal basis, as the notice words it. */
interface LawfulPurpose {
  purpose: Purpose & { legal_basis: LegalBasis };
  description: Text;
}

/** One activity's part of the notice, before the items that gather all activities. */
interface ActivityPart {
  model: ActivityModel;
  lawful: LawfulPurpose[];
}

// ---------------------------------------------------------------------------------------
// Items told once per notice (the controller side: gdpr.yaml)

/** Art. 13(1)(a), 27: the controller's identity and contact details, and its representative. */
function controllerItem(b: Build, config: Config, configFile: string): ControllerModel {
  const org = config.organisation;
  if (!org.name) b.need(configFile, 'organisation.name', 'controller_identity');
  if (!org.address) b.need(configFile, 'organisation.address', 'controller_contact');
  if (!org.email) b.need(configFile, 'organisation.email', 'controller_contact');
  if (lacksRequiredRepresentative(config)) {
    b.need(configFile, 'organisation.representative', 'representative');
  }
  const rep = org.representative;
  return {
    name: org.name,
    address: org.address,
    email: linkFor(org.email),
    phone: org.phone ?? null,
    website: org.website ? linkFor(org.website) : null,
    registration: org.registration ?? null,
    representative: rep
      ? {
          name: rep.name,
          address: rep.address ?? null,
          email: linkFor(rep.email),
          phone: rep.phone ?? null,
        }
      : null,
    jointControllers: [],
  };
}

/**
 * Art. 13(1)(b): "where applicable". Only a public body's DPO is certainly mandatory
 * (Art. 37(1)(a)); the large-scale cases of 37(1)(b), (c) are judgements the `dpo-required`
 * rule only warns about, so they do not stop the notice.
 */
function dpoItem(b: Build, config: Config, configFile: string): DpoModel | null {
  const dpo = config.organisation.dpo;
  if (dpo) return { name: dpo.name ?? null, email: linkFor(dpo.email), phone: dpo.phone ?? null };
  if (config.organisation.public_body === true) {
    b.need(configFile, 'organisation.dpo', 'dpo');
  }
  return null;
}

/** Art. 12(2), 13(2)(b): where people exercise their rights. */
function rightsContactItem(b: Build, config: Config, configFile: string): Link {
  if (config.rights_contact) return linkFor(config.rights_contact);
  b.need(configFile, 'rights_contact', 'rights_contact');
  return { text: '', href: null };
}

const NO_AUTHORITY: AuthorityModel = {
  name: '',
  short: null,
  address: null,
  complaintUrl: null,
  website: null,
  phone: null,
};

/** Art. 13(2)(d), 77: the authority people may complain to, built in or described inline. */
function authorityItem(b: Build, config: Config, configFile: string): AuthorityModel {
  const sa = config.supervisory_authority;
  if (sa === undefined) {
    b.need(configFile, 'supervisory_authority', 'authority');
    return NO_AUTHORITY;
  }
  if (typeof sa === 'string') {
    const builtIn = authorityById(sa);
    if (!builtIn) {
      b.need(configFile, 'supervisory_authority', 'authority_unknown', { id: sa });
      return NO_AUTHORITY;
    }
    return {
      // A language the data has no translation for reads the authority's own official name.
      name: {
        en: builtIn.name.en,
        fr: builtIn.name.fr,
        [b.lang]: builtIn.name[b.lang] ?? builtIn.name.local,
      },
      short: builtIn.short && builtIn.short !== builtIn.name[b.lang] ? builtIn.short : null,
      address: builtIn.address,
      complaintUrl: linkFor(builtIn.complaint_url),
      website:
        builtIn.website && builtIn.website !== builtIn.complaint_url
          ? linkFor(builtIn.website)
          : null,
      phone: builtIn.phone ?? null,
    };
  }
  if (!sa.address && !sa.url && !sa.complaint_url && !sa.email) {
    b.need(configFile, 'supervisory_authority.complaint_url', 'authority_contact');
  }
  const complaint = sa.complaint_url ?? sa.url ?? sa.email;
  return {
    name: sa.name,
    short: null,
    address: sa.address ?? null,
    complaintUrl: complaint ? linkFor(complaint) : null,
    website: sa.url && sa.complaint_url ? linkFor(sa.url) : null,
    phone: null,
  };
}

// ---------------------------------------------------------------------------------------
// Items told for each activity the notice covers

/** Art. 26(2): the other controllers of a joint activity. */
function jointControllersItem(
  b: Build,
  record: ActivityRecord,
  name: Text,
): ControllerModel['jointControllers'] {
  if (roleOf(record.data) !== 'joint-controller') return [];
  const names = (record.data.joint_controllers ?? []).map(
    (p) => b.register.records.party.get(p)?.data.name ?? p,
  );
  if (names.length > 0)
    return [{ activity: name, parties: names, essence: jointArrangementEssence(record.data) }];
  b.need(record.file.relPath, 'joint_controllers', 'joint_controllers');
  return [];
}

/** Art. 13(1)(c), (d): the purposes, each with its legal basis and legitimate interest. */
function purposesItem(b: Build, record: ActivityRecord): LawfulPurpose[] {
  const file = record.file.relPath;
  const lawful: LawfulPurpose[] = [];
  record.data.purposes.forEach((p, i) => {
    if (!p.legal_basis) {
      b.need(file, `purposes[${i}].legal_basis`, 'legal_basis');
      return;
    }
    if (p.legal_basis === 'legitimate-interests' && !p.legitimate_interest) {
      b.need(file, `purposes[${i}].legitimate_interest`, 'legitimate_interest');
    }
    lawful.push({
      purpose: { ...p, legal_basis: p.legal_basis },
      description: oneLine(p.description),
    });
  });
  return lawful;
}

function purposeModel({ purpose, description }: LawfulPurpose): PurposeModel {
  return {
    description,
    legalBasis: purpose.legal_basis,
    legitimateInterest: purpose.legitimate_interest ? oneLine(purpose.legitimate_interest) : null,
    legalReference: purpose.legal_reference ? oneLine(purpose.legal_reference) : null,
  };
}

interface SourceKey {
  source: Exclude<DataSource, 'data-subject'>;
  detail: Text;
}

/** The data items of one activity, sorted by the item of the notice they feed. */
interface DataItems {
  retention: { key: string; category: Text }[];
  requirement: { key: DataRequirement; category: Text }[];
  source: { key: SourceKey; category: Text }[];
}

/** Art. 13(2)(a), 13(2)(e), 14(1)(d), 14(2)(f): each data item's category, period and source. */
function dataItems(b: Build, record: ActivityRecord): DataItems {
  const file = record.file.relPath;
  const sorted: DataItems = { retention: [], requirement: [], source: [] };
  const items = record.data.data ?? [];
  if (items.length === 0) {
    b.need(file, 'data', 'data');
  }
  const catalog = b.register.catalogs;
  items.forEach((item, i) => {
    const field = (name: string): string => `data[${i}].${name}`;
    const category = catalog['data-categories'].get(item.category)?.data.name;
    if (category === undefined) {
      b.need(file, field('category'), 'category_unknown', { id: item.category });
      return;
    }
    const cat = oneLine(category);
    if (!item.retention) {
      b.need(file, field('retention'), 'retention');
    } else if (!catalog.retention.has(item.retention)) {
      b.need(file, field('retention'), 'retention_unknown', { id: item.retention });
    } else sorted.retention.push({ key: item.retention, category: cat });
    if (!item.source) b.need(file, field('source'), 'source');
    else if (item.source === 'data-subject') {
      if (!item.requirement) {
        b.need(file, field('requirement'), 'requirement');
      } else sorted.requirement.push({ key: item.requirement, category: cat });
    } else if (!item.source_detail) {
      b.need(file, field('source_detail'), 'source_detail');
    } else {
      const key = { source: item.source, detail: oneLine(item.source_detail) };
      sorted.source.push({ key, category: cat });
    }
  });
  return sorted;
}

/**
 * Art. 13(2)(a): how long, from which event. Grouped by what the reader sees: two rules with
 * the same period and start make one row.
 */
function retentionRows(b: Build, name: Text, items: DataItems['retention']): RetentionRow[] {
  const periods: { key: Omit<RetentionRow, 'activity' | 'categories'>; category: Text }[] = [];
  for (const { key, category } of items) {
    const rule = b.register.catalogs.retention.get(key);
    if (rule === undefined) continue; // dataItems kept only rules of the catalogue
    const field = `[${rule.index}].duration`;
    if (!rule.data.duration && !rule.data.criteria) {
      if (!b.missing.some((m) => m.file === rule.file.relPath && m.field === field)) {
        b.need(rule.file.relPath, field, 'retention_period', { id: rule.id });
      }
      continue;
    }
    periods.push({
      key: {
        duration: rule.data.duration ?? null,
        criteria: rule.data.criteria ? oneLine(rule.data.criteria) : null,
        from: rule.data.from === undefined ? null : oneLine(rule.data.from),
        then: rule.data.then ?? null,
        archiveFor: rule.data.then === 'archive' ? (rule.data.archive_for ?? null) : null,
      },
      category,
    });
  }
  return groupItems(periods, (k) => JSON.stringify(k)).map((g) => ({
    activity: name,
    categories: g.categories,
    ...g.key,
  }));
}

/** Art. 13(2)(e): whether the person must provide the data. */
function requirementRows(name: Text, items: DataItems['requirement']): RequirementRow[] {
  return groupItems(items, (k) => k).map((g) => ({
    activity: name,
    categories: g.categories,
    requirement: g.key,
  }));
}

/** Art. 14(1)(d), 14(2)(f): data not obtained from the person, and where they come from. */
function sourceRows(name: Text, items: DataItems['source']): SourceRow[] {
  return groupItems(items, (k) => JSON.stringify(k)).map((g) => ({
    activity: name,
    categories: g.categories,
    source: g.key.source,
    detail: g.key.detail,
  }));
}

const RECIPIENT_KINDS: readonly RecipientGroup['kind'][] = [
  'departments',
  'processors',
  'public-authorities',
  'joint-controllers',
  'others',
];

function recipientKind(party: PartyKind): RecipientGroup['kind'] {
  if (party === 'processor' || party === 'sub-processor') return 'processors';
  if (party === 'public-authority') return 'public-authorities';
  if (party === 'joint-controller') return 'joint-controllers';
  return 'others';
}

/** Art. 13(1)(e): recipients by category; processors are named as a category, not one by one. */
function recipientsItem(
  b: Build,
  record: ActivityRecord,
  name: Text,
  departments: ReadonlyMap<string, Text>,
): RecipientRow[] {
  const file = record.file.relPath;
  const groups = new Map<RecipientGroup['kind'], Text[]>();
  const add = (kind: RecipientGroup['kind'], recipient?: Text): void => {
    const names = groups.get(kind) ?? [];
    groups.set(kind, names);
    const key = JSON.stringify(recipient);
    if (recipient !== undefined && !names.some((n) => JSON.stringify(n) === key)) {
      names.push(recipient);
    }
  };
  (record.data.recipients ?? []).forEach((r, i) => {
    if (r.department !== undefined) {
      const dept = departments.get(r.department);
      if (dept === undefined) {
        b.need(file, `recipients[${i}].department`, 'department_unknown', { id: r.department });
      } else add('departments', oneLine(dept));
    }
    if (r.party !== undefined) {
      const party = b.register.records.party.get(r.party);
      if (!party) {
        b.need(file, `recipients[${i}].party`, 'party_unknown', { id: r.party });
        return;
      }
      const kind = recipientKind(party.data.kind);
      add(kind, kind === 'processors' ? undefined : party.data.name);
    }
  });
  const recipientGroups = RECIPIENT_KINDS.flatMap((kind) => {
    const names = groups.get(kind);
    return names === undefined ? [] : [{ kind, names }];
  });
  return recipientGroups.length > 0 ? [{ activity: name, groups: recipientGroups }] : [];
}

/** Art. 13(1)(f): transfers outside the EEA and the safeguard each relies on. */
function transfersItem(b: Build, record: ActivityRecord, name: Text): TransferRow[] {
  const file = record.file.relPath;
  const rows: TransferRow[] = [];
  (record.data.transfers ?? []).forEach((t, i) => {
    if (isEea(t.country)) return; // no Chapter V transfer within the EEA
    const party = b.register.records.party.get(t.party);
    const decision = adequacyFor(t.country, {
      dpfCertified: party?.data.dpf_certified === true,
      commercialOrganisation: party !== undefined && party.data.kind !== 'public-authority',
    });
    if (!t.mechanism) {
      b.need(file, `transfers[${i}].mechanism`, 'transfer_mechanism');
      return;
    }
    if (t.mechanism === 'adequacy' && !decision) {
      b.need(file, `transfers[${i}].mechanism`, 'no_adequacy', { country: t.country });
      return;
    }
    if (t.mechanism === 'derogation' && !t.derogation) {
      b.need(file, `transfers[${i}].derogation`, 'derogation');
      return;
    }
    const derogation = t.mechanism === 'derogation' ? (t.derogation ?? null) : null;
    rows.push({
      activity: name,
      country: t.country,
      recipientKind: party?.data.kind ?? null,
      adequacy: decision !== undefined,
      adequacyDecision: decision ? decisionNumber(decision.decision, b.lang) : null,
      dpfCertified: decision?.scope === 'dpf-certified',
      mechanism: t.mechanism,
      derogation,
      copy: offersCopyOfSafeguards(t.mechanism, derogation),
    });
  });
  return rows;
}

/** Art. 13(2)(f), 22: the logic and consequences of solely automated decisions. */
function automatedDecisionsItem(
  b: Build,
  record: ActivityRecord,
  name: Text,
): AutomatedDecisionRow[] {
  const adm = record.data.automated_decisions;
  if (adm?.used !== true) return [];
  const file = record.file.relPath;
  if (!adm.logic) {
    b.need(file, 'automated_decisions.logic', 'automated_logic');
  }
  if (!adm.significance) {
    b.need(file, 'automated_decisions.significance', 'automated_significance');
  }
  if (!adm.logic || !adm.significance) return [];
  return [{ activity: name, logic: oneLine(adm.logic), significance: oneLine(adm.significance) }];
}

// ---------------------------------------------------------------------------------------
// Items that gather the purposes of every activity

/**
 * Art. 21(1)–(4): the right to object, told apart from the other rights. A purpose the register
 * marks `direct_marketing` is listed once, under the unconditional objection of Art. 21(2).
 */
function objectionItem(lawful: readonly LawfulPurpose[]): ObjectionModel | null {
  const marketing = lawful.filter((l) => l.purpose.direct_marketing === true);
  const particular = lawful.filter(
    (l) =>
      l.purpose.direct_marketing !== true && BASES_WITH_OBJECTION.includes(l.purpose.legal_basis),
  );
  if (marketing.length + particular.length === 0) return null;
  return {
    particularSituation: particular.length > 0 ? particular.map((l) => l.description) : null,
    publicTask: particular.some((l) => l.purpose.legal_basis === 'public-task'),
    directMarketing: marketing.length > 0 ? marketing.map((l) => l.description) : null,
  };
}

/** Art. 13(2)(b), (c), 15–22, 7(3): the rights that apply, and how consent is withdrawn. */
function rightsItem(
  lawful: readonly LawfulPurpose[],
  automatedDecisions: boolean,
  contact: Link,
): RightsModel {
  const portability = lawful.some((l) => BASES_WITH_PORTABILITY.includes(l.purpose.legal_basis));
  const list = ['access', 'rectification', 'erasure', 'restriction'];
  if (portability) list.push('portability');
  if (automatedDecisions) list.push('automated-decision');
  const consent = lawful.filter((l) => l.purpose.legal_basis === 'consent');
  const withdrawal = consent.flatMap((l) => {
    const how = l.purpose.consent?.withdrawal;
    return how ? [oneLine(how)] : [];
  });
  return {
    list,
    portability,
    consent:
      consent.length > 0 ? { purposes: consent.map((l) => l.description), withdrawal } : null,
    contact,
  };
}

/** The latest `reviewed` date among the activities (YYYY-MM-DD compares as text). */
function latestReview(records: readonly ActivityRecord[]): string | null {
  let latest: string | null = null;
  for (const { data } of records) {
    if (data.reviewed && (latest === null || data.reviewed > latest)) latest = data.reviewed;
  }
  return latest;
}

/** Art. 13, 14: the activities the notice tells about; without any, there is nothing to tell. */
function coveredActivities(b: Build, notice: Notice, file: string): ActivityRecord[] {
  const covered = activitiesCoveredBy(b.register, notice);
  if (covered.length === 0) {
    b.need(file, notice.activities?.length ? 'activities' : 'audience', 'nothing_covered');
  }
  return covered;
}

/** Art. 28: a processor activity is the controller's to tell about, not ours. */
function isOursToTell(b: Build, record: ActivityRecord): boolean {
  if (roleOf(record.data) !== 'processor') return true;
  b.need(record.file.relPath, 'role', 'processor');
  return false;
}

function emptyController(): ControllerModel {
  return {
    name: '',
    address: '',
    email: { text: '', href: null },
    phone: null,
    website: null,
    registration: null,
    representative: null,
    jointControllers: [],
  };
}

/** The rows every activity adds to, in the order of the notice's sections. */
interface Rows {
  jointControllers: ControllerModel['jointControllers'];
  sources: SourceRow[];
  recipients: RecipientRow[];
  transfers: TransferRow[];
  retention: RetentionRow[];
  requirements: RequirementRow[];
  automatedDecisions: AutomatedDecisionRow[];
}

/**
 * One activity's items, Art. 26(2) to Art. 13(2)(f), each added to its rows; the order of the
 * calls is the order the missing items are listed in.
 */
function activityItems(
  b: Build,
  record: ActivityRecord,
  departments: ReadonlyMap<string, Text>,
  rows: Rows,
): ActivityPart {
  const a = record.data;
  const name = oneLine(a.name);
  rows.jointControllers.push(...jointControllersItem(b, record, name));
  const lawful = purposesItem(b, record);
  const data = dataItems(b, record);
  rows.retention.push(...retentionRows(b, name, data.retention));
  rows.requirements.push(...requirementRows(name, data.requirement));
  rows.sources.push(...sourceRows(name, data.source));
  rows.recipients.push(...recipientsItem(b, record, name, departments));
  rows.transfers.push(...transfersItem(b, record, name));
  rows.automatedDecisions.push(...automatedDecisionsItem(b, record, name));
  const description = a.description ? oneLine(a.description) : null;
  const purposes = lawful.map(purposeModel);
  return { model: { id: record.id, name, description, purposes }, lawful };
}

/** Art. 13(1)(a), (b), 13(2)(b), (d): the items gdpr.yaml supplies. */
function controllerItems(b: Build): {
  controller: ControllerModel;
  dpo: DpoModel | null;
  contact: Link;
  authority: AuthorityModel;
} {
  const configFile = b.register.configFile?.relPath ?? 'gdpr.yaml';
  const config = b.register.config?.data;
  if (!config) {
    b.need(configFile, 'organisation', 'organisation');
    const controller = emptyController();
    return { controller, dpo: null, contact: { text: '', href: null }, authority: NO_AUTHORITY };
  }
  return {
    controller: controllerItem(b, config, configFile),
    dpo: dpoItem(b, config, configFile),
    contact: rightsContactItem(b, config, configFile),
    authority: authorityItem(b, config, configFile),
  };
}

/**
 * Builds the notice `noticeId` for `lang`. Throws MissingItemsError listing EVERY required item
 * the register cannot supply (not just the first), each with its file and field.
 */
export function buildNoticeModel(
  register: Register,
  noticeId: string,
  lang: DocumentLanguage,
): NoticeModel {
  const noticeRecord = register.records.notice.get(noticeId);
  if (!noticeRecord) throw new Error(`no notice \`${noticeId}\` in notices/`);
  const notice = noticeRecord.data;
  const missing: MissingItem[] = [];
  const b: Build = {
    register,
    lang,
    missing,
    need: (file, field, key, values) => {
      const reason = wording(`refused.missing.${key}`, values);
      missing.push({ file, field, why: englishProblem(reason), reason });
    },
  };
  const { controller, dpo, contact, authority } = controllerItems(b);

  const covered = coveredActivities(b, notice, noticeRecord.file.relPath);
  const departments = new Map((register.config?.data.departments ?? []).map((d) => [d.id, d.name]));
  const rows: Rows = {
    jointControllers: controller.jointControllers,
    sources: [],
    recipients: [],
    transfers: [],
    retention: [],
    requirements: [],
    automatedDecisions: [],
  };
  const records: ActivityRecord[] = [];
  const parts: ActivityPart[] = [];
  for (const record of covered) {
    if (!isOursToTell(b, record)) continue; // reported in register order with the rest
    records.push(record);
    parts.push(activityItems(b, record, departments, rows));
  }
  if (missing.length > 0) throw new MissingItemsError(noticeId, missing);

  const lawful = parts.flatMap((p) => p.lawful);
  const audience = (notice.audience ?? []).flatMap((s) => {
    const n = register.catalogs['data-subjects'].get(s)?.data.name;
    return n === undefined ? [] : [oneLine(n)];
  });
  const { jointControllers: _told, ...sections } = rows;
  return {
    id: noticeId,
    lang,
    title: oneLine(notice.title),
    intro: notice.intro ?? null,
    audience,
    channel: notice.channel ? linkFor(notice.channel) : null,
    lastReviewed: latestReview(records),
    controller,
    dpo,
    activities: parts.map((p) => p.model),
    ...sections,
    noAutomatedDecisions:
      records.length > 0 && records.every((r) => r.data.automated_decisions?.used === false),
    objection: objectionItem(lawful),
    rights: rightsItem(lawful, rows.automatedDecisions.length > 0, contact),
    authority,
  };
}

/** The language a document is rendered in: `--lang`, else the register's default language. */
export function defaultLanguageOf(register: Register): string {
  return registerLanguages(register)[0] ?? 'en';
}

/** Art. 26(2): the essence of the joint controllers' arrangement as recorded, shown in the notice. */
function jointArrangementEssence(activity: Activity): Text | null {
  return activity.joint_arrangement?.essence ?? null;
}
