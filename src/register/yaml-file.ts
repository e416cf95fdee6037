/**
 * Serialises the scaffold's YAML files. Every register file starts with the modeline that lets
 * editors validate it against the package's schema (REGISTER-FORMAT.md, "Layout").
 */
import { posix, relative, sep } from 'node:path';
import type { Document } from 'yaml';

const TO_STRING = { lineWidth: 0 } as const;

/** `$schema` path from the folder of `fileAbs` to the schema, with forward slashes. */
export function schemaPathFrom(fileDirAbs: string, schemaAbs: string): string {
  const rel = relative(fileDirAbs, schemaAbs).split(sep).join(posix.sep);
  return rel.startsWith('.') || rel.startsWith('/') ? rel : `./${rel}`;
}

export function modeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}\n`;
}

export function yamlText(doc: Document, firstLine = ''): string {
  return firstLine + doc.toString(TO_STRING);
}
