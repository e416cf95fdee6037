/**
 * Commander wiring only: each command's module is imported inside its action, so that a
 * command never pays for another's dependencies (`check` never loads inquirer or handlebars).
 */
import {
  Command,
  CommanderError,
  type CommandUnknownOpts,
  type OptionValues,
} from '@commander-js/extra-typings';
import { cacheAsked } from './commands/check/cache-asked.js';
import * as spec from './commands/specs.js';
import type { CommandSpec, GroupSpec, OptionsOf } from './commands/specs.js';
import {
  ConfigError,
  EXIT,
  IncompleteRecordError,
  InvalidRegisterError,
  UsageError,
  formatPosition,
} from './errors.js';
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
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
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
  } else if (e instanceof InvalidRegisterError) {
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

/** Runs a command with the options commander parsed; imported only when the command runs. */
type Runner<S> = (options: OptionsOf<S>, io: Io) => Promise<number>;

/** The program: every command of src/commands/specs.ts, each importing its module lazily. */
export function buildProgram(setAction: (a: Action) => void, io: Io): CommandUnknownOpts {
  const program = new Command('gdpr');
  // Set before any subcommand is added: subcommands copy these settings.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  program
    .description(spec.PROGRAM.description)
    .version(toolVersion(), '-V, --version')
    .option('--verbose', 'show stack traces of internal errors')
    .showHelpAfterError('(run `gdpr --help` for usage)')
    .addHelpText('after', spec.examplesHelp(spec.PROGRAM.examples));

  const groups = new Map<string, CommandUnknownOpts>();
  const parentOf = (name: string): CommandUnknownOpts => {
    const words = name.split(' ');
    if (words.length === 1) return program;
    const groupName = words[0] ?? '';
    let group = groups.get(groupName);
    if (!group) {
      const groupSpec: GroupSpec | undefined = spec.GROUPS.find((g) => g.name === groupName);
      if (!groupSpec) throw new Error(`no group "${groupName}" in src/commands/specs.ts`);
      group = program
        .command(groupName)
        .description(groupSpec.description)
        .addHelpText('after', spec.examplesHelp(groupSpec.examples));
      groups.set(groupName, group);
    }
    return group;
  };
  const add = <K extends string, O extends OptionValues, R extends string = never>(
    command: CommandSpec<K, O, R>,
    runner: Runner<CommandSpec<K, O, R>>,
  ): void => {
    wire(parentOf(command.name), command, (options) => {
      setAction((io) => runner(options, io));
    });
  };

  // With a cache, a command that loads its engine only when the cache cannot replay the findings.
  add(spec.CHECK, async (o, io) =>
    cacheAsked(o)
      ? (await import('./commands/check-cached.js')).checkCached(o, io)
      : (await import('./commands/check.js')).check(o, io),
  );
  add(spec.RULES, async (o, io) => (await import('./commands/rules.js')).rules(o, io));
  // Documents (Art. 13/14 notices, Art. 30 record).
  add(spec.NOTICE, async (o, io) => (await import('./commands/notice.js')).notice(o, io));
  add(spec.REGISTER, async (o, io) => (await import('./commands/register.js')).register(o, io));
  add(spec.TEMPLATES_LIST, async (o, io) =>
    (await import('./commands/templates.js')).templatesList(o, io),
  );
  // Personal data breaches (Arts. 33, 34).
  add(spec.BREACH_NEW, async (o, io) =>
    (await import('./commands/breach-new.js')).breachNew(o, io),
  );
  add(spec.BREACH_ASSESS, async (o, io) =>
    (await import('./commands/breach-assess.js')).breachAssess(o, io),
  );
  add(spec.BREACH_UPDATE, async (o, io) =>
    (await import('./commands/breach-update.js')).breachUpdate(o, io),
  );
  add(spec.BREACH_DRAFT, async (o, io) =>
    (await import('./commands/breach-draft.js')).breachDraft(o, io),
  );
  add(spec.BREACH_LIST, async (o, io) =>
    (await import('./commands/breach-list.js')).breachList(o, io),
  );
  // Data-subject requests (Arts. 12, 15–22).
  add(spec.REQUEST_NEW, async (o, io) =>
    (await import('./commands/request-new.js')).requestNew(o, io),
  );
  add(spec.REQUEST_UPDATE, async (o, io) =>
    (await import('./commands/request-update.js')).requestUpdate(o, io),
  );
  add(spec.REQUEST_LIST, async (o, io) =>
    (await import('./commands/request-list.js')).requestList(o, io),
  );
  // The compliance calendar.
  add(spec.DUE, async (o, io) => (await import('./commands/due.js')).due(o, io));
  // DPIA screening (Art. 35).
  add(spec.DPIA_SCREEN, async (o, io) =>
    (await import('./commands/dpia-screen.js')).dpiaScreen(o, io),
  );
  add(spec.DPIA_LIST, async (o, io) => (await import('./commands/dpia-list.js')).dpiaList(o, io));
  add(spec.INIT, async (o, io) => (await import('./commands/init.js')).init(o, io));
  add(spec.IMPORT, async (o, io) => (await import('./commands/import.js')).importCommand(o, io));
  add(spec.SCHEMAS, async (o, io) => (await import('./commands/schemas.js')).schemas(o, io));
  // The register against the code.
  add(spec.DRIFT, async (o, io) => (await import('./commands/drift.js')).drift(o, io));
  // The register against its own history.
  add(spec.DIFF, async (o, io) => (await import('./commands/diff.js')).diff(o, io));
  // The register as a static site.
  add(spec.SITE, async (o, io) => (await import('./commands/site.js')).site(o, io));

  return program;
}

/**
 * Adds one declared command under `parent`: its arguments, its options (and `--out`, the hidden
 * former name of `--output`), its examples, and an action that hands the parsed values to
 * `onParsed`.
 */
function wire<K extends string, O extends OptionValues, R extends string>(
  parent: CommandUnknownOpts,
  command: CommandSpec<K, O, R>,
  onParsed: (options: OptionsOf<CommandSpec<K, O, R>>) => void,
): void {
  const leaf = new Command(command.name.split(' ').at(-1));
  leaf.copyInheritedSettings(parent);
  const typed = command.options(leaf);
  if (typed.options.some((o) => o.long === '--output')) typed.addOption(spec.outAliasOption());
  for (const a of command.args) typed.argument(a.usage, a.description, a.default);
  if (command.rest) typed.argument(command.rest.usage, command.rest.description);
  typed
    .description(command.description)
    .addHelpText('after', spec.examplesHelp(command.examples))
    .action(function () {
      const options: OptionValues = { ...this.opts() };
      const values: readonly unknown[] = this.processedArgs;
      command.args.forEach((a, i) => (options[a.key] = values[i]));
      if (command.rest) options[command.rest.key] = values[command.args.length];
      // The one assertion of the wiring: commander has filled every declared option and
      // argument (required arguments are enforced, optional ones have a default).
      onParsed(options as OptionsOf<CommandSpec<K, O, R>>);
    });
  parent.addCommand(typed);
}
