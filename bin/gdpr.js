#!/usr/bin/env node
// Entry point: kept tiny so that `gdpr --version` and every command start fast.
import module from 'node:module';

module.enableCompileCache?.();

// The reader went away (`gdpr check | head`): drop the rest of the output instead of crashing
// with an unhandled EPIPE, and still finish, so the exit code reports the findings.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = () => true;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Answered without loading the CLI: `--version` must cost no more than starting Node.
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { run } = await import('../dist/cli.js');
  const { processIo } = await import('../dist/io.js');
  process.exitCode = await run(argv, processIo());
}
