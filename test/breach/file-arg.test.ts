import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdpr, REPO_ROOT } from '../helpers/cli.js';

const ID = '2026-06-02-misdirected-payslips';
const FILE = `examples/atelier-durand/incidents/${ID}.yaml`;

describe('breach update and breach draft take an incident file, as breach assess does', () => {
  it('draft: the same draft from the file path (no register path given) as from the id', () => {
    const byId = gdpr(['breach', 'draft', ID, 'examples/atelier-durand', '--to', 'authority']);
    const byFile = gdpr(['breach', 'draft', FILE, '--to', 'authority']);
    expect(byId.code).toBe(0);
    expect(byFile).toEqual(byId);
  });

  it('update: finds the incident from its file and reads --answers - from standard input', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gdpr-breach-file-'));
    cpSync(join(REPO_ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    const r = gdpr(
      ['breach', 'update', FILE, '--answers', '-', '--now', '2026-06-10T12:00:00+02:00'],
      {
        cwd,
        input: '{}\n',
      },
    );
    // Nothing answered: the one question of the update is listed (in the register's French), nothing written.
    expect(r.stderr).toBe(
      'gdpr: missing answers (no terminal to ask them); nothing was written:\n' +
        '  record  Que voulez-vous enregistrer\u202f?\n' +
        'Answer them with --answers FILE (a YAML map of these names), or run the command in a terminal.\n',
    );
    expect(r.code).toBe(2);
    const unknown = gdpr(['breach', 'update', 'incidents/nope.yaml', 'examples/atelier-durand'], {
      cwd,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no incident "incidents/nope.yaml"');
  });
});
