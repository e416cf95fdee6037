/**
 * `gdpr site`: the whole register as static HTML pages, in each of its languages — a home page
 * (organisation, DPO, counts, open deadlines, findings by severity), a deadline dashboard, the
 * charts a DPO shows to management, the findings of `gdpr check`, and one page per record with
 * every reference a link and the records that refer to it. Pages come from the Handlebars
 * templates `templates/site/*.html.hbs` through the one renderer (render/env.ts), words from
 * `locales/<lang>/site.json`. No page needs a script or a network: charts are SVG drawn here.
 *
 * Pure: the deadlines (`gdpr due`'s computation) and the findings (`gdpr check`'s) come in
 * computed; the same input gives the same bytes.
 */
import { summarize, type Diagnostic, type Summary } from '../diagnostics.js';
import type { HolidayCalendar } from '../law/deadlines.js';
import { daysBetween, hoursBetween } from '../law/deadlines.js';
import { catalogue } from '../locale/index.js';
import { authorityById } from '../law/authorities.js';
import type { Register } from '../register/load.js';
import type { DocumentLanguage } from '../render/i18n.js';
import { createRenderer, type Renderer } from '../render/env.js';
import { buildChart, type Chart, type ChartRow } from './charts.js';
import { recordSections, type Field, type Item, type Linker } from './details.js';
import type { HistoryPoint } from './history.js';
import {
  href,
  KIND_FOLDERS,
  listPath,
  PAGE_KINDS,
  recordPath,
  sitePath,
  specialPath,
  type PageKind,
  type SpecialPage,
} from './layout.js';
import { indexRecords, pageKindOfFile, recordName, type RecordIndex } from './records.js';
import { siteWords, type SiteWords } from './words.js';

/** A deadline of `gdpr due` (calendar/deadlines.ts `CalendarEntry`), as the dashboard reads it. */
export interface SiteDeadline {
  date: string;
  kind: string;
  id: string;
  overdue: boolean;
  instant?: string;
}

export interface SiteInput {
  register: Register;
  /** The findings of `gdpr check`, files relative to the register root. */
  diagnostics: readonly Diagnostic[];
  /** The deadlines of `gdpr due`, soonest first. */
  deadlines: readonly SiteDeadline[];
  /** Past findings (`--history`); undefined when none was given. */
  history: readonly HistoryPoint[] | undefined;
  today: string;
  now: Date;
  /** Whether the day was given (`--today`/`--now`): only then is it written on the pages. */
  showDate: boolean;
  /** The languages to build, the register's default first. */
  languages: readonly DocumentLanguage[];
  defaultLanguage: string;
  calendar: HolidayCalendar | undefined;
}

/** Every file of the site: path from the output folder → content. Sorted by path. */
export function buildSite(input: SiteInput): Map<string, string> {
  const index = indexRecords(input.register);
  const files = new Map<string, string>();
  for (const lang of input.languages) {
    const renderer = createRenderer({
      lang,
      defaultLanguage: input.defaultLanguage,
      registerRoot: input.register.root,
    });
    new LanguageSite(input, index, lang, renderer).build(files);
  }
  files.set('index.html', languageChooser(input));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The root page: one link per language, each in its own words. */
function languageChooser(input: SiteInput): string {
  const lang = input.languages[0] ?? 'en';
  const renderer = createRenderer({
    lang,
    defaultLanguage: input.defaultLanguage,
    registerRoot: input.register.root,
  });
  const organisation = input.register.config?.data.organisation.name ?? '';
  return renderer.render('site/languages', 'html', {
    organisation,
    languages: input.languages.map((l) => ({
      code: l,
      name: catalogue(l, 'meta').native_name ?? l,
      href: href('index.html', sitePath(l, specialPath('index'))),
      enter: siteWords(l, input.defaultLanguage).word('languages.enter', { organisation }),
    })),
  });
}

interface NavItem {
  label: string;
  href: string;
  current: boolean;
}

interface FindingView {
  severity: string;
  severityLabel: string;
  rule: string;
  message: string;
  location: string;
  article: string | null;
  page: Item | null;
}

class LanguageSite {
  private readonly w: SiteWords;
  private readonly register: Register;

  constructor(
    private readonly input: SiteInput,
    private readonly index: RecordIndex,
    private readonly lang: DocumentLanguage,
    private readonly renderer: Renderer,
  ) {
    this.w = siteWords(lang, input.defaultLanguage);
    this.register = input.register;
  }

  build(files: Map<string, string>): void {
    const put = (path: string, document: string, context: object): void => {
      files.set(
        sitePath(this.lang, path),
        this.renderer.render(`site/${document}`, 'html', context),
      );
    };
    put(specialPath('index'), 'home', this.home());
    put(specialPath('dashboard'), 'dashboard', this.dashboard());
    put(specialPath('charts'), 'charts', this.charts());
    put(specialPath('findings'), 'findings', this.findings());
    for (const kind of PAGE_KINDS) {
      put(listPath(kind), 'list', this.list(kind));
      for (const id of this.index.ids[kind])
        put(recordPath(kind, id), 'record', this.record(kind, id));
    }
  }

  // ---- shared parts of every page ----

  private linker(from: string): Linker {
    const link = (kind: PageKind, id: string): Item =>
      this.index.has(kind, id)
        ? {
            text: recordName(this.register, this.w, kind, id),
            href: href(from, sitePath(this.lang, recordPath(kind, id))),
          }
        : { text: id, href: null };
    return { link, links: (kind, ids) => (ids ?? []).map((id) => link(kind, id)) };
  }

  private to(from: string, path: string): string {
    return href(from, sitePath(this.lang, path));
  }

  /** The header, navigation and language switch of a page at `path` (inside the language folder). */
  private page(path: string, heading: string, current: string): object {
    const from = sitePath(this.lang, path);
    const organisation = this.register.config?.data.organisation.name ?? '';
    const special = (page: SpecialPage, key: string): NavItem => ({
      label: this.w.word(key),
      href: this.to(from, specialPath(page)),
      current: current === page,
    });
    const nav: NavItem[] = [
      special('index', 'nav.home'),
      special('dashboard', 'nav.dashboard'),
      special('charts', 'nav.charts'),
      special('findings', 'nav.findings'),
      ...PAGE_KINDS.map((kind) => ({
        label: this.w.word(`kind.${kind}.plural`),
        href: this.to(from, listPath(kind)),
        current: current === kind,
      })),
    ];
    return {
      lang: this.lang,
      title: heading === organisation ? heading : `${heading} – ${organisation}`,
      heading,
      organisation,
      homeHref: this.to(from, specialPath('index')),
      nav,
      languages: this.input.languages.map((l) => ({
        code: l,
        name: catalogue(l, 'meta').native_name ?? l,
        href: href(from, sitePath(l, path)),
        current: l === this.lang,
      })),
      asOf: this.input.showDate ? this.w.date(this.input.today) : null,
    };
  }

  // ---- home ----

  private home(): object {
    const path = specialPath('index');
    const from = sitePath(this.lang, path);
    const w = this.w;
    const config = this.register.config?.data;
    const org = config?.organisation;
    const field = (key: string, value: string | undefined): Field[] =>
      value === undefined || value === ''
        ? []
        : [{ label: w.word(`field.${key}`), items: [{ text: value, href: null }], block: false }];
    const organisation: Field[] = org
      ? [
          ...field('name', org.name),
          ...field('address', org.address),
          ...field('country', w.country(org.country)),
          ...field('email', org.email),
          ...field('phone', org.phone),
          ...field('website', org.website),
          ...field('registration', org.registration),
          ...field('headcount', org.headcount !== undefined ? String(org.headcount) : undefined),
          ...field('rights_contact', config.rights_contact),
          ...field(
            'supervisory_authority',
            typeof config.supervisory_authority === 'string'
              ? authorityName(config.supervisory_authority, w)
              : config.supervisory_authority
                ? w.text(config.supervisory_authority.name)
                : undefined,
          ),
        ]
      : [];
    const dpo: Field[] = org?.dpo
      ? [
          ...field('name', org.dpo.name),
          ...field('email', org.dpo.email),
          ...field('phone', org.dpo.phone),
          ...field(
            'dpo_external',
            org.dpo.external !== undefined ? w.yesNo(org.dpo.external) : undefined,
          ),
        ]
      : [];
    const counts = PAGE_KINDS.map((kind) => ({
      label: w.word(`kind.${kind}.plural`),
      count: this.index.ids[kind].length,
      href: this.to(from, listPath(kind)),
    }));
    const deadlines = this.input.deadlines;
    const { errors, warnings } = severityCounts(this.input.diagnostics);
    const rules = new Map<string, { rule: string; errors: number; warnings: number }>();
    for (const d of this.input.diagnostics) {
      const row = rules.get(d.rule) ?? { rule: d.rule, errors: 0, warnings: 0 };
      if (d.severity === 'error') row.errors++;
      else row.warnings++;
      rules.set(d.rule, row);
    }
    return {
      page: this.page(path, org?.name ?? w.word('nav.home'), 'index'),
      organisation,
      dpo,
      counts,
      deadlines: {
        open: w.word('home.deadlines_open', { n: deadlines.length }),
        overdue: w.word('home.deadlines_overdue', {
          n: deadlines.filter((d) => d.overdue).length,
        }),
        href: this.to(from, specialPath('dashboard')),
      },
      findings: {
        errors,
        warnings,
        summary: w.word('home.findings_summary', { errors, warnings }),
        href: this.to(from, specialPath('findings')),
        rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
      },
    };
  }

  // ---- dashboard ----

  private dashboard(): object {
    const path = specialPath('dashboard');
    const l = this.linker(sitePath(this.lang, path));
    const w = this.w;
    const { today, now } = this.input;
    const recordOf = (kind: string): PageKind =>
      kind === 'request'
        ? 'request'
        : kind === 'dpia-review'
          ? 'dpia'
          : kind === 'activity-review' || kind === 'retention-review'
            ? 'activity'
            : 'incident';
    const dayWords = (date: string): string => {
      const days = daysBetween(today, date);
      return days === 0
        ? w.word('due.today')
        : days > 0
          ? w.word('due.days_left', { n: days })
          : w.word('due.days_late', { n: -days });
    };
    const row = (d: SiteDeadline) => ({
      what: w.value('deadline', d.kind),
      record: l.link(recordOf(d.kind), d.id),
      dateText: w.date(d.date),
      iso: d.date,
      left: dayWords(d.date),
      overdue: d.overdue,
    });
    const breaches = this.input.deadlines
      .filter((d) => recordOf(d.kind) === 'incident')
      .map((d) => {
        const base = row(d);
        if (d.instant === undefined) return { ...base, deadline: base.dateText };
        const hours = hoursBetween(now, new Date(d.instant));
        const whole = Math.floor(Math.abs(hours));
        return {
          ...base,
          iso: d.instant,
          deadline: w.instant(d.instant),
          overdue: hours < 0,
          left:
            hours >= 0
              ? w.word('due.hours_left', { n: whole })
              : w.word('due.hours_late', { n: whole }),
        };
      });
    const requests = this.input.deadlines.filter((d) => d.kind === 'request').map(row);
    const reviews = this.input.deadlines
      .filter((d) => d.kind !== 'request' && recordOf(d.kind) !== 'incident')
      .map(row);
    return {
      page: this.page(path, w.word('nav.dashboard'), 'dashboard'),
      breaches,
      requests,
      reviews,
      judged: this.input.showDate
        ? w.word('dashboard.judged_on', { date: w.date(today) })
        : w.word('dashboard.judged_today'),
    };
  }

  // ---- charts ----

  private charts(): object {
    const path = specialPath('charts');
    const from = sitePath(this.lang, path);
    const l = this.linker(from);
    const w = this.w;
    const activities = this.index.ids.activity.map(
      (id) => [id, this.register.records.activity.get(id)?.data] as const,
    );

    const byBasis = new Map<string, number>();
    for (const [, a] of activities) {
      const bases = new Set(
        (a?.purposes ?? []).flatMap((p) => (p.legal_basis ? [p.legal_basis] : [])),
      );
      for (const b of bases) byBasis.set(b, (byBasis.get(b) ?? 0) + 1);
    }
    const basisRows: ChartRow[] = [...byBasis]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([basis, n]) => ({ label: w.value('legal_basis', basis), values: [n] }));

    const categoryRows: ChartRow[] = activities
      .map(([id, a]) => {
        const item = l.link('activity', id);
        const n = new Set((a?.data ?? []).map((d) => d.category)).size;
        return { label: item.text, values: [n], href: item.href };
      })
      .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || (a.label < b.label ? -1 : 1));

    const byCountry = new Map<string, number>();
    for (const [, a] of activities)
      for (const t of a?.transfers ?? [])
        byCountry.set(t.country, (byCountry.get(t.country) ?? 0) + 1);
    const countryRows: ChartRow[] = [...byCountry]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([code, n]) => ({ label: w.country(code), values: [n] }));

    const charts: Chart[] = [
      buildChart({
        id: 'chart-legal-basis',
        title: w.word('charts.legal_basis.title'),
        description: w.word('charts.legal_basis.desc', { n: activities.length }),
        rowHeader: w.word('column.legal_basis'),
        series: [{ label: w.word('charts.legal_basis.series') }],
        rows: basisRows,
        empty: w.word('charts.empty'),
      }),
      buildChart({
        id: 'chart-data-categories',
        title: w.word('charts.data_categories.title'),
        description: w.word('charts.data_categories.desc'),
        rowHeader: w.word('column.activity'),
        series: [{ label: w.word('charts.data_categories.series') }],
        rows: categoryRows,
        empty: w.word('charts.empty'),
      }),
      buildChart({
        id: 'chart-transfers',
        title: w.word('charts.transfers.title'),
        description: w.word('charts.transfers.desc'),
        rowHeader: w.word('column.country'),
        series: [{ label: w.word('charts.transfers.series') }],
        rows: countryRows,
        empty: w.word('charts.transfers.empty'),
      }),
    ];
    let historyNote: string | null = null;
    if (this.input.history !== undefined) {
      const current = severityCounts(this.input.diagnostics);
      const points = [
        ...this.input.history.filter((p) => p.date !== this.input.today),
        { date: this.input.today, ...current },
      ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      charts.push(
        buildChart({
          id: 'chart-findings',
          title: w.word('charts.findings.title'),
          description: w.word('charts.findings.desc', { n: points.length }),
          rowHeader: w.word('column.date'),
          series: [
            { label: w.word('severity.error.plural') },
            { label: w.word('severity.warning.plural') },
          ],
          rows: points.map((p) => ({ label: w.date(p.date), values: [p.errors, p.warnings] })),
          empty: w.word('charts.empty'),
        }),
      );
    } else historyNote = w.word('charts.findings.no_history');
    return {
      page: this.page(path, w.word('nav.charts'), 'charts'),
      charts,
      historyNote,
    };
  }

  // ---- findings ----

  private findingViews(
    from: string,
    only?: { kind: PageKind; id: string } | 'config',
  ): FindingView[] {
    const l = this.linker(from);
    const out: FindingView[] = [];
    for (const d of this.input.diagnostics) {
      const target = this.findingTarget(d);
      if (only !== undefined) {
        if (
          only === 'config'
            ? target !== 'config'
            : target === 'config' || target?.kind !== only.kind || target.id !== only.id
        )
          continue;
      }
      out.push({
        severity: d.severity,
        severityLabel: this.w.word(`severity.${d.severity}.one`),
        rule: d.rule,
        message: d.message,
        location: `${d.file}:${String(d.line)}:${String(d.column)}`,
        article: d.article ?? null,
        page:
          target === 'config'
            ? {
                text: this.w.word('nav.home'),
                href: href(from, sitePath(this.lang, specialPath('index'))),
              }
            : target !== undefined
              ? l.link(target.kind, target.id)
              : null,
      });
    }
    return out;
  }

  /** The page a finding is about: a record's, the home page for gdpr.yaml, or none. */
  private findingTarget(d: Diagnostic): { kind: PageKind; id: string } | 'config' | undefined {
    const file = this.register.files.find((f) => f.relPath === d.file);
    if (!file) return undefined;
    if (file.kind === 'config') return 'config';
    const kind = pageKindOfFile(file.kind);
    if (kind === undefined) return undefined;
    const stem = file.relPath.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (file.relPath.startsWith('catalog/')) {
      const index = /^\[(\d+)\]/.exec(d.path)?.[1];
      if (index === undefined) return undefined;
      const catalog = this.register.catalogs[file.kind as keyof Register['catalogs']] as
        ReadonlyMap<string, { index: number }> | undefined;
      for (const [id, entry] of catalog ?? [])
        if (entry.index === Number(index)) return { kind, id };
      return undefined;
    }
    return this.index.has(kind, stem) ? { kind, id: stem } : undefined;
  }

  private findings(): object {
    const path = specialPath('findings');
    const counts = severityCounts(this.input.diagnostics);
    return {
      page: this.page(path, this.w.word('nav.findings'), 'findings'),
      summary: this.w.word('home.findings_summary', { ...counts }),
      findings: this.findingViews(sitePath(this.lang, path)),
    };
  }

  // ---- lists and records ----

  private list(kind: PageKind): object {
    const path = listPath(kind);
    const l = this.linker(sitePath(this.lang, path));
    return {
      page: this.page(path, this.w.word(`kind.${kind}.plural`), kind),
      items: this.index.ids[kind].map((id) => ({ ...l.link(kind, id), id })),
      empty: this.w.word('list.empty'),
    };
  }

  private record(kind: PageKind, id: string): object {
    const path = recordPath(kind, id);
    const from = sitePath(this.lang, path);
    const l = this.linker(from);
    const usedBy = new Map<PageKind, Item[]>();
    for (const user of this.index.usedBy(kind, id)) {
      const items = usedBy.get(user.kind) ?? [];
      items.push(l.link(user.kind, user.id));
      usedBy.set(user.kind, items);
    }
    const file = this.fileOf(kind, id);
    return {
      page: this.page(path, recordName(this.register, this.w, kind, id), kind),
      kind: this.w.word(`kind.${kind}.one`),
      listHref: this.to(from, listPath(kind)),
      kindPlural: this.w.word(`kind.${kind}.plural`),
      id,
      file,
      sections: recordSections(this.register, this.w, l, this.input.calendar, kind, id),
      usedBy: [...usedBy].map(([k, items]) => ({
        label: this.w.word(`kind.${k}.plural`),
        items,
        block: false,
      })),
      findings: this.findingViews(from, { kind, id }),
    };
  }

  private fileOf(kind: PageKind, id: string): string {
    switch (kind) {
      case 'activity':
      case 'party':
      case 'notice':
      case 'incident':
      case 'request':
      case 'dpia':
        return this.register.records[kind].get(id)?.file.relPath ?? '';
      case 'department':
        return 'gdpr.yaml';
      default:
        return `catalog/${KIND_FOLDERS[kind]}.yaml`;
    }
  }
}

/** A built-in authority by its name in the reader's language (`fr` → CNIL's full name). */
function authorityName(id: string, w: SiteWords): string {
  const authority = authorityById(id);
  if (!authority) return id;
  const name = w.text({ ...authority.name }) || authority.name.local;
  return `${name} (${authority.short})`;
}

function severityCounts(diagnostics: readonly Diagnostic[]): Summary {
  return summarize(diagnostics);
}
