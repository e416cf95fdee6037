import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, Format, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../paths.js';
import { REGISTER_FORMATS } from './formats.js';
import type { FileKind } from './kinds.js';
import { pointerToPath, type DocPath } from './source.js';
import { closest } from './suggest.js';
import { englishProblem, wording, type Wording } from './wording.js';
import type { Target } from './locate.js';

/** A schema problem, located by a path into the document. */
export interface SchemaProblem {
  path: DocPath;
  target: Target;
  /** In English: what every command but `check` prints. */
  message: string;
  /** The same, to be worded in the language of the output (locales/<lang>/problems.json). */
  wording: Wording;
  /** The JSON Schema keyword that failed (`required`, `format`, `enum`…). */
  keyword?: string;
  /** For `required`: the missing key. */
  missing?: string;
  /** For `format` and `pattern`: the format name or the pattern that failed. */
  expected?: string;
}

/**
 * The validators, compiled from the schemas at build time (scripts/build-validators.mjs): loading
 * them is reading code, not compiling schemas. Both src/register/ and dist/register/ sit two
 * levels below the package root, so tests and the built CLI load the same file.
 */
export const VALIDATORS_FILE = join(PACKAGE_ROOT, 'dist', 'validators.cjs');

type ValidatorModule = (
  formats: Readonly<Record<string, Format>>,
) => Partial<Record<FileKind, ValidateFunction>>;
let validators: Partial<Record<FileKind, ValidateFunction>> | undefined;

export function validatorFor(kind: FileKind): ValidateFunction {
  if (!validators) {
    const build = createRequire(import.meta.url)(VALIDATORS_FILE) as ValidatorModule;
    validators = build(REGISTER_FORMATS);
  }
  const fn = validators[kind];
  if (!fn) throw new Error(`no validator for ${kind} in ${VALIDATORS_FILE}; run \`npm run build\``);
  return fn;
}

/** Validates one document; returns the problems in the user's words (never ajv's). */
export function validateDocument(kind: FileKind, data: unknown): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  return mapAjvErrors(collapseAlternatives(validate.errors ?? []), data, kind);
}

/**
 * `oneOf`/`anyOf` (texts, counts, authorities…) make ajv report every branch. Keep the errors of
 * the branch whose type matches the value; when no branch's type matches, keep one error that
 * names the accepted shapes.
 */
export function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const drop = new Set<ErrorObject>();
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const inBranch = errors.filter((e) => e !== alt && e.schemaPath.startsWith(prefix));
    const branchCount = Array.isArray(alt.schema) ? alt.schema.length : 0;
    const typeFailures = inBranch.filter(
      (e) => e.keyword === 'type' && /^\d+\/type$/.test(e.schemaPath.slice(prefix.length)),
    );
    if (typeFailures.length < branchCount && inBranch.length > typeFailures.length) {
      drop.add(alt);
      for (const e of typeFailures) drop.add(e);
    } else {
      for (const e of inBranch) drop.add(e);
    }
  }
  return errors.filter((e) => !drop.has(e) && e.keyword !== 'if');
}

/** A value as the message shows it: as written between backticks, or the shape of a collection. */
function show(value: unknown): string | Wording {
  if (value === null) return 'null';
  if (typeof value === 'string') return `\`${value}\``;
  if (typeof value === 'object')
    return wording(Array.isArray(value) ? 'value.list' : 'value.mapping');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `\`${String(value)}\``;
  return `\`${typeof value}\``;
}

/** What a value is ("a list", "an integer"), said of the value found. */
function typeOf(value: unknown): Wording {
  if (value === null || value === undefined) return wording('actual.empty');
  if (Array.isArray(value)) return wording('actual.list');
  if (typeof value === 'object') return wording('actual.mapping');
  if (typeof value === 'string') return wording('actual.string');
  if (typeof value === 'number')
    return wording(Number.isInteger(value) ? 'actual.integer' : 'actual.number');
  return wording('actual.other', { type: typeof value });
}

/** JSON Schema types with a phrase in the catalogue (`type.<name>`). */
const TYPES = new Set(['string', 'object', 'array', 'integer', 'number', 'boolean', 'null']);

/** The shared definitions of common.schema.json with a phrase (`definition.<name>`), found in ajv's schemaPath. */
const DEFINITIONS = new Set([
  'id',
  'date',
  'instant',
  'duration',
  'country',
  'language',
  'text',
  'textList',
  'count',
  'tristate',
  'url',
  'contact',
]);

/** The formats with a phrase (`format.<name>`). */
const FORMATS = new Set([
  'date',
  'date-time',
  'iso-duration',
  'country-code',
  'language-code',
  'email',
  'uri',
]);

/**
 * The JSON Schema keywords worded by `keyword.<name>` (and its variants) of the problems
 * catalogue; any other is worded by `keyword.other` with ajv's own message.
 */
export const WORDED_KEYWORDS = [
  'required',
  'additionalProperties',
  'enum',
  'const',
  'type',
  'oneOf',
  'anyOf',
  'format',
  'pattern',
  'propertyNames',
  'minItems',
  'uniqueItems',
  'minProperties',
  'minLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
] as const;

function definitionOf(schemaPath: string): string | undefined {
  const m = /definitions\/([A-Za-z]+)\//.exec(schemaPath);
  return m?.[1];
}

function definitionPhrase(def: string | undefined): Wording | undefined {
  return def !== undefined && DEFINITIONS.has(def) ? wording(`definition.${def}`) : undefined;
}

function enumValues(schema: unknown): string[] | undefined {
  if (schema && typeof schema === 'object' && Array.isArray((schema as { enum?: unknown }).enum)) {
    return (schema as { enum: unknown[] }).enum.map(String);
  }
  return undefined;
}

/** " Did you mean `x`?" for a near miss, else nothing. */
function suggestion(word: string, candidates: Iterable<string>): Wording | string {
  const near = closest(word, candidates);
  return near === undefined ? '' : wording('did_you_mean', { near });
}

/** "a string or empty": the types of a `type` keyword, joined. */
function typesPhrase(types: string): Wording | string {
  const phrases = types
    .split(',')
    .map((t): Wording | string => (TYPES.has(t) ? wording(`type.${t}`) : t));
  return phrases.reduce((first, second) => wording('type.or', { first, second }));
}

function mapAjvErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  kind: FileKind,
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath, data);
    const where = path.length === 0 ? wording(`kind.${kind}`) : `\`${formatPathShort(path)}\``;
    const mapped = mapOne(e, path, where, data, kind);
    if (!mapped) continue;
    const p: SchemaProblem = { ...mapped, message: englishProblem(mapped.wording) };
    const key = `${p.path.join('\u0000')}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    p.keyword = e.keyword;
    if (e.keyword === 'format' || e.keyword === 'pattern') {
      const params = e.params as { format?: unknown; pattern?: unknown };
      p.expected = String(params.format ?? params.pattern);
    }
    if (e.keyword === 'required')
      p.missing = String((e.params as { missingProperty?: unknown }).missingProperty);
    out.push(p);
  }
  return out;
}

function formatPathShort(path: DocPath): string {
  let out = '';
  for (const seg of path)
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

type Mapped = Pick<SchemaProblem, 'path' | 'target' | 'wording'>;

function mapOne(
  e: ErrorObject,
  path: (string | number)[],
  where: Wording | string,
  data: unknown,
  kind: FileKind,
): Mapped | undefined {
  const params = e.params as Record<string, unknown>;
  const at = (values: Wording['values'], key = `keyword.${e.keyword}`): Mapped => ({
    path,
    target: 'value',
    wording: wording(key, { where, ...values }),
  });
  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)
        ?.properties;
      const values = enumValues(props?.[missing]);
      const hint = values ? wording('one_of', { values: values.join(', ') }) : '';
      const empty = path.length === 0 && (data === null || data === undefined);
      return empty
        ? {
            path,
            target: 'value',
            wording: wording('keyword.required_empty_file', {
              kind: wording(`kind_empty.${kind}`),
              key: missing,
              hint,
            }),
          }
        : at({ key: missing, hint });
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const def = definitionOf(e.schemaPath);
      if (def === 'text' || def === 'textList') {
        return {
          path: [...path, key],
          target: 'key',
          wording: wording('keyword.additionalProperties_language', { where, key }),
        };
      }
      const props = Object.keys(
        (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      );
      const dym = suggestion(key, props);
      const hint =
        dym !== '' ? dym : props.length ? wording('allowed_keys', { keys: props.join(', ') }) : '';
      return {
        path: [...path, key],
        target: 'key',
        wording: wording('keyword.additionalProperties', { where, key, hint }),
      };
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(String);
      const dym = typeof e.data === 'string' ? suggestion(e.data, values) : '';
      return at({ values: values.join(', '), found: show(e.data), hint: dym });
    }
    case 'const':
      return at({ expected: show(params.allowedValue), found: show(e.data) });
    case 'type': {
      const expected =
        definitionPhrase(definitionOf(e.schemaPath)) ?? typesPhrase(String(params.type));
      return at({ expected, actual: typeOf(e.data) });
    }
    case 'oneOf':
    case 'anyOf': {
      const expected =
        definitionPhrase(definitionOf(`${e.schemaPath}/`)) ?? wording('accepted_forms');
      return at({ expected, actual: typeOf(e.data) }, 'keyword.oneOf');
    }
    case 'format': {
      const format = String(params.format);
      const expected = FORMATS.has(format)
        ? wording(`format.${format}`)
        : wording('format.other', { format });
      return at({ expected, found: show(e.data) });
    }
    case 'pattern': {
      const expected =
        definitionPhrase(definitionOf(e.schemaPath)) ??
        wording('matching', { pattern: String(params.pattern) });
      return at({ expected, found: show(e.data) });
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const def = definitionOf(e.schemaPath);
      const reason = wording(
        def === 'text' || def === 'textList' ? 'property_name.language' : 'property_name.id',
      );
      return {
        path: [...path, name],
        target: 'key',
        wording: wording('keyword.propertyNames', { where, key: name, reason }),
      };
    }
    case 'minItems':
      return at({ n: Number(params.limit) });
    case 'uniqueItems': {
      const arr = Array.isArray(e.data) ? (e.data as unknown[]) : [];
      const j = Number(params.j);
      return {
        path: [...path, j],
        target: 'value',
        wording: wording('keyword.uniqueItems', { where, value: show(arr[j]) }),
      };
    }
    case 'minProperties':
    case 'minLength':
      return at({});
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return at({ limit: String(params.limit), found: show(e.data) });
    case 'multipleOf':
      return at({ n: String(params.multipleOf) });
    case 'propertyName':
      return undefined;
    default:
      return at({ ajv: e.message ?? 'is invalid' }, 'keyword.other');
  }
}
