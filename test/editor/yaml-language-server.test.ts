/**
 * A scaffold from `gdpr init` in a folder without node_modules validates in a real editor
 * client, yaml-language-server (the engine of the VS Code YAML extension and of most editors'
 * YAML support), through the modelines init writes: zero diagnostics, and one for a broken
 * value. No network: the schemas are the register's own copy in `.gdpr/schemas/`.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdpr } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp.js';

const require = createRequire(import.meta.url);
const serverBin = join(
  dirname(require.resolve('yaml-language-server/package.json')),
  'bin',
  'yaml-language-server',
);

const settings = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    schemas: {},
    schemaStore: { enable: false },
    format: { enable: false },
  },
  http: { proxy: '', proxyStrictSSL: true },
  '[yaml]': {},
  editor: { tabSize: 2 },
  files: { associations: {} },
};

function yamlFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : yamlFiles(root, rel);
    return rel.endsWith('.yaml') ? [rel] : [];
  });
}

describe('yaml-language-server on a gdpr init scaffold', () => {
  let root: string;
  let client: LspClient;

  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'gdpr-editor-'));
    const r = gdpr(
      [
        'init',
        'register',
        '--yes',
        '--org-name',
        'Atelier Test',
        '--sectors',
        'recruitment,customers,video-surveillance',
        '--languages',
        'fr,en',
        '--today',
        '2026-01-15',
      ],
      { cwd: parent },
    );
    expect(r.stderr).toBe('');
    root = join(parent, 'register');
    // Nothing to resolve through: no node_modules in the register or any folder above it.
    for (let dir = root; dirname(dir) !== dir; dir = dirname(dir))
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    client = new LspClient(process.execPath, [serverBin, '--stdio'], root, settings);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: {},
          hover: { contentFormat: ['markdown'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'register' }],
    });
    expect(init.error).toBeUndefined();
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
  }, 60_000);

  afterAll(async () => {
    await client.stop();
  });

  function open(rel: string, text: string, version = 1): string {
    const uri = pathToFileURL(join(root, rel)).href;
    client.diagnostics.delete(uri);
    if (version === 1)
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version, text },
      });
    else
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    return uri;
  }

  it('reports zero diagnostics on every file of the scaffold', async () => {
    const files = yamlFiles(root);
    expect(files).toContain('gdpr.yaml');
    expect(files.length).toBeGreaterThan(6);
    for (const rel of files)
      expect(readFileSync(join(root, rel), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)*\.gdpr\/schemas\/[a-z-]+\.schema\.json\n/,
      );
    const uris = files.map((rel) => open(rel, readFileSync(join(root, rel), 'utf8')));
    const found = await client.diagnosticsFor(uris, 30_000);
    const all = uris.flatMap((uri) => (found.get(uri) ?? []).map((d) => `${uri}: ${d.message}`));
    expect(all).toEqual([]);
  }, 60_000);

  it('reports one diagnostic, on the right line, for a broken value', async () => {
    const rel = 'activities/recruitment.yaml';
    const text = readFileSync(join(root, rel), 'utf8');
    const lines = text.split('\n');
    const index = lines.findIndex((line) => /^\s+legal_basis: /.test(line));
    expect(index).toBeGreaterThan(0);
    lines[index] = (lines[index] ?? '').replace(/legal_basis: .*/, 'legal_basis: because-we-can');
    const uri = open(rel, lines.join('\n'), 2);
    const found = (await client.diagnosticsFor([uri], 30_000)).get(uri) ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]?.range.start.line).toBe(index);
  }, 60_000);

  it('shows the description of a legal basis on hover', async () => {
    const rel = 'activities/customers.yaml';
    const text = readFileSync(join(root, rel), 'utf8');
    const uri = open(rel, text, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\s+legal_basis: contract/.test(l));
    expect(line).toBeGreaterThan(0);
    const character = (lines[line] ?? '').indexOf('contract') + 2;
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    });
    const contents = JSON.stringify(hover.result);
    expect(contents).toContain('Art. 6(1)(b)');
  }, 60_000);

  it('offers the schema snippet of a record in an empty file', async () => {
    const uri = open(
      'parties/new-processor.yaml',
      '# yaml-language-server: $schema=../.gdpr/schemas/party.schema.json\n',
    );
    const completion = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    const result = completion.result as
      { items?: { label: string; insertText?: string }[] } | { label: string }[];
    const items = Array.isArray(result) ? result : (result.items ?? []);
    const snippet = items.find((i) => i.label === 'Processor') as
      { insertText?: string } | undefined;
    expect(snippet?.insertText).toContain('kind: processor');
    expect(snippet?.insertText).toContain('${1:Cloud Hosting SAS}');
  }, 60_000);
});

describe('yaml-language-server with the .vscode/settings.json gdpr init writes', () => {
  let root: string;
  let client: LspClient;

  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'gdpr-editor-settings-'));
    const r = gdpr(
      [
        'init',
        'register',
        '--yes',
        '--org-name',
        'Atelier Test',
        '--sectors',
        'customers',
        '--today',
        '2026-01-15',
      ],
      { cwd: parent },
    );
    expect(r.stderr).toBe('');
    root = join(parent, 'register');
    const written = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const withSchemas = {
      ...settings,
      yaml: { ...settings.yaml, schemas: written['yaml.schemas'] },
    };
    client = new LspClient(process.execPath, [serverBin, '--stdio'], root, withSchemas);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: {} },
      },
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'register' }],
    });
    expect(init.error).toBeUndefined();
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: withSchemas });
  }, 60_000);

  afterAll(async () => {
    await client.stop();
  });

  it('validates files without a modeline: a scaffold file has zero diagnostics, a broken one has one', async () => {
    const withoutModeline = (rel: string): string =>
      readFileSync(join(root, rel), 'utf8').replace(/^# yaml-language-server: .*\n/, '');
    const good = pathToFileURL(join(root, 'activities', 'customers.yaml')).href;
    const bad = pathToFileURL(join(root, 'activities', 'broken.yaml')).href;
    const text = withoutModeline('activities/customers.yaml');
    client.notify('textDocument/didOpen', {
      textDocument: { uri: good, languageId: 'yaml', version: 1, text },
    });
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri: bad,
        languageId: 'yaml',
        version: 1,
        text: text.replace(/legal_basis: \S+/, 'legal_basis: because-we-can'),
      },
    });
    const found = await client.diagnosticsFor([good, bad], 30_000);
    expect(found.get(good) ?? []).toEqual([]);
    expect((found.get(bad) ?? []).length).toBe(1);
  }, 60_000);
});
