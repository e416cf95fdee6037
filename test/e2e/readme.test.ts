import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';

/**
 * Every `npx gdpr …` line in a README code block runs as written (in a scratch copy of the
 * examples, in order). A line may end with `# interactive` (needs a terminal: not run here;
 * the wizards have their own terminal tests) or `# exit N` (the exit code it documents).
 */
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
const lines = blocks.flatMap((b) => b.split('\n')).filter((l) => l.startsWith('npx gdpr '));

function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

describe('README: every command runs as written', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'gdpr-readme-'));
  cpSync(join(REPO_ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
  // The scratch copy is a git repository with one commit, as a register kept in git is
  // (`gdpr diff` reads the history).
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'README',
    GIT_AUTHOR_EMAIL: 'readme@example.example',
    GIT_COMMITTER_NAME: 'README',
    GIT_COMMITTER_EMAIL: 'readme@example.example',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-qm', 'examples'],
  ]) {
    spawnSync('git', args, { cwd, env });
  }

  it('documents the set-up, the test command and at least one example per command', () => {
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
    for (const c of [
      'init',
      'check',
      'rules',
      'notice',
      'register',
      'templates list',
      'breach new',
      'breach assess',
      'breach update',
      'breach draft',
      'breach list',
      'request new',
      'request update',
      'request list',
      'due',
      'dpia screen',
      'dpia list',
      'diff',
      'import',
      'site',
    ]) {
      expect(
        lines.some((l) => l.startsWith(`npx gdpr ${c} `)),
        c,
      ).toBe(true);
    }
  });

  for (const line of lines) {
    const [command, comment = ''] = line.split(/\s+#\s+/);
    if (comment.startsWith('interactive')) continue;
    const expected = /^exit (\d)/.exec(comment)?.[1];
    it(command!, () => {
      const args = words(command!).slice(2);
      const r = gdpr(args, { cwd });
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(expected ? Number(expected) : 0);
    });
  }
});
