import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/commands/notice.js';
import { loadRegister } from '../../src/register/load.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'atelier-durand');

describe('notices of the example register (snapshots: read them, they are what people get)', () => {
  for (const id of ['candidates', 'customers', 'website']) {
    for (const lang of ['fr', 'en']) {
      for (const format of ['md', 'html'] as const) {
        it(`${id} ${lang} ${format}`, async () => {
          const io = memoryIo(REPO_ROOT);
          const code = await notice({ noticeId: id, path: EXAMPLE, lang, format }, io);
          expect(io.err()).toBe('');
          expect(code).toBe(0);
          await expect(io.out()).toMatchFileSnapshot(
            `__snapshots__/notice-${id}.${lang}.${format}`,
          );
        });
      }
    }
  }

  it('every notice of the example renders in both languages and formats', async () => {
    const ids = [...loadRegister(EXAMPLE).records.notice.keys()];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      for (const lang of ['fr', 'en']) {
        for (const format of ['md', 'html'] as const) {
          const io = memoryIo(REPO_ROOT);
          expect(
            await notice({ noticeId: id, path: EXAMPLE, lang, format }, io),
            `${id} ${lang} ${format}: ${io.err()}`,
          ).toBe(0);
          expect(io.out().length).toBeGreaterThan(2000);
        }
      }
    }
  });

  it('defaults to the register’s first language and is deterministic', async () => {
    const a = memoryIo(REPO_ROOT);
    const b = memoryIo(REPO_ROOT);
    expect(await notice({ noticeId: 'candidates', path: EXAMPLE }, a)).toBe(0);
    expect(
      await notice({ noticeId: 'candidates', path: EXAMPLE, lang: 'fr', format: 'md' }, b),
    ).toBe(0);
    expect(a.out()).toBe(b.out());
    expect(a.out().startsWith('# Politique de confidentialité – candidats\n')).toBe(true);
  });
});
