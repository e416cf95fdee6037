/**
 * Every command's arguments, options and examples, declared once. `cli.ts` wires commander from
 * these declarations; each command module derives its `Options` type from the same declaration
 * (`import type`), so a flag and the field that reads it cannot drift apart.
 *
 * Light on purpose: cli.ts imports it eagerly, so it loads commander and nothing else.
 */
import { Command, Option, type OptionValues } from '@commander-js/extra-typings';
import { FORMATS } from '../formatters/index.js';
import { localeLanguages } from '../locale/index.js';

/** A positional argument; its value reaches the command as `options[key]`. */
export interface ArgumentSpec<K extends string = string> {
  key: K;
  /** As commander writes it: `<incident>` (required) or `[path]` (optional, then with a default). */
  usage: `<${string}>` | `[${string}]`;
  description: string;
  default?: string;
}

/** One example of a help page: the command line and what it does. */
export type Example = readonly [command: string, what: string];

/** A last, variadic argument (`[paths...]`); its values reach the command as `options[key]`. */
export interface RestArgumentSpec<R extends string = string> {
  key: R;
  usage: `[${string}...]`;
  description: string;
}

export interface CommandSpec<
  K extends string = string,
  O extends OptionValues = OptionValues,
  R extends string = never,
> {
  /** The words after `gdpr`: `check`, `breach new`. */
  name: string;
  description: string;
  args: readonly ArgumentSpec<K>[];
  rest?: RestArgumentSpec<R>;
  /** Adds the options to a bare command; the returned type is the options' type. */
  options: (command: Command) => Command<[], O>;
  examples: readonly Example[];
}

/** A command group (`gdpr breach`): a description and examples, its subcommands declared apart. */
export interface GroupSpec {
  name: string;
  description: string;
  examples: readonly Example[];
}

/**
 * What a command's function receives: one string per argument (commander enforces required
 * arguments; every optional one has a default) and the options, each optional so that tests and
 * programs may call a command with only what they set (the command applies the same defaults).
 * Where there is `output`, `out` is its former name, still accepted (see `outputOf`).
 */
export type OptionsOf<S> =
  S extends CommandSpec<infer K, infer O, infer R>
    ? Partial<O> &
        Record<K, string> &
        Partial<Record<R, string[]>> &
        ('output' extends keyof O ? { out?: string } : unknown)
    : never;

function defineCommand<
  const K extends string,
  O extends OptionValues,
  const R extends string = never,
>(spec: CommandSpec<K, O, R>): CommandSpec<K, O, R> {
  return spec;
}

// Shared options: one spelling and one wording across commands.

const PATH = {
  key: 'path',
  usage: '[path]',
  description: 'register folder',
  default: '.',
} as const;

/** `-o, --output <file>`; the wiring adds the hidden `--out` alias next to it. */
function outputOption(description = 'write to a file instead of standard output') {
  return new Option('-o, --output <file>', description);
}

/** The former name of `--output`, still accepted, not shown in help. */
export function outAliasOption() {
  return new Option('--out <file>').hideHelp();
}

/** `--today`, and `--now` derived from it (or the reverse) through src/options.ts `parseClock`. */
function todayOption(
  description = 'judge deadlines as of this day (YYYY-MM-DD); default: today, or the day of --now',
) {
  return new Option('--today <date>', description);
}

function nowOption(
  description = 'judge deadlines as of this instant (RFC 3339 with offset); default: now, or --today at 00:00 UTC',
) {
  return new Option('--now <instant>', description);
}

function formatOption<const T extends readonly string[]>(choices: T, fallback: T[number]) {
  return new Option('--format <format>', 'output format').choices(choices).default(fallback);
}

/** The parser of an option given several times: every value, in order. */
function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const ANSWERS = 'answers (YAML or JSON; - for standard input), for non-interactive use';

// Commands, in the order of `gdpr --help`.

export const CHECK = defineCommand({
  name: 'check',
  description:
    'validate a register: schemas, references and the legal rules (exit 0 clean, 1 findings, 2 ' +
    'usage or configuration error)',
  args: [],
  rest: {
    key: 'paths',
    usage: '[paths...]',
    description:
      'register folders (or folders inside them), or glob patterns of folders; default: .',
  },
  options: (c) =>
    c
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'),
      )
      .addOption(outputOption('write the report to a file instead of standard output'))
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option(
        '--lang <lang>',
        "language of the messages; default: the register's first language, else English",
      )
      .addOption(todayOption())
      .addOption(nowOption())
      .option('--color', 'force colour')
      .option('--no-color', 'disable colour')
      // Bulk suppressions (gdpr-suppressions.json at the register root), as ESLint's.
      .option(
        '--suppress-all',
        'record every current error in gdpr-suppressions.json so that only new ones fail',
      )
      .option(
        '--suppress-rule <rule>',
        'record the current errors of this rule (repeatable)',
        repeatable,
      )
      .option(
        '--prune-suppressions',
        'remove from gdpr-suppressions.json the errors that are no longer found',
      )
      .option(
        '--pass-on-unpruned-suppressions',
        'do not fail when gdpr-suppressions.json counts errors that are gone',
      )
      .option(
        '--cache',
        'replay the last findings when nothing they depend on changed (files, day, tool); stored in .gdpr-cache',
      )
      .option('--cache-location <file>', 'where --cache keeps its file (implies --cache)')
      .addOption(
        new Option(
          '--cache-strategy <strategy>',
          "what a replay rests on: the files' status, else their bytes (metadata), or always their bytes (content); implies --cache",
        ).choices(['metadata', 'content'] as const),
      ),
  examples: [
    ['gdpr check subsidiaries/*', 'several registers in one run'],
    ['gdpr check register --format sarif -o gdpr.sarif', 'a SARIF report for code scanning'],
  ],
});

export const RULES = defineCommand({
  name: 'rules',
  description: 'list the rules of `gdpr check`: id, article, default severity, description',
  args: [],
  options: (c) =>
    c
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(['text', 'json', 'md'] as const)
          .default('text'),
      )
      .addOption(outputOption())
      .option('--lang <lang>', 'language of the descriptions; default: English'),
  examples: [
    ['gdpr rules', 'every rule with its article'],
    ['gdpr rules --format md -o docs/rules.md', 'the rules as a Markdown page'],
  ],
});

/** The languages of the documents are the folders of locales/ (docs/LANGUAGES.md). */
const LANG_HELP = `language of the document (${localeLanguages().join(' | ')}); default: the register default`;

export const NOTICE = defineCommand({
  name: 'notice',
  description: 'render the privacy notice (Art. 13/14) of one audience',
  args: [
    {
      key: 'noticeId',
      usage: '<notice-id>',
      description: 'id of a notice (file name in notices/)',
    },
    PATH,
  ],
  options: (c) =>
    c
      .option('--lang <lang>', LANG_HELP)
      .addOption(formatOption(['md', 'html', 'pdf'] as const, 'md'))
      .addOption(outputOption('write to a file instead of standard output (required for pdf)')),
  examples: [
    ['gdpr notice candidates --lang fr --format html -o notice.html', 'a standalone HTML page'],
    ['gdpr notice website --format pdf -o notice.pdf', 'a PDF (needs Chromium)'],
  ],
});

export const REGISTER = defineCommand({
  name: 'register',
  description: 'render the record of processing activities (Art. 30)',
  args: [PATH],
  options: (c) =>
    c
      .addOption(
        new Option(
          '--role <role>',
          'controller record (Art. 30(1)) or processor record (Art. 30(2))',
        )
          .choices(['controller', 'processor'] as const)
          .default('controller'),
      )
      .option('--lang <lang>', LANG_HELP)
      .addOption(formatOption(['md', 'html', 'csv', 'xlsx', 'json'] as const, 'md'))
      .addOption(
        new Option(
          '--delimiter <char>',
          'CSV delimiter; default: ";" when the language writes a decimal comma, else ","',
        ).choices([',', ';'] as const),
      )
      .addOption(outputOption('write to a file instead of standard output (required for xlsx)')),
  examples: [
    ['gdpr register --lang fr --format html -o register.html', 'the controller record as HTML'],
    ['gdpr register --role processor --format xlsx -o record.xlsx', 'the processor record'],
  ],
});

export const TEMPLATES_LIST = defineCommand({
  name: 'templates list',
  description: 'list every template and whether the register overrides it',
  args: [PATH],
  options: (c) => c,
  examples: [['gdpr templates list', 'built-in templates and the overrides in templates/']],
});

/** --lang of the commands that ask questions: the language of the questions. */
const WIZARD_LANG =
  'language of the questions (a folder of locales/); default: the register default';

export const BREACH_NEW = defineCommand({
  name: 'breach new',
  description: 'record a new breach with the incident wizard',
  args: [PATH],
  options: (c) =>
    c
      .option('--answers <file>', ANSWERS)
      .option('--lang <lang>', WIZARD_LANG)
      .addOption(todayOption())
      .addOption(nowOption())
      .option('--force', 'overwrite an existing incident file'),
  examples: [
    ['gdpr breach new', 'the wizard, in a terminal'],
    ['gdpr breach new register --answers incident.yaml', 'from prepared answers (CI, scripts)'],
  ],
});

export const BREACH_ASSESS = defineCommand({
  name: 'breach assess',
  description: 'print the risk decision and the 72-hour deadline of an incident',
  args: [{ key: 'incident', usage: '<incident>', description: 'incident id or file' }, PATH],
  options: (c) =>
    c
      .addOption(todayOption())
      .addOption(nowOption())
      .addOption(formatOption(['text', 'json'] as const, 'text')),
  examples: [
    ['gdpr breach assess 2026-03-14-stolen-laptop', 'the decision and the time left'],
    ['gdpr breach assess register/incidents/2026-03-14-stolen-laptop.yaml --format json', 'JSON'],
  ],
});

export const BREACH_UPDATE = defineCommand({
  name: 'breach update',
  description: 'record notifications, measures and closing of an incident',
  args: [{ key: 'incident', usage: '<incident>', description: 'incident id or file' }, PATH],
  options: (c) =>
    c
      .option('--answers <file>', ANSWERS)
      .option('--lang <lang>', WIZARD_LANG)
      .addOption(todayOption())
      .addOption(nowOption()),
  examples: [
    ['gdpr breach update 2026-03-14-stolen-laptop', 'asks what happened since, in a terminal'],
    ['gdpr breach update incidents/2026-03-14-stolen-laptop.yaml --answers -', 'answers on stdin'],
  ],
});

export const BREACH_DRAFT = defineCommand({
  name: 'breach draft',
  description:
    'draft the notification to the authority, the letter to the people, or the notice to the controller',
  args: [{ key: 'incident', usage: '<incident>', description: 'incident id or file' }, PATH],
  options: (c) =>
    c
      .addOption(
        new Option('--to <recipient>', 'who the draft is for')
          .choices(['authority', 'subjects', 'controller'] as const)
          .makeOptionMandatory(),
      )
      .option(
        '--lang <lang>',
        'language (en, fr, de, es: those with breach words); default: the register default',
      )
      .addOption(formatOption(['md', 'html'] as const, 'md'))
      .addOption(outputOption())
      .addOption(todayOption("the letter's date while the people have not been told yet"))
      .addOption(nowOption()),
  examples: [
    ['gdpr breach draft 2026-03-14-stolen-laptop --to authority', 'the Art. 33(3) notification'],
    ['gdpr breach draft 2026-03-14-stolen-laptop --to subjects --lang fr -o letter.md', 'Art. 34'],
  ],
});

export const BREACH_LIST = defineCommand({
  name: 'breach list',
  description:
    'the breach register (Art. 33(5)): every incident with status, decision and deadline',
  args: [PATH],
  options: (c) =>
    c
      .option('--open', 'only open incidents')
      .addOption(todayOption())
      .addOption(nowOption())
      .addOption(formatOption(['table', 'json'] as const, 'table'))
      .addOption(outputOption()),
  examples: [
    ['gdpr breach list --open', 'the incidents still open'],
    ['gdpr breach list --format json -o breaches.json', 'the register as JSON (version 1)'],
  ],
});

export const REQUEST_NEW = defineCommand({
  name: 'request new',
  description: 'record a new data-subject request and print its due date',
  args: [PATH],
  options: (c) =>
    c
      .option('--answers <file>', ANSWERS)
      .option('--lang <lang>', WIZARD_LANG)
      .option(
        '--type <type>',
        'access | rectification | erasure | restriction | portability | objection | ' +
          'withdraw-consent | automated-decision',
      )
      .option('--received <date>', 'date received (YYYY-MM-DD)')
      .option('--channel <channel>', 'how it arrived (email, letter, form…)')
      .option('--reference <ref>', 'ticket reference (never the person\u2019s name or address)')
      .option('--activities <ids>', 'activities concerned, comma-separated')
      .addOption(todayOption())
      .addOption(nowOption()),
  examples: [
    [
      'gdpr request new --type access --received 2026-11-10 --channel email --reference T-1042',
      'record an access request',
    ],
  ],
});

export const REQUEST_UPDATE = defineCommand({
  name: 'request update',
  description: 'record identity check, extension, completion or refusal of a request',
  args: [{ key: 'id', usage: '<request>', description: 'request id' }, PATH],
  options: (c) =>
    c
      .option('--answers <file>', ANSWERS)
      .option('--lang <lang>', WIZARD_LANG)
      .option('--identity-verified <date>', 'date the identity was verified')
      .option('--extend <months>', 'extend by 1 or 2 months (Art. 12(3))')
      .option('--reason <text>', 'reason for the extension or the refusal')
      .option('--notified <date>', 'date the person was told of the extension')
      .option('--complete <date>', 'date the request was answered')
      .option(
        '--refuse <date>',
        'date the person was told of the refusal (with the right to complain, Art. 12(4))',
      )
      .addOption(todayOption())
      .addOption(nowOption()),
  examples: [
    ['gdpr request update 2026-11-10-access --complete 2026-11-20', 'the request was answered'],
    [
      'gdpr request update 2026-11-10-access --extend 1 --reason "many requests" --notified 2026-11-12',
      'an extension',
    ],
  ],
});

export const REQUEST_LIST = defineCommand({
  name: 'request list',
  description: 'every request with its due date, status and days left or late',
  args: [PATH],
  options: (c) =>
    c
      .option('--open', 'only open requests')
      .option('--overdue', 'only overdue requests')
      .addOption(todayOption())
      .addOption(nowOption())
      .addOption(formatOption(['table', 'json'] as const, 'table'))
      .addOption(outputOption()),
  examples: [
    ['gdpr request list --open', 'the requests still to answer'],
    ['gdpr request list --overdue --format json', 'late requests as JSON (version 1)'],
  ],
});

export const DUE = defineCommand({
  name: 'due',
  description: 'every deadline of the register, soonest first',
  args: [PATH],
  options: (c) =>
    c
      .option(
        '--within <duration>',
        'only deadlines within this ISO 8601 duration from today (e.g. P30D)',
      )
      .addOption(todayOption())
      .addOption(nowOption())
      .addOption(formatOption(['table', 'json', 'ics'] as const, 'table'))
      .addOption(outputOption()),
  examples: [
    ['gdpr due --within P30D', 'what falls due in the next 30 days'],
    ['gdpr due --format ics -o gdpr.ics', 'every deadline as a calendar to subscribe to'],
  ],
});

export const DPIA_SCREEN = defineCommand({
  name: 'dpia screen',
  description: 'screen an activity against the WP248 criteria and the CNIL lists',
  args: [{ key: 'activity', usage: '<activity>', description: 'activity id' }, PATH],
  options: (c) =>
    c
      .option(
        '--art35-3 <ids>',
        'Art. 35(3) cases that apply (art35-3-a, art35-3-b, art35-3-c), comma-separated',
      )
      .option('--criteria <ids>', 'WP248 criteria that apply, comma-separated (non-interactive)')
      .option('--cnil-required <id>', 'item of the CNIL list of processing requiring a DPIA')
      .option('--cnil-exempt <id>', 'item of the CNIL list of processing exempted from a DPIA')
      .option('--lang <lang>', WIZARD_LANG)
      .addOption(todayOption())
      .addOption(nowOption())
      .option('--force', 'overwrite an existing DPIA file'),
  examples: [
    ['gdpr dpia screen video-surveillance', 'the screening questions, in a terminal'],
    [
      'gdpr dpia screen video-surveillance --criteria systematic-monitoring,vulnerable-subjects',
      'non-interactive',
    ],
  ],
});

export const DPIA_LIST = defineCommand({
  name: 'dpia list',
  description: 'every DPIA with its activities, status, residual risk and next review',
  args: [PATH],
  options: (c) =>
    c
      .addOption(todayOption())
      .addOption(nowOption())
      .addOption(formatOption(['table', 'json'] as const, 'table'))
      .addOption(outputOption()),
  examples: [
    ['gdpr dpia list', 'every DPIA; a review past its date is marked overdue'],
    ['gdpr dpia list --format json -o dpias.json', 'as JSON (version 1)'],
  ],
});

export const INIT = defineCommand({
  name: 'init',
  description:
    'scaffold a new register: organisation, CNIL catalogues and one activity per chosen sector',
  args: [{ key: 'dir', usage: '[dir]', description: 'folder of the new register', default: '.' }],
  options: (c) =>
    c
      .option('--org-name <name>', 'legal name of the organisation')
      .option('--address <address>', 'postal address of the main establishment')
      .option(
        '--country <code>',
        'country of the main establishment (ISO 3166-1 alpha-2); default FR',
      )
      .option('--email <email>', 'contact e-mail address of the organisation')
      .option('--phone <phone>', 'contact phone number')
      .option('--website <url>', 'website')
      .option('--headcount <n>', 'number of persons employed')
      .option('--dpo-name <name>', 'name of the data protection officer')
      .option('--dpo-email <email>', 'e-mail address of the data protection officer')
      .option('--dpo-external', 'the DPO works under a service contract (Art. 37(6))')
      .option('--no-dpo', 'no DPO has been designated')
      .option('--rights-contact <contact>', 'where people exercise their rights (e-mail or URL)')
      .option(
        '--lang <list>',
        'languages of the register and its scaffold, comma-separated, default first (e.g. de or fr,en)',
      )
      .addOption(new Option('--languages <list>').hideHelp())
      .option('--authority <id>', 'lead supervisory authority (fr, ie, de-by-lda, uk-ico…)')
      .option(
        '--sectors <list>',
        'activities to scaffold, comma-separated: recruitment, hr-payroll, customers, ' +
          'prospects-newsletter, website-analytics, video-surveillance, suppliers',
      )
      .addOption(
        new Option('--ci <provider>', 'add a CI job running `gdpr check`').choices([
          'none',
          'github',
          'gitlab',
        ] as const),
      )
      .option('--answers <file>', 'answers as a YAML or JSON map of question names (- for stdin)')
      .option(
        '-y, --yes',
        'accept the default of every question not answered (placeholders for the address and e-mail)',
      )
      .option('--force', 'overwrite existing files')
      .addOption(
        todayOption('date written as `created` and `reviewed` (YYYY-MM-DD); default: today'),
      )
      .addOption(nowOption()),
  examples: [
    ['gdpr init register', 'asks about the organisation, in a terminal'],
    [
      'gdpr init register --org-name "Atelier Durand SARL" --sectors customers,suppliers --yes',
      'with defaults and placeholders',
    ],
  ],
});

export const IMPORT = defineCommand({
  name: 'import',
  description:
    'create a register from a spreadsheet: the CNIL model (ODS), the ICO ROPA template (xlsx), ' +
    'the record `gdpr register` writes, or any CSV/xlsx with one row per activity; reports ' +
    'what it could not map, with its cell',
  args: [{ key: 'file', usage: '<file>', description: 'the spreadsheet (.ods, .xlsx or .csv)' }],
  options: (c) =>
    c
      .addOption(
        new Option(
          '--from <layout>',
          'layout of the file; default: recognised from its sheets',
        ).choices(['cnil', 'ico', 'csv'] as const),
      )
      .option('--into <dir>', 'folder of the new register (must be empty or absent)', '.')
      .option(
        '--mapping <file>',
        'YAML or JSON file saying which column holds which field (for CSV or xlsx with one row per activity)',
      )
      .option(
        '--force',
        'write into a folder that is not empty, replacing files of the same names',
      ),
  examples: [
    ['gdpr import registre-traitement-simplifie.ods --into register', 'the CNIL model, filled in'],
    [
      'gdpr import activities.csv --mapping columns.yaml --into register',
      'any sheet with one row per activity, with a column → field mapping',
    ],
  ],
});

export const SCHEMAS = defineCommand({
  name: 'schemas',
  description:
    "write or refresh the register's copy of the JSON Schemas (.gdpr/schemas/) that editors validate against",
  args: [{ ...PATH, description: 'register folder (or any folder inside it)' }],
  options: (c) => c,
  examples: [['gdpr schemas', 'refresh the copy after upgrading gdpr']],
});

export const DRIFT = defineCommand({
  name: 'drift',
  description:
    'compare the register with what code scanners found: undeclared services and data types, processors no longer used',
  args: [PATH],
  options: (c) =>
    c
      .option(
        '--bearer <file>',
        'a Bearer CLI privacy report (bearer scan . --report privacy --format json); repeatable',
        repeatable,
      )
      .option(
        '--privado <file>',
        'a Privado result file (.privado/privado.json); repeatable',
        repeatable,
      )
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'),
      )
      .addOption(outputOption('write the report to a file instead of standard output'))
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--color', 'force colour')
      .option('--no-color', 'disable colour'),
  examples: [
    ['gdpr drift --bearer bearer-privacy.json', 'the register against a Bearer CLI privacy report'],
    [
      'gdpr drift register --privado .privado/privado.json --format sarif -o drift.sarif',
      'Privado findings as SARIF for code scanning',
    ],
  ],
});

export const DIFF = defineCommand({
  name: 'diff',
  description:
    'what changed in the register since a git revision or a date: records added, removed and changed field by field',
  args: [PATH],
  options: (c) =>
    c
      .requiredOption(
        '--since <rev|date>',
        'a git revision (tag, branch, commit) or a date YYYY-MM-DD',
      )
      .addOption(formatOption(['text', 'md', 'json'] as const, 'text'))
      .addOption(outputOption())
      .option(
        '--record-review <reviewer>',
        'record the review in reviews/<date>.yaml: who reviewed, the change reviewed, the activities as they are now',
      )
      .addOption(todayOption('the day of the review recorded (YYYY-MM-DD); default: today'))
      .addOption(nowOption('the instant of the review (RFC 3339); default: now')),
  examples: [
    ['gdpr diff --since v1.0', 'what changed since the tag v1.0'],
    [
      'gdpr diff --since 2026-06-01 --format md -o review.md --record-review "Claire Martin, DPO"',
      'the minutes of a periodic review, and the review recorded',
    ],
  ],
});

export const SITE = defineCommand({
  name: 'site',
  description:
    'write the register as a static HTML site, in each of its languages: a page per record, the ' +
    'deadlines, the findings and charts',
  args: [PATH],
  options: (c) =>
    c
      .addOption(
        new Option(
          '-o, --output <dir>',
          'folder of the site (created, or replaced if it holds an earlier site)',
        ),
      )
      .option(
        '--history <file>',
        'past `gdpr check --format json` reports, each with its `date`, for the chart of findings over time',
      )
      .addOption(todayOption())
      .addOption(nowOption())
      .option('--force', 'write into a non-empty folder that holds no earlier site'),
  examples: [
    ['gdpr site --output site', 'the site in site/; open site/index.html'],
    [
      'gdpr site register -o site --today 2026-11-23 --history checks.json',
      'as of a day, with the findings over time',
    ],
  ],
});

/** Every command, in the order of `gdpr --help`. */
export const COMMANDS = [
  CHECK,
  RULES,
  NOTICE,
  REGISTER,
  TEMPLATES_LIST,
  BREACH_NEW,
  BREACH_ASSESS,
  BREACH_UPDATE,
  BREACH_DRAFT,
  BREACH_LIST,
  REQUEST_NEW,
  REQUEST_UPDATE,
  REQUEST_LIST,
  DUE,
  DPIA_SCREEN,
  DPIA_LIST,
  INIT,
  IMPORT,
  SCHEMAS,
  DRIFT,
  DIFF,
  SITE,
] as const;

export const PROGRAM: GroupSpec = {
  name: 'gdpr',
  description:
    'GDPR compliance as code: a YAML register in git, checked in CI, rendered into notices and the Art. 30 record.',
  examples: [
    ['gdpr init register', 'start a register'],
    ['gdpr check register', 'validate it (run it in CI)'],
  ],
};

export const GROUPS: readonly GroupSpec[] = [
  {
    name: 'templates',
    description: 'document templates: built-in and overridden',
    examples: [['gdpr templates list', 'which templates the register overrides']],
  },
  {
    name: 'breach',
    description: 'personal data breaches: record, assess, notify (Arts. 33–34)',
    examples: [
      ['gdpr breach new', 'record a breach (the 72-hour clock starts at awareness)'],
      ['gdpr breach list --open', 'the open incidents and their deadlines'],
    ],
  },
  {
    name: 'request',
    description: 'data-subject requests: record, follow, answer within a month (Art. 12(3))',
    examples: [
      ['gdpr request new', 'record a request and its due date'],
      ['gdpr request list --open', 'the requests still to answer'],
    ],
  },
  {
    name: 'dpia',
    description: 'DPIA screening and follow-up (Art. 35)',
    examples: [
      ['gdpr dpia screen video-surveillance', 'is a DPIA required?'],
      ['gdpr dpia list', 'every DPIA and its next review'],
    ],
  },
];

/** The text `--help` prints after the options. */
export function examplesHelp(examples: readonly Example[]): string {
  const lines = examples.flatMap(([command, what]) => [`  $ ${command}`, `      ${what}`]);
  return `\nExamples:\n${lines.join('\n')}\n`;
}
