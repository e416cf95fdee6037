/**
 * Commander wiring only: each command's module is imported inside its action, so that a
 * command never pays for another's dependencies (`check` never loads inquirer or handlebars).
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, EXIT, UsageError, formatPosition } from './errors.js';
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
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
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

  return program;
}
