/**
 * The mapping file of `gdpr import --mapping FILE` (YAML or JSON): which column of a sheet
 * with one row per activity holds which field.
 *
 * ```yaml
 * sheet: Registre          # optional: the sheet to read (xlsx, ODS); default: the first that fits
 * header_row: 2            # optional, 1-based; default: the row naming most columns
 * lang: fr                 # optional: the language of the sheet (the register's language)
 * columns:                 # header text (or column letter) → field
 *   Nom de l'activité: name
 *   Base: legal_basis
 *   F: retention
 * ```
 * A broken file is a ConfigError at the line and column of the problem.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import { vocabulary } from './vocabulary.js';

export interface Mapping {
  sheet?: string;
  headerRow?: number;
  lang?: string;
  /** Header text (folded) or column letter (upper case) → field. */
  columns: Map<string, string>;
}

export function mappingFields(): string[] {
  return Object.keys(vocabulary('layouts').table_headers).filter((f) => f !== 'derived');
}

export function parseMapping(text: string, file: string): Mapping {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const p = counter.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const [error] = doc.errors;
  if (error)
    throw new ConfigError(
      `not valid YAML or JSON: ${error.message.split('\n')[0] ?? ''}`,
      at(error.pos[0]),
    );
  const root = doc.contents;
  const where = (node: Node | null | undefined) => at(node?.range?.[0]);
  if (!isMap(root))
    throw new ConfigError('a mapping file is a map with `columns:` (header → field)', where(root));
  const mapping: Mapping = { columns: new Map() };
  const fields = mappingFields();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'sheet':
      case 'lang':
        if (!isScalar(value) || typeof value.value !== 'string' || value.value === '')
          throw new ConfigError(`\`${key}\` is a text`, where(value ?? pair.key));
        if (key === 'sheet') mapping.sheet = value.value;
        else mapping.lang = value.value;
        break;
      case 'header_row':
        if (!isScalar(value) || !Number.isInteger(value.value) || (value.value as number) < 1)
          throw new ConfigError(
            '`header_row` is a row number, 1 or more',
            where(value ?? pair.key),
          );
        mapping.headerRow = value.value as number;
        break;
      case 'columns':
        if (!isMap(value))
          throw new ConfigError(
            '`columns` maps a header (or column letter) to a field',
            where(value ?? pair.key),
          );
        for (const c of value.items) {
          const header = isScalar(c.key) ? String(c.key.value) : '';
          const field = isScalar(c.value) ? String(c.value.value) : '';
          if (header === '')
            throw new ConfigError('a column header is empty', where(c.key as Node));
          if (!fields.includes(field))
            throw new ConfigError(
              `unknown field "${field}" for column "${header}"; one of: ${fields.join(', ')}`,
              where((c.value as Node | null) ?? (c.key as Node)),
            );
          mapping.columns.set(/^[A-Z]{1,3}$/.test(header) ? header : foldHeader(header), field);
        }
        break;
      default:
        throw new ConfigError(
          `unknown key "${key}"; a mapping file has sheet, header_row, lang and columns`,
          where(pair.key),
        );
    }
  }
  if (mapping.columns.size === 0)
    throw new ConfigError(
      '`columns` is missing or empty: say which column holds which field',
      at(0),
    );
  return mapping;
}

export function foldHeader(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
