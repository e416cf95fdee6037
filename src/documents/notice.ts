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
  RetentionOutcome,
  Text,
  TransferMechanism,
} from '../types/register.js';
import type { Register } from '../register/load.js';
import { activitiesCoveredBy } from '../model/notices.js';
import { registerLanguages, roleOf } from '../model/activities.js';
import { authorityById } from '../law/authorities.js';
import { adequacyFor } from '../law/adequacy.js';
import { isEea } from '../law/eea.js';
import type { Lang } from '../render/i18n.js';

/** A register value that may be a link: only e-mail addresses and http(s) URLs become links. */
export interface Link {
  text: string;
  /** `mailto:` or http(s) URL; null for anything else (never `javascript:` and the like). */
  href: string | null;
}

export interface NoticeModel {
  id: string;
  lang: Lang;
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
  representative: { name: string; address: string | null; email: Link; phone: string | null } | null;
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
  from: Text;
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
  /** What the item is and the article that asks for it. */
  why: string;
}

export function formatMissingItem(item: MissingItem): string {
  return `${item.file}: ${item.field} (${item.why})`;
}

/** The register cannot supply every item the notice must give (Arts. 13, 14). */
export class MissingItemsError extends Error {
  override readonly name = 'MissingItemsError';
  constructor(
    readonly noticeId: string,
    readonly items: readonly MissingItem[],
  ) {
    super(
      `the notice \`${noticeId}\` cannot be rendered: ${items.length} required item${items.length === 1 ? ' is' : 's are'} missing from the register:\n${items.map((i) => `  ${formatMissingItem(i)}`).join('\n')}`,
    );
  }
}

/**
 * Words that mark an activity as direct marketing (Art. 21(2)–(3): an unconditional right to
 * object). The schema has no `direct_marketing` flag, so the activity's id, name, description
 * and purposes are read (accents and case ignored). The owning department is deliberately NOT
 * a signal: marketing also runs consent-exempt audience measurement (CNIL guidelines on
 * trackers), which is not direct marketing.
 */
const DIRECT_MARKETING_WORDS = [
  'marketing',
  'prospect', // prospect, prospects, prospecting, prospection
  'newsletter',
  "lettre d'information",
  'demarchage',
  'publicite',
  'advertising',
  'offres commerciales',
  'commercial offers',
];

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((v): v is string => typeof v === 'string');
}

/** The heuristic described at DIRECT_MARKETING_WORDS. */
export function isDirectMarketing(id: string, activity: Activity): boolean {
  const haystack = [id, ...textValues(activity.name), ...textValues(activity.description), ...activity.purposes.flatMap((p) => textValues(p.description))]
    .map(normalise)
    .join('\n');
  return DIRECT_MARKETING_WORDS.some((w) => haystack.includes(normalise(w)));
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
const COPY_MECHANISMS: readonly TransferMechanism[] = ['scc', 'bcr', 'code-of-conduct', 'certification'];

/** `(EU) 2023/1795` from the decision's citation, in the notice's language. */
function decisionNumber(citation: string | null, lang: Lang): string | null {
  if (citation === null) return null;
  const m = /\((?:EU|UE)\)\s*\d{4}\/\d+|\d{4}\/\d+\/(?:EC|EU|CE|UE)/.exec(citation);
  const number = m ? m[0] : citation;
  return lang === 'fr' ? number.replace('(EU)', '(UE)').replace(/\/EC$/, '/CE').replace(/\/EU$/, '/UE') : number;
}

interface Grouped<K> {
  key: K;
  categories: Text[];
}

/** Groups the data items of one activity by key (compared as `keyString`), keeping first-seen order. */
function groupItems<K>(items: { key: K; category: Text }[], keyString: (k: K) => string): Grouped<K>[] {
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
 * Builds the notice `noticeId` for `lang`. Throws MissingItemsError listing EVERY required item
 * the register cannot supply (not just the first), each with its file and field.
 */
export function buildNoticeModel(register: Register, noticeId: string, lang: Lang): NoticeModel {
  const noticeRecord = register.records.notice.get(noticeId);
  if (!noticeRecord) throw new Error(`no notice \`${noticeId}\` in notices/`);
  const notice: Notice = noticeRecord.data;
  const missing: MissingItem[] = [];
  const need = (file: string, field: string, why: string): void => {
    missing.push({ file, field, why });
  };
  const configFile = register.configFile?.relPath ?? 'gdpr.yaml';
  const config = register.config?.data;

  // Art. 13(1)(a): the controller.
  let controller: ControllerModel = { name: '', address: '', email: { text: '', href: null }, phone: null, website: null, registration: null, representative: null, jointControllers: [] };
  let dpo: DpoModel | null = null;
  let contact: Link = { text: '', href: null };
  let authority: AuthorityModel = { name: '', short: null, address: null, complaintUrl: null, website: null, phone: null };
  if (!config) {
    need(configFile, 'organisation', 'controller identity and contact, Art. 13(1)(a)');
  } else {
    const org = config.organisation;
    if (!org.name) need(configFile, 'organisation.name', 'controller identity, Art. 13(1)(a)');
    if (!org.address) need(configFile, 'organisation.address', 'controller contact, Art. 13(1)(a)');
    if (!org.email) need(configFile, 'organisation.email', 'controller contact, Art. 13(1)(a)');
    const rep = org.representative;
    if (lacksRequiredRepresentative(config)) need(configFile, 'organisation.representative', 'representative in the Union of a controller established outside it, Art. 13(1)(a), 27');
    controller = {
      name: org.name ?? '',
      address: org.address ?? '',
      email: linkFor(org.email ?? ''),
      phone: org.phone ?? null,
      website: org.website ? linkFor(org.website) : null,
      registration: org.registration ?? null,
      representative: rep ? { name: rep.name, address: rep.address ?? null, email: linkFor(rep.email), phone: rep.phone ?? null } : null,
      jointControllers: [],
    };
    // Art. 13(1)(b): "where applicable". Only a public body's DPO is certainly mandatory
    // (Art. 37(1)(a)); the large-scale cases of 37(1)(b), (c) are judgements the `dpo-required`
    // rule only warns about, so they do not stop the notice.
    if (org.dpo) dpo = { name: org.dpo.name ?? null, email: linkFor(org.dpo.email), phone: org.dpo.phone ?? null };
    else if (org.public_body === true) need(configFile, 'organisation.dpo', 'DPO contact, Art. 13(1)(b); a public body must designate one, Art. 37(1)(a)');
    if (config.rights_contact) contact = linkFor(config.rights_contact);
    else need(configFile, 'rights_contact', 'where people exercise their rights, Art. 12(2), 13(2)(b)');

    const sa = config.supervisory_authority;
    if (sa === undefined) need(configFile, 'supervisory_authority', 'the authority people may complain to, Art. 13(2)(d)');
    else if (typeof sa === 'string') {
      const builtIn = authorityById(sa);
      if (!builtIn) need(configFile, 'supervisory_authority', `\`${sa}\` is not a built-in authority; describe it inline with name, address and complaint_url, Art. 13(2)(d)`);
      else
        authority = {
          name: { en: builtIn.name.en, fr: builtIn.name.fr },
          short: builtIn.short && builtIn.short !== builtIn.name[lang] ? builtIn.short : null,
          address: builtIn.address,
          complaintUrl: linkFor(builtIn.complaint_url),
          website: builtIn.website && builtIn.website !== builtIn.complaint_url ? linkFor(builtIn.website) : null,
          phone: builtIn.phone ?? null,
        };
    } else {
      if (!sa.address && !sa.url && !sa.complaint_url && !sa.email) need(configFile, 'supervisory_authority.complaint_url', 'how to reach the authority to complain, Art. 13(2)(d)');
      const complaint = sa.complaint_url ?? sa.url ?? sa.email;
      authority = {
        name: sa.name,
        short: null,
        address: sa.address ?? null,
        complaintUrl: complaint ? linkFor(complaint) : null,
        website: sa.url && sa.complaint_url ? linkFor(sa.url) : null,
        phone: null,
      };
    }
  }

  const covered = activitiesCoveredBy(register, notice);
  if (covered.length === 0) {
    need(noticeRecord.file.relPath, notice.activities?.length ? 'activities' : 'audience', 'no active controller activity is covered, so there is nothing to tell; list activities or data subjects, Art. 13, 14');
  }

  const departments = new Map<string, Text>((config?.departments ?? []).map((d) => [d.id, d.name]));
  const categoryName = (id: string): Text | undefined => register.catalogs['data-categories'].get(id)?.data.name;

  const activityModels: ActivityModel[] = [];
  const sources: SourceRow[] = [];
  const recipients: RecipientRow[] = [];
  const transfers: TransferRow[] = [];
  const retention: RetentionRow[] = [];
  const requirements: RequirementRow[] = [];
  const automatedDecisions: AutomatedDecisionRow[] = [];
  const objectionPurposes: Text[] = [];
  let objectionPublicTask = false;
  const marketingPurposes: Text[] = [];
  const consentPurposes: Text[] = [];
  const withdrawal: Text[] = [];
  let portability = false;
  let allDeclareNoAutomatedDecision = covered.length > 0;
  let lastReviewed: string | null = null;

  for (const record of covered) {
    const { id, data: a } = record;
    const file = record.file.relPath;
    const name = oneLine(a.name);
    if (roleOf(a) === 'processor') {
      need(file, 'role', 'processor: the controller, not us, informs these people (Art. 28); remove the activity from the notice');
      continue;
    }
    if (a.reviewed && (lastReviewed === null || a.reviewed > lastReviewed)) lastReviewed = a.reviewed;

    // Art. 26(2).
    if (roleOf(a) === 'joint-controller') {
      const names = (a.joint_controllers ?? []).map((p) => register.records.party.get(p)?.data.name ?? p);
      if (names.length === 0) need(file, 'joint_controllers', 'the other controllers of a joint activity, Art. 26(2)');
      else controller.jointControllers.push({ activity: name, parties: names, essence: jointArrangementEssence(a) });
    }

    // Art. 13(1)(c), (d).
    const directMarketing = isDirectMarketing(id, a);
    const purposes: PurposeModel[] = [];
    a.purposes.forEach((p, i) => {
      const description = oneLine(p.description);
      if (!p.legal_basis) {
        need(file, `purposes[${i}].legal_basis`, 'legal basis of the purpose, Art. 13(1)(c)');
        return;
      }
      if (p.legal_basis === 'legitimate-interests' && !p.legitimate_interest) need(file, `purposes[${i}].legitimate_interest`, 'the legitimate interest pursued, Art. 13(1)(d)');
      purposes.push({
        description,
        legalBasis: p.legal_basis,
        legitimateInterest: p.legitimate_interest ? oneLine(p.legitimate_interest) : null,
        legalReference: p.legal_reference ? oneLine(p.legal_reference) : null,
      });
      // A direct-marketing purpose is listed once, under the unconditional objection (Art. 21(2)).
      if (directMarketing) marketingPurposes.push(description);
      else if (BASES_WITH_OBJECTION.includes(p.legal_basis)) {
        objectionPurposes.push(description);
        if (p.legal_basis === 'public-task') objectionPublicTask = true;
      }
      if (BASES_WITH_PORTABILITY.includes(p.legal_basis)) portability = true;
      if (p.legal_basis === 'consent') {
        consentPurposes.push(description);
        if (p.consent?.withdrawal) withdrawal.push(oneLine(p.consent.withdrawal));
      }
    });
    activityModels.push({ id, name, description: a.description ? oneLine(a.description) : null, purposes });

    // Data items: Art. 13(2)(a), 13(2)(e), 14(1)(d), 14(2)(f).
    const items = a.data ?? [];
    if (items.length === 0) need(file, 'data', 'the categories of data, each with its retention period, Art. 13(2)(a), 14(1)(d)');
    const retentionItems: { key: string; category: Text }[] = [];
    const requirementItems: { key: DataRequirement; category: Text }[] = [];
    const sourceItems: { key: { source: Exclude<DataSource, 'data-subject'>; detail: Text }; category: Text }[] = [];
    items.forEach((item, i) => {
      const category = categoryName(item.category);
      if (category === undefined) {
        need(file, `data[${i}].category`, `\`${item.category}\` is not in catalog/data-categories.yaml; the notice must name the data, Art. 13, 14(1)(d)`);
        return;
      }
      const cat = oneLine(category);
      if (!item.retention) need(file, `data[${i}].retention`, 'how long the data are kept, Art. 13(2)(a)');
      else if (!register.catalogs.retention.has(item.retention)) need(file, `data[${i}].retention`, `\`${item.retention}\` is not in catalog/retention.yaml; how long the data are kept, Art. 13(2)(a)`);
      else retentionItems.push({ key: item.retention, category: cat });
      if (!item.source) need(file, `data[${i}].source`, 'where the data come from, Art. 13 or 14');
      else if (item.source === 'data-subject') {
        if (!item.requirement) need(file, `data[${i}].requirement`, 'whether the person must provide the data and what happens if not, Art. 13(2)(e)');
        else requirementItems.push({ key: item.requirement, category: cat });
      } else if (!item.source_detail) need(file, `data[${i}].source_detail`, 'the source of data not obtained from the person, Art. 14(2)(f)');
      else sourceItems.push({ key: { source: item.source, detail: oneLine(item.source_detail) }, category: cat });
    });
    // Grouped by what the reader sees: two rules with the same period and start make one row.
    const periods: { key: Omit<RetentionRow, 'activity' | 'categories'>; category: Text }[] = [];
    for (const { key, category } of retentionItems) {
      const rule = register.catalogs.retention.get(key)!;
      if (!rule.data.duration && !rule.data.criteria) {
        if (!missing.some((m) => m.file === rule.file.relPath && m.field === `[${rule.index}].duration`)) {
          need(rule.file.relPath, `[${rule.index}].duration`, `retention rule \`${rule.id}\` gives neither a period nor the criteria that set it, Art. 13(2)(a)`);
        }
        continue;
      }
      periods.push({
        key: {
          duration: rule.data.duration ?? null,
          criteria: rule.data.criteria ? oneLine(rule.data.criteria) : null,
          from: oneLine(rule.data.from),
          then: rule.data.then ?? null,
          archiveFor: rule.data.then === 'archive' ? (rule.data.archive_for ?? null) : null,
        },
        category,
      });
    }
    for (const g of groupItems(periods, (k) => JSON.stringify(k))) retention.push({ activity: name, categories: g.categories, ...g.key });
    for (const g of groupItems(requirementItems, (k) => k)) requirements.push({ activity: name, categories: g.categories, requirement: g.key });
    for (const g of groupItems(sourceItems, (k) => JSON.stringify(k))) sources.push({ activity: name, categories: g.categories, source: g.key.source, detail: g.key.detail });

    // Art. 13(1)(e).
    const groups: Record<RecipientGroup['kind'], Text[] | undefined> = { departments: undefined, processors: undefined, 'public-authorities': undefined, 'joint-controllers': undefined, others: undefined };
    const add = (kind: RecipientGroup['kind'], name: Text | undefined): void => {
      const names = (groups[kind] ??= []);
      if (name !== undefined && !names.some((n) => JSON.stringify(n) === JSON.stringify(name))) names.push(name);
    };
    (a.recipients ?? []).forEach((r, i) => {
      if (r.department !== undefined) {
        const dept = departments.get(r.department);
        if (dept === undefined) need(file, `recipients[${i}].department`, `\`${r.department}\` is not a department of gdpr.yaml; recipients, Art. 13(1)(e)`);
        else add('departments', oneLine(dept));
      }
      if (r.party !== undefined) {
        const party = register.records.party.get(r.party);
        if (!party) {
          need(file, `recipients[${i}].party`, `\`${r.party}\` is not in parties/; recipients, Art. 13(1)(e)`);
          return;
        }
        const kind = party.data.kind;
        if (kind === 'processor' || kind === 'sub-processor') add('processors', undefined);
        else if (kind === 'public-authority') add('public-authorities', party.data.name);
        else if (kind === 'joint-controller') add('joint-controllers', party.data.name);
        else add('others', party.data.name);
      }
    });
    const recipientGroups = (Object.keys(groups) as RecipientGroup['kind'][]).flatMap((kind) => {
      const names = groups[kind];
      return names === undefined ? [] : [{ kind, names }];
    });
    if (recipientGroups.length > 0) recipients.push({ activity: name, groups: recipientGroups });

    // Art. 13(1)(f).
    (a.transfers ?? []).forEach((t, i) => {
      if (isEea(t.country)) return; // no Chapter V transfer within the EEA
      const party = register.records.party.get(t.party);
      const decision = adequacyFor(t.country, { dpfCertified: party?.data.dpf_certified === true, commercialOrganisation: party !== undefined && party.data.kind !== 'public-authority' });
      if (!t.mechanism) {
        need(file, `transfers[${i}].mechanism`, 'the safeguard a transfer outside the EEA relies on, Art. 13(1)(f)');
        return;
      }
      if (t.mechanism === 'adequacy' && !decision) {
        need(file, `transfers[${i}].mechanism`, `no adequacy decision covers this recipient in ${t.country}; give the safeguard the transfer relies on, Art. 13(1)(f), 45–46`);
        return;
      }
      if (t.mechanism === 'derogation' && !t.derogation) {
        need(file, `transfers[${i}].derogation`, 'the Art. 49(1) derogation relied on, Art. 13(1)(f)');
        return;
      }
      transfers.push({
        activity: name,
        country: t.country,
        recipientKind: party?.data.kind ?? null,
        adequacy: decision !== undefined,
        adequacyDecision: decision ? decisionNumber(decision.decision, lang) : null,
        dpfCertified: decision?.scope === 'dpf-certified',
        mechanism: t.mechanism,
        derogation: t.mechanism === 'derogation' ? (t.derogation ?? null) : null,
        copy: COPY_MECHANISMS.includes(t.mechanism) || (t.mechanism === 'derogation' && t.derogation === 'compelling-legitimate-interests'),
      });
    });

    // Art. 13(2)(f).
    const adm = a.automated_decisions;
    if (adm?.used !== false) allDeclareNoAutomatedDecision = false;
    if (adm?.used === true) {
      if (!adm.logic) need(file, 'automated_decisions.logic', 'meaningful information about the logic involved, Art. 13(2)(f)');
      if (!adm.significance) need(file, 'automated_decisions.significance', 'the significance and envisaged consequences, Art. 13(2)(f)');
      if (adm.logic && adm.significance) automatedDecisions.push({ activity: name, logic: oneLine(adm.logic), significance: oneLine(adm.significance) });
    }
  }

  if (missing.length > 0) throw new MissingItemsError(noticeId, missing);

  const list = ['access', 'rectification', 'erasure', 'restriction'];
  if (portability) list.push('portability');
  if (automatedDecisions.length > 0) list.push('automated-decision');
  const objection: ObjectionModel | null =
    objectionPurposes.length + marketingPurposes.length > 0
      ? {
          particularSituation: objectionPurposes.length > 0 ? objectionPurposes : null,
          publicTask: objectionPublicTask,
          directMarketing: marketingPurposes.length > 0 ? marketingPurposes : null,
        }
      : null;

  const audience = (notice.audience ?? []).map((s) => register.catalogs['data-subjects'].get(s)?.data.name).filter((n): n is Text => n !== undefined);

  return {
    id: noticeId,
    lang,
    title: oneLine(notice.title),
    intro: notice.intro ?? null,
    audience: audience.map(oneLine),
    channel: notice.channel ? linkFor(notice.channel) : null,
    lastReviewed,
    controller,
    dpo,
    activities: activityModels,
    sources,
    recipients,
    transfers,
    retention,
    requirements,
    automatedDecisions,
    noAutomatedDecisions: allDeclareNoAutomatedDecision,
    objection,
    rights: {
      list,
      portability,
      consent: consentPurposes.length > 0 ? { purposes: consentPurposes, withdrawal } : null,
      contact,
    },
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
