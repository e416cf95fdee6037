import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without declarations; its exports are typed below.
import { LAYERS, layerViolations } from '../../scripts/layers.mjs';

const check = layerViolations as (root?: string) => string[];

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'src', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', path), text);
  }
  return dir;
}

describe('layers', () => {
  it('no import runs upward or sideways between folders of src/', () => {
    expect(check()).toEqual([]);
  });

  it('every layer is named once', () => {
    const names = (LAYERS as string[][]).flat();
    expect(new Set(names).size).toBe(names.length);
  });

  it('reports an upward import, a sideways one, a type-only one and a folder in no layer', () => {
    const dir = tree({
      'law/a.ts': "import { x } from '../commands/x.js';\n",
      'breach/b.ts': "import type { Y } from '../calendar/y.js';\n",
      'calendar/y.ts': 'export type Y = 1;\n',
      'commands/x.ts': "export const x = await import('../cli.js');\n",
      'cli.ts': 'export {};\n',
      'stray/z.ts': 'export {};\n',
    });
    try {
      const problems = check(join(dir, 'src'));
      expect(problems).toEqual([
        'src/breach/b.ts: imports ../calendar/y.js (breach → calendar, same layer)',
        'src/commands/x.ts: imports ../cli.js (commands → cli, upward)',
        'src/law/a.ts: imports ../commands/x.js (law → commands, upward)',
        'src/stray/z.ts: src/stray is in no layer (add it to LAYERS in scripts/layers.mjs)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
