import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatesList, listTemplateFiles } from '../../src/commands/templates.js';
import { notice } from '../../src/commands/notice.js';
import { TEMPLATE_DIR } from '../../src/paths.js';
import { memoryIo } from '../helpers/io.js';
import { makeRegister } from '../helpers/register.js';

function withOverrides(files: Record<string, string>): string {
  const root = makeRegister();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, 'templates', rel, '..'), { recursive: true });
    writeFileSync(join(root, 'templates', rel), text);
  }
  return root;
}

describe('gdpr templates list', () => {
  it('lists every built-in template once, sorted, as built-in when nothing overrides it', async () => {
    const root = makeRegister();
    const io = memoryIo(root);
    expect(await templatesList({ path: '.' }, io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    const builtIns = listTemplateFiles(TEMPLATE_DIR);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(builtIns);
    expect([...builtIns].sort()).toEqual(builtIns);
    for (const name of [
      'notice.md.hbs',
      'notice.html.hbs',
      'register.md.hbs',
      'register.html.hbs',
      'partials/notice-mechanism.hbs',
      'partials/style.hbs',
    ]) {
      expect(builtIns).toContain(name);
    }
    for (const l of lines) expect(l).toMatch(/^\S+ +built-in$/);
  });

  it('shows register overrides with their path, and overrides matching no built-in as unused', async () => {
    const root = withOverrides({
      'fr/notice.md.hbs': '# {{t title}}\n',
      'fr/partials/notcie-mechanism.hbs': 'x',
    });
    const io = memoryIo(root);
    expect(await templatesList({ path: '.' }, io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    const width = Math.max(
      ...listTemplateFiles(TEMPLATE_DIR).map((n) => n.length),
      'fr/partials/notcie-mechanism.hbs'.length,
    );
    expect(lines).toContain(
      `${'fr/notice.md.hbs'.padEnd(width)}  register  templates/fr/notice.md.hbs`,
    );
    expect(lines).toContain(`${'notice.html.hbs'.padEnd(width)}  built-in`);
    expect(lines).toContain(`${'notice.md.hbs'.padEnd(width)}  built-in`);
    expect(lines[lines.length - 1]).toBe(
      `${'fr/partials/notcie-mechanism.hbs'.padEnd(width)}  unused override  templates/fr/partials/notcie-mechanism.hbs`,
    );
  });

  it('an override is what `gdpr notice` renders', async () => {
    const root = withOverrides({
      'en/notice.md.hbs': 'Custom: {{t title}} ({{controller.name}})\n',
    });
    const io = memoryIo(root);
    expect(await notice({ noticeId: 'customers', path: '.', format: 'md' }, io)).toBe(0);
    expect(io.out()).toBe('Custom: Privacy notice for customers (Exemple SAS)\n');
  });
});
