/**
 * Commander wiring only: each command's module is imported inside its action, so that a
 * command never pays for another's dependencies (`check` never loads inquirer or handlebars).
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, EXIT, IncompleteRecordError, UsageError, formatPosition } from './errors.js';
import type { Io } from './io.js';
import { toolVersion } from './version.js';

type Action = (io: Io) => Promise<number>;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let action: Action | undefined;
  let verbose = argv.includes('--verbose');
  const program = buildProgram((a) => (action = a), io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has already printed its message; an unknown option is a usage error (2), not findings (1).
      return EXIT.usage;
    }
    return reportError(e, io, verbose);
  }
  if (!action) return EXIT.ok;
  try {
    return await action(io);
  } catch (e) {
    verbose ||= io.env.GDPR_VERBOSE === '1';
    return reportError(e, io, verbose);
  }
}

export function reportError(e: unknown, io: Io, verbose: boolean): number {
  if (e instanceof UsageError) {
    io.stderr.write(`gdpr: ${e.message}\n`);
  } else if (e instanceof ConfigError) {
    io.stderr.write(`gdpr: ${formatPosition(e.position)}${e.message}\n`);
  } else if (e instanceof IncompleteRecordError) {
    io.stderr.write(`gdpr: ${e.message}\n`);
    return EXIT.findings;
  } else if (e instanceof Error && e.name === 'InvalidRegisterError') {
    io.stderr.write(`gdpr: ${e.message}\n`);
    return EXIT.findings;
  } else if (isPromptExit(e)) {
    io.stderr.write('gdpr: interrupted; nothing was written.\n');
    return 130;
  } else {
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`gdpr: internal error: ${err.message}\n`);
    if (verbose) io.stderr.write(`${err.stack ?? ''}\n`);
    else io.stderr.write('Run again with --verbose for details, and report it if it persists.\n');
  }
  return EXIT.usage;
}

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

function buildProgram(setAction: (a: Action) => void, io: Io): Command {
  const program = new Command('gdpr');
  // Set before any subcommand is added: subcommands copy these settings when created.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  program
    .description('GDPR compliance as code: a YAML register in git, checked in CI, rendered into notices and the Art. 30 record.')
    .version(toolVersion(), '-V, --version')
    .option('--verbose', 'show stack traces of internal errors')
    .showHelpAfterError('(run `gdpr --help` for usage)');

  program
    .command('check')
    .description('validate a register: schemas, references and the legal rules (exit 0 clean, 1 findings, 2 usage or configuration error)')
    .argument('[path]', 'register folder (or any folder inside it)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--today <date>', 'judge deadlines as of this day (YYYY-MM-DD); default: today')
    .option('--now <instant>', 'judge 72-hour clocks as of this instant (RFC 3339 with offset); default: now')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/check.js')).check({ ...opts, path } as never, io));
    });

  program
    .command('rules')
    .description('list the rules of `gdpr check`: id, article, default severity, description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action((opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/rules.js')).rules(opts as never, io));
    });

  // Documents (Art. 13/14 notices, Art. 30 record).
  program
    .command('notice')
    .description('render the privacy notice (Art. 13/14) of one audience')
    .argument('<notice-id>', 'id of a notice (file name in notices/)')
    .argument('[path]', 'register folder', '.')
    .option('--lang <lang>', 'language of the document (fr | en); default: the register default')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'pdf']).default('md'))
    .option('-o, --out <file>', 'write to a file instead of standard output (required for pdf)')
    .action((noticeId: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/notice.js')).notice({ ...opts, noticeId, path }, io));
    });

  program
    .command('register')
    .description('render the record of processing activities (Art. 30)')
    .argument('[path]', 'register folder', '.')
    .addOption(new Option('--role <role>', 'controller record (Art. 30(1)) or processor record (Art. 30(2))').choices(['controller', 'processor']).default('controller'))
    .option('--lang <lang>', 'language of the document (fr | en); default: the register default')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'csv', 'xlsx', 'json']).default('md'))
    .option('-o, --out <file>', 'write to a file instead of standard output (required for xlsx)')
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/register.js')).register({ ...opts, path }, io));
    });

  const templates = program.command('templates').description('document templates: built-in and overridden');
  templates
    .command('list')
    .description('list every template and whether the register overrides it')
    .argument('[path]', 'register folder', '.')
    .action((path: string) => {
      setAction(async (io) => (await import('./commands/templates.js')).templatesList({ path }, io));
    });

  // Personal data breaches (Arts. 33, 34).
  const breach = program.command('breach').description('personal data breaches: record, assess, notify (Arts. 33–34)');
  breach
    .command('new')
    .description('record a new breach with the incident wizard')
    .argument('[path]', 'register folder', '.')
    .option('--answers <file>', 'answers to every question (YAML or JSON), for non-interactive use')
    .option('--now <instant>', 'the current instant (RFC 3339 with offset); default: now')
    .option('--force', 'overwrite an existing incident file')
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/breach-new.js')).breachNew({ ...opts, path }, io));
    });
  breach
    .command('assess')
    .description('print the risk decision and the 72-hour deadline of an incident')
    .argument('<incident>', 'incident id or file')
    .argument('[path]', 'register folder', '.')
    .option('--now <instant>', 'judge the deadline as of this instant (RFC 3339 with offset); default: now')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((incident: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/breach-assess.js')).breachAssess({ ...opts, incident, path }, io));
    });
  breach
    .command('update')
    .description('record notifications, measures and closing of an incident')
    .argument('<incident>', 'incident id')
    .argument('[path]', 'register folder', '.')
    .option('--answers <file>', 'answers (YAML or JSON), for non-interactive use')
    .option('--now <instant>', 'the current instant (RFC 3339 with offset); default: now')
    .action((incident: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/breach-update.js')).breachUpdate({ ...opts, incident, path }, io));
    });
  breach
    .command('draft')
    .description('draft the notification to the authority, the letter to the people, or the notice to the controller')
    .argument('<incident>', 'incident id')
    .argument('[path]', 'register folder', '.')
    .addOption(new Option('--to <recipient>', 'who the draft is for').choices(['authority', 'subjects', 'controller']).makeOptionMandatory())
    .option('--lang <lang>', 'language (fr | en); default: the register default')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action((incident: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/breach-draft.js')).breachDraft({ ...opts, incident, path } as never, io));
    });
  breach
    .command('list')
    .description('the breach register (Art. 33(5)): every incident with status, decision and deadline')
    .argument('[path]', 'register folder', '.')
    .option('--open', 'only open incidents')
    .option('--now <instant>', 'judge deadlines as of this instant (RFC 3339 with offset); default: now')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/breach-list.js')).breachList({ ...opts, path }, io));
    });

  // Data-subject requests (Arts. 12, 15–22).
  const request = program.command('request').description('data-subject requests: record, follow, answer within a month (Art. 12(3))');
  request
    .command('new')
    .description('record a new data-subject request and print its due date')
    .argument('[path]', 'register folder', '.')
    .option('--answers <file>', 'answers (YAML or JSON), for non-interactive use')
    .option('--type <type>', 'access | rectification | erasure | restriction | portability | objection | withdraw-consent | automated-decision')
    .option('--received <date>', 'date received (YYYY-MM-DD)')
    .option('--channel <channel>', 'how it arrived (email, letter, form…)')
    .option('--reference <ref>', 'ticket reference (never the person\u2019s name or address)')
    .option('--activities <ids>', 'activities concerned, comma-separated')
    .option('--today <date>', 'the current day (YYYY-MM-DD); default: today')
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/request-new.js')).requestNew({ ...opts, path }, io));
    });
  request
    .command('update')
    .description('record identity check, extension, completion or refusal of a request')
    .argument('<request>', 'request id')
    .argument('[path]', 'register folder', '.')
    .option('--answers <file>', 'answers (YAML or JSON), for non-interactive use')
    .option('--identity-verified <date>', 'date the identity was verified')
    .option('--extend <months>', 'extend by 1 or 2 months (Art. 12(3))')
    .option('--reason <text>', 'reason for the extension or the refusal')
    .option('--notified <date>', 'date the person was told of the extension')
    .option('--complete <date>', 'date the request was answered')
    .option('--refuse <date>', 'date the person was told of the refusal (with the right to complain, Art. 12(4))')
    .option('--today <date>', 'the current day (YYYY-MM-DD); default: today')
    .action((id: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/request-update.js')).requestUpdate({ ...opts, id, path }, io));
    });
  request
    .command('list')
    .description('every request with its due date, status and days left or late')
    .argument('[path]', 'register folder', '.')
    .option('--open', 'only open requests')
    .option('--overdue', 'only overdue requests')
    .option('--today <date>', 'judge deadlines as of this day (YYYY-MM-DD); default: today')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/request-list.js')).requestList({ ...opts, path }, io));
    });

  // The compliance calendar.
  program
    .command('due')
    .description('every deadline of the register, soonest first')
    .argument('[path]', 'register folder', '.')
    .option('--within <duration>', 'only deadlines within this ISO 8601 duration from today (e.g. P30D)')
    .option('--today <date>', 'judge deadlines as of this day (YYYY-MM-DD); default: today')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'ics']).default('table'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/due.js')).due({ ...opts, path }, io));
    });

  // DPIA screening (Art. 35).
  const dpia = program.command('dpia').description('DPIA screening and follow-up (Art. 35)');
  dpia
    .command('screen')
    .description('screen an activity against the WP248 criteria and the CNIL lists')
    .argument('<activity>', 'activity id')
    .argument('[path]', 'register folder', '.')
    .option('--criteria <ids>', 'WP248 criteria that apply, comma-separated (non-interactive)')
    .option('--cnil-required <id>', 'item of the CNIL list of processing requiring a DPIA')
    .option('--cnil-exempt <id>', 'item of the CNIL list of processing exempted from a DPIA')
    .option('--today <date>', 'the current day (YYYY-MM-DD); default: today')
    .option('--force', 'overwrite an existing DPIA file')
    .action((activity: string, path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/dpia-screen.js')).dpiaScreen({ ...opts, activity, path }, io));
    });
  dpia
    .command('list')
    .description('every DPIA with its activities, status, residual risk and next review')
    .argument('[path]', 'register folder', '.')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((path: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/dpia-list.js')).dpiaList({ ...opts, path }, io));
    });

  program
    .command('init')
    .description('scaffold a new register: organisation, CNIL catalogues and one activity per chosen sector')
    .argument('[dir]', 'folder of the new register', '.')
    .option('--org-name <name>', 'legal name of the organisation')
    .option('--address <address>', 'postal address of the main establishment')
    .option('--country <code>', 'country of the main establishment (ISO 3166-1 alpha-2); default FR')
    .option('--email <email>', 'contact e-mail address of the organisation')
    .option('--phone <phone>', 'contact phone number')
    .option('--website <url>', 'website')
    .option('--headcount <n>', 'number of persons employed')
    .option('--dpo-name <name>', 'name of the data protection officer')
    .option('--dpo-email <email>', 'e-mail address of the data protection officer')
    .option('--dpo-external', 'the DPO works under a service contract (Art. 37(6))')
    .option('--no-dpo', 'no DPO has been designated')
    .option('--rights-contact <contact>', 'where people exercise their rights (e-mail or URL)')
    .option('--languages <list>', 'languages of the register, comma-separated, default first (e.g. fr,en)')
    .option('--authority <id>', 'lead supervisory authority (fr, ie, de-by-lda, uk-ico…)')
    .option('--sectors <list>', 'activities to scaffold, comma-separated: recruitment, hr-payroll, customers, prospects-newsletter, website-analytics, video-surveillance, suppliers')
    .addOption(new Option('--ci <provider>', 'add a CI job running `gdpr check`').choices(['none', 'github', 'gitlab']))
    .option('--answers <file>', 'answers as a YAML or JSON map of question names')
    .option('-y, --yes', 'accept the default of every question not answered (placeholders for the address and e-mail)')
    .option('--force', 'overwrite existing files')
    .option('--today <date>', 'date written as `created` and `reviewed` (YYYY-MM-DD); default: today')
    .action((dir: string, opts: Record<string, unknown>) => {
      setAction(async (io) => (await import('./commands/init.js')).init({ ...opts, dir }, io));
    });

  program
    .command('schemas')
    .description('write or refresh the register\'s copy of the JSON Schemas (.gdpr/schemas/) that editors validate against')
    .argument('[path]', 'register folder (or any folder inside it)', '.')
    .action((path: string) => {
      setAction(async (io) => (await import('./commands/schemas.js')).schemas({ path }, io));
    });

  return program;
}
