import { defineRule } from '../check/rule.js';
import { CATALOG_KINDS, RECORD_DIRS } from '../register/kinds.js';
import { locate } from '../register/locate.js';
import type { SourceFile } from '../register/source.js';

export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
  },
  check({ register, report }) {
    const lists = [
      ...CATALOG_KINDS.map((k) => ({
        file: register.catalogFiles[k],
        prefix: [] as (string | number)[],
        items: register.catalogFiles[k]?.data,
      })),
      {
        file: register.configFile,
        prefix: ['departments'] as (string | number)[],
        items: (register.configFile?.data as { departments?: unknown } | undefined)?.departments,
      },
    ];
    for (const { file, prefix, items } of lists) {
      if (!file || !Array.isArray(items)) continue;
      const firstLine = new Map<string, number>();
      items.forEach((entry: unknown, index: number) => {
        const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        const path = [...prefix, index, 'id'];
        const seen = firstLine.get(id);
        if (seen === undefined) {
          firstLine.set(id, index);
          return;
        }
        const firstPath = [...prefix, seen, 'id'];
        report({ messageId: 'duplicate', data: { id, line: lineOf(file, firstPath) }, file, path });
      });
    }
    const byKindAndId = new Map<string, string>();
    for (const file of register.files) {
      const [, kind, id] = RECORD_FILE.exec(file.relPath) ?? [];
      if (kind === undefined || id === undefined) continue;
      const key = `${kind}/${id}`;
      const other = byKindAndId.get(key);
      if (other) report({ messageId: 'duplicateFile', data: { id, other }, file, path: [] });
      else byKindAndId.set(key, file.relPath);
    }
  },
});

const RECORD_FILE = new RegExp(`^(${Object.values(RECORD_DIRS).join('|')})/(.+)\\.ya?ml$`);

function lineOf(file: SourceFile, path: (string | number)[]): number {
  return locate(file, path).start.line;
}
