import { defineRule } from '../check/rule.js';
import { registerLanguages, textLanguages } from '../model/activities.js';
import { CATALOG_KINDS, schemaFileName, type FileKind } from '../register/kinds.js';
import { registerSchemas } from '../register/schemas.js';
import type { DocPath, SourceFile } from '../register/source.js';
import { SCHEMA_DIR } from '../paths.js';
import type { Text } from '../types/register.js';

/**
 * Where Texts live is read from the schemas (a value whose schema is common `text` or `textList`),
 * so a field added to a schema is checked without touching this rule. A pattern segment `null`
 * stands for any list index or any map key.
 */
type PatternSegment = string | null;
interface TextPattern {
  segments: readonly PatternSegment[];
  shape: 'text' | 'textList';
}

const COMMON_SCHEMA = 'common.schema.json';
const TEXT_DEFINITIONS: Readonly<Record<string, TextPattern['shape']>> = {
  '/definitions/text': 'text',
  '/definitions/textList': 'textList',
};

type JsonSchema = Readonly<Record<string, unknown>>;

const patternsByKind = new Map<FileKind, readonly TextPattern[]>();

function loadSchemas(): ReadonlyMap<string, JsonSchema> {
  return registerSchemas();
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function resolvePointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isSchema(node) ? node[key] : undefined;
  }
  return isSchema(node) ? node : undefined;
}

/** Every place in documents of `kind` whose schema is a Text or a TextList. */
export function textPatterns(kind: FileKind): readonly TextPattern[] {
  const cached = patternsByKind.get(kind);
  if (cached) return cached;
  const all = loadSchemas();
  const found = new Map<string, TextPattern>();

  const walk = (
    schema: JsonSchema,
    file: string,
    segments: readonly PatternSegment[],
    refStack: readonly string[],
  ): void => {
    const ref = schema.$ref;
    if (typeof ref === 'string') {
      const [refFile = '', pointer = ''] = ref.split('#');
      const targetFile = refFile === '' ? file : refFile;
      const shape = targetFile === COMMON_SCHEMA ? TEXT_DEFINITIONS[pointer] : undefined;
      if (shape) {
        found.set(`${shape}:${JSON.stringify(segments)}`, { segments, shape });
        return;
      }
      const key = `${targetFile}#${pointer}`;
      const targetRoot = all.get(targetFile);
      const target = targetRoot && resolvePointer(targetRoot, pointer);
      if (target && !refStack.includes(key)) walk(target, targetFile, segments, [...refStack, key]);
    }
    if (isSchema(schema.properties)) {
      for (const [name, sub] of Object.entries(schema.properties))
        if (isSchema(sub)) walk(sub, file, [...segments, name], refStack);
    }
    if (isSchema(schema.patternProperties)) {
      for (const sub of Object.values(schema.patternProperties))
        if (isSchema(sub)) walk(sub, file, [...segments, null], refStack);
    }
    if (isSchema(schema.additionalProperties))
      walk(schema.additionalProperties, file, [...segments, null], refStack);
    if (isSchema(schema.items)) walk(schema.items, file, [...segments, null], refStack);
    for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches))
        for (const b of branches) if (isSchema(b)) walk(b, file, segments, refStack);
    }
    for (const keyword of ['if', 'then', 'else'] as const) {
      const sub = schema[keyword];
      if (isSchema(sub)) walk(sub, file, segments, refStack);
    }
  };

  const fileName = schemaFileName(kind);
  const root = all.get(fileName);
  if (!root) throw new Error(`schema ${fileName} is missing from ${SCHEMA_DIR}`);
  walk(root, fileName, [], []);
  const patterns = [...found.values()];
  patternsByKind.set(kind, patterns);
  return patterns;
}

interface FoundText {
  path: DocPath;
  value: unknown;
  shape: TextPattern['shape'];
}

/** The values of `data` that the patterns point at, with their paths (each path once). */
function findTexts(
  data: unknown,
  patterns: readonly TextPattern[],
  prefix: DocPath = [],
): FoundText[] {
  const out: FoundText[] = [];
  const expand = (
    node: unknown,
    segments: readonly PatternSegment[],
    path: DocPath,
    shape: TextPattern['shape'],
  ): void => {
    if (segments.length === 0) {
      out.push({ path, value: node, shape });
      return;
    }
    const [head, ...rest] = segments;
    if (Array.isArray(node)) {
      if (head === null)
        node.forEach((item, i) => {
          expand(item, rest, [...path, i], shape);
        });
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (head === null)
        for (const [k, v] of Object.entries(record)) expand(v, rest, [...path, k], shape);
      else if (head !== undefined && Object.hasOwn(record, head))
        expand(record[head], rest, [...path, head], shape);
    }
  };
  for (const p of patterns) expand(data, p.segments, prefix, p.shape);
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = JSON.stringify(f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Languages of a TextList: a list is in the default language, a map has one list per language. */
function textListLanguages(value: unknown, defaultLanguage: string): string[] | undefined {
  if (Array.isArray(value)) return [defaultLanguage];
  if (value !== null && typeof value === 'object') return Object.keys(value);
  return undefined;
}

function languagesOf(found: FoundText, defaultLanguage: string): string[] | undefined {
  if (found.shape === 'textList') return textListLanguages(found.value, defaultLanguage);
  if (
    typeof found.value === 'string' ||
    (found.value !== null && typeof found.value === 'object' && !Array.isArray(found.value))
  ) {
    return textLanguages(found.value as Text, defaultLanguage);
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'missing-translation',
    article: 'GDPR Art. 12(1)',
    severity: 'warning',
  },
  check({ register, report }) {
    const languages = registerLanguages(register);
    const defaultLanguage = languages[0] ?? 'en';
    const example = languages.map((l) => `${l}: …`).join(', ');

    const checkTexts = (texts: readonly FoundText[], file: SourceFile): void => {
      for (const found of texts) {
        const present = languagesOf(found, defaultLanguage);
        if (!present) continue;
        const missing = languages.filter((l) => !present.includes(l));
        if (missing.length === 0) continue;
        report({
          messageId: 'missing',
          data: { missing: missing.join(', '), languages: languages.join(', '), example },
          file,
          path: found.path,
        });
      }
    };

    for (const kind of ['activity', 'notice', 'party'] as const) {
      for (const record of register.records[kind].values())
        checkTexts(findTexts(record.data, textPatterns(kind)), record.file);
    }
    for (const kind of CATALOG_KINDS) {
      // Catalogue patterns start at the list item: check each valid entry under its own index.
      const itemPatterns = textPatterns(kind)
        .filter((p) => p.segments[0] === null)
        .map((p) => ({ ...p, segments: p.segments.slice(1) }));
      for (const entry of register.catalogs[kind].values())
        checkTexts(findTexts(entry.data, itemPatterns, [entry.index]), entry.file);
    }
    // gdpr.yaml: department names reach the record (Art. 30(1)(d)), an inline authority's name the notices (Art. 13(2)(d)).
    if (register.config)
      checkTexts(findTexts(register.config.data, textPatterns('config')), register.config.file);
  },
});
