/**
 * The CI job that runs `gdpr check` on every push, so that a register change that breaks a rule
 * fails the pipeline like a failing test.
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { Document, isMap, isNode, isScalar, isSeq, type YAMLSeq } from 'yaml';
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

/**
 * The check runs the gdpr of the repository's own `package-lock.json` (`npm i -D gdpr`): the CI
 * uses the version the team chose and upgraded on purpose, from the npm cache, without asking
 * the registry for whatever is newest.
 */
function checkCommand(registerPath: string, format: string, output?: string): string {
  const path = registerPath === '.' ? '' : ` ${shellWord(registerPath)}`;
  return `npx --no-install gdpr check${path} --format ${format}${output === undefined ? '' : ` --output ${output}`}`;
}

/** The current active LTS line of Node.js (Node 20 reached end of life in April 2026). */
export const CI_NODE_VERSION = 24;

const INSTALL_COMMENT =
  " gdpr comes from this repository's package-lock.json (npm i -D gdpr), so CI runs the version you chose.";

function commentOn(doc: Document, path: (string | number)[], comment: string): void {
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
  } else if (isSeq(parent)) {
    const item = parent.items[last as number];
    if (isNode(item)) item.commentBefore = comment;
  }
}

/**
 * `registerPath` is the register folder relative to the repository root (`.` when they are the
 * same). `version` is the gdpr version that wrote the file, named in its header.
 */
export function buildCiFile(
  provider: Exclude<CiProvider, 'none'>,
  registerPath: string,
  version: string,
): CiFile {
  const rel = registerPath.split(sep).join(posix.sep) || '.';
  if (provider === 'github') {
    const doc = new Document({
      name: 'GDPR register',
      on: ['push', 'pull_request'],
      permissions: { contents: 'read', 'security-events': 'write' },
      jobs: {
        'gdpr-check': {
          'runs-on': 'ubuntu-latest',
          steps: [
            { uses: 'actions/checkout@v4' },
            {
              uses: 'actions/setup-node@v4',
              with: { 'node-version': CI_NODE_VERSION, cache: 'npm' },
            },
            { run: 'npm ci --no-audit --no-fund' },
            { name: 'Annotate the changed files', run: checkCommand(rel, 'github') },
            {
              name: 'Check the GDPR register (SARIF for code scanning)',
              if: '${{ !cancelled() }}',
              run: checkCommand(rel, 'sarif', 'gdpr.sarif'),
            },
            {
              name: 'Upload to code scanning',
              if: "${{ !cancelled() && hashFiles('gdpr.sarif') != '' }}",
              uses: 'github/codeql-action/upload-sarif@v3',
              with: { sarif_file: 'gdpr.sarif', category: 'gdpr' },
            },
          ],
        },
      },
    });
    commentOn(doc, ['jobs', 'gdpr-check', 'steps', 2], INSTALL_COMMENT);
    commentOn(
      doc,
      ['jobs', 'gdpr-check', 'steps', 3],
      ' --format github turns findings into annotations on the changed files.',
    );
    commentOn(
      doc,
      ['permissions', 'security-events'],
      ' upload-sarif needs it to publish the findings as code scanning alerts.',
    );
    (doc.getIn(['on'], true) as YAMLSeq).flow = true;
    return {
      path: '.github/workflows/gdpr.yml',
      content: yamlText(
        doc,
        `# Runs \`gdpr check\` on every push and pull request (written by gdpr ${version} \`init\`).\n`,
      ),
    };
  }
  const doc = new Document({
    'gdpr-check': {
      image: `node:${String(CI_NODE_VERSION)}`,
      cache: { key: { files: ['package-lock.json'] }, paths: ['.npm/'] },
      script: [
        'npm ci --no-audit --no-fund --cache .npm --prefer-offline',
        `${checkCommand(rel, 'gitlab', 'gl-code-quality-report.json')} || status=$?`,
        `${checkCommand(rel, 'junit', 'gdpr-junit.xml')} || status=$?`,
        'exit ${status:-0}',
      ],
      artifacts: {
        when: 'always',
        reports: { codequality: 'gl-code-quality-report.json', junit: 'gdpr-junit.xml' },
      },
    },
  });
  commentOn(
    doc,
    ['gdpr-check', 'script'],
    `${INSTALL_COMMENT}\n Code Quality shows each finding on the merge request's diff; JUnit in its test summary.`,
  );
  return {
    path: '.gitlab-ci.yml',
    content: yamlText(
      doc,
      `# Runs \`gdpr check\` in every pipeline (written by gdpr ${version} \`init\`).\n`,
    ),
  };
}

/** Where the register sits relative to the repository root. */
export function registerPathFrom(repoRoot: string, registerDir: string): string {
  return relative(repoRoot, registerDir).split(sep).join(posix.sep) || '.';
}
