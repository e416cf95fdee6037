/**
 * The CI integrations shipped at the repository root: the GitHub composite action (action.yml)
 * and the pre-commit hook (.pre-commit-hooks.yaml). Each is parsed, and the shell it runs is
 * run here against the built CLI, as GitHub and pre-commit would run it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../helpers/cli.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  name: string;
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

function step(id: string): Step {
  const found = action.runs.steps.find((s) => s.id === id);
  if (found?.run === undefined) throw new Error(`no run step ${id}`);
  return found;
}

/** As GitHub runs a `shell: bash` step. */
function bash(script: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('action.yml (GitHub composite action)', () => {
  it('sets up Node, checks with SARIF and uploads it with codeql-action/upload-sarif', () => {
    expect(action.runs.using).toBe('composite');
    const uses = action.runs.steps.map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
    expect(Number(action.inputs['node-version']?.default)).toBeGreaterThanOrEqual(22);
    for (const s of action.runs.steps.filter((x) => x.run !== undefined))
      expect(s.shell).toBe('bash');
    // Inputs reach the shell through env only, never spliced into the script.
    for (const s of action.runs.steps) expect(s.run ?? '').not.toContain('${{');
  });

  it("install step picks the repository's own gdpr when node_modules has it", () => {
    const repo = mkdtempSync(join(tmpdir(), 'gdpr-action-'));
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(repo, 'node_modules', '.bin', 'gdpr'));
    const githubEnv = join(repo, 'github-env');
    writeFileSync(githubEnv, '');
    const r = bash(step('install').run ?? '', repo, {
      GITHUB_ENV: githubEnv,
      GITHUB_ACTION_PATH: '/nonexistent',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(githubEnv, 'utf8')).toBe(`GDPR_BIN=${repo}/node_modules/.bin/gdpr\n`);
  });

  it('check step annotates, writes the SARIF log and reports the exit code of gdpr check', () => {
    const out = mkdtempSync(join(tmpdir(), 'gdpr-action-'));
    const githubOutput = join(out, 'github-output');
    writeFileSync(githubOutput, '');
    const check = step('check');
    const env = {
      GDPR_BIN: BIN,
      GDPR_PATH: 'examples/broken',
      GDPR_SARIF: join(out, 'gdpr.sarif'),
      GITHUB_OUTPUT: githubOutput,
    };
    expect(Object.keys(check.env ?? {}).sort()).toEqual(['GDPR_PATH', 'GDPR_SARIF']);
    const r = bash(check.run ?? '', REPO_ROOT, env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::error file=examples\/broken\//m);
    expect(readFileSync(githubOutput, 'utf8')).toBe('status=1\n');
    const sarif = JSON.parse(readFileSync(join(out, 'gdpr.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);

    const clean = bash(check.run ?? '', REPO_ROOT, { ...env, GDPR_PATH: 'examples/nowhere' });
    expect(readFileSync(githubOutput, 'utf8')).toBe('status=1\nstatus=2\n');
    expect(clean.status).toBe(0);
  });

  it('fails the job with the status of the check', () => {
    const fail = action.runs.steps.find((s) => s.name === 'Fail on findings');
    expect(fail?.if).toBe("${{ steps.check.outputs.status != '0' }}");
    expect(bash(fail?.run ?? '', REPO_ROOT, { STATUS: '1' }).status).toBe(1);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    pass_filenames: boolean;
    files: string;
  }[];

  it('declares gdpr-check as a node hook that checks the whole register', () => {
    expect(hooks.map((h) => h.id)).toEqual(['gdpr-check']);
    const [hook] = hooks;
    expect(hook?.language).toBe('node');
    expect(hook?.pass_filenames).toBe(false);
    expect(new RegExp(hook?.files ?? '').test('activities/payroll.yaml')).toBe(true);
  });

  it('its entry runs gdpr check and fails the commit on findings', () => {
    const [command, ...args] = (hooks[0]?.entry ?? '').split(' ');
    expect(command).toBe('gdpr');
    const run = (path: string) =>
      spawnSync(process.execPath, [BIN, ...args, path, '--today', '2026-01-15'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
    expect(run('examples/broken').status).toBe(1);
    expect(run('examples/atelier-durand').status).toBe(0);
  });
});
