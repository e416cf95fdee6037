/**
 * The CI job that runs `gdpr check` on every push, so that a register change that breaks a rule
 * fails the pipeline like a failing test.
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { Document, isMap, isNode, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CiProvider } from './questions.js';
import { yamlText } from '../register/yaml-file.js';

export interface CiFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/**
 * The folder CI configuration belongs in: the nearest folder at or above the register holding
 * `.git` (GitHub and GitLab read their files only at the repository root), else the register.
 */
export function repositoryRoot(registerDir: string): string {
  for (let dir = registerDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return registerDir;
  }
}

function shellWord(word: string): string {
  return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function checkCommand(version: string, registerPath: string, format: string): string {
  const path = registerPath === '.' ? '' : ` ${shellWord(registerPath)}`;
  return `npx --yes gdpr@${version} check${path} --format ${format}`;
}

const PIN_COMMENT = ' Pinned to the version that wrote this file: upgrade it on purpose, as a new version may add rules.';

function commentOn(doc: Document, path: (string | number)[], comment: string): void {
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = (parent).items.find((p) => isScalar(p.key) && p.key.value === last) as Pair | undefined;
    if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
  } else if (isSeq(parent)) {
    const item = parent.items[last as number];
    if (isNode(item)) item.commentBefore = comment;
  }
}

/**
 * `registerPath` is the register folder relative to the repository root (`.` when they are the
 * same); `version` is the gdpr version to pin.
 */
export function buildCiFile(provider: Exclude<CiProvider, 'none'>, registerPath: string, version: string): CiFile {
  const rel = registerPath.split(sep).join(posix.sep) || '.';
  if (provider === 'github') {
    const doc = new Document({
      name: 'GDPR register',
      on: ['push', 'pull_request'],
      permissions: { contents: 'read' },
      jobs: {
        'gdpr-check': {
          'runs-on': 'ubuntu-latest',
          steps: [
            { uses: 'actions/checkout@v4' },
            { uses: 'actions/setup-node@v4', with: { 'node-version': 20 } },
            { name: 'Check the GDPR register', run: checkCommand(version, rel, 'github') },
          ],
        },
      },
    });
    commentOn(doc, ['jobs', 'gdpr-check', 'steps', 2], `${PIN_COMMENT}\n --format github turns findings into annotations on the changed files.`);
    (doc.getIn(['on'], true) as YAMLSeq).flow = true;
    return { path: '.github/workflows/gdpr.yml', content: yamlText(doc, '# Runs `gdpr check` on every push and pull request (written by `gdpr init`).\n') };
  }
  const doc = new Document({
    'gdpr-check': {
      image: 'node:20',
      script: [checkCommand(version, rel, 'junit') + ' --output gdpr-junit.xml'],
      artifacts: { when: 'always', reports: { junit: 'gdpr-junit.xml' } },
    },
  });
  commentOn(doc, ['gdpr-check', 'script'], `${PIN_COMMENT}\n The JUnit report shows each finding in the merge request's test summary.`);
  return { path: '.gitlab-ci.yml', content: yamlText(doc, '# Runs `gdpr check` in every pipeline (written by `gdpr init`).\n') };
}

/** Where the register sits relative to the repository root. */
export function registerPathFrom(repoRoot: string, registerDir: string): string {
  return relative(repoRoot, registerDir).split(sep).join(posix.sep) || '.';
}
