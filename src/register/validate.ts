import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, Format, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../paths.js';
import { REGISTER_FORMATS } from './formats.js';
import type { FileKind } from './kinds.js';
import { pointerToPath, type DocPath } from './source.js';
import { didYouMean } from './suggest.js';
import type { Target } from './locate.js';

/** A schema problem, located by a path into the document. */
export interface SchemaProblem {
  path: DocPath;
  target: Target;
  message: string;
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

const KIND_NOUN: Record<FileKind, string> = {
  config: 'gdpr.yaml',
  activity: 'an activity',
  party: 'a party',
  notice: 'a notice',
  incident: 'an incident',
  request: 'a request',
  dpia: 'a DPIA record',
  review: 'a review record',
  'data-categories': 'the data-categories catalogue',
  'data-subjects': 'the data-subjects catalogue',
  retention: 'the retention catalogue',
  'security-measures': 'the security-measures catalogue',
};

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

function show(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `\`${value}\``;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `\`${String(value)}\``;
  return `\`${typeof value}\``;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

const TYPE_PHRASE: Record<string, string> = {
  string: 'a string',
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

/** Friendly phrases for the shared definitions of common.schema.json, found in ajv's schemaPath. */
const DEFINITION_PHRASES = {
  id: 'an id: lower-case letters, digits and hyphens, starting with a letter or digit (e.g. `crm-2024`)',
  date: 'a date written YYYY-MM-DD (e.g. 2026-03-14)',
  instant: 'an instant with its time-zone offset, RFC 3339 (e.g. 2026-03-14T09:30:00+01:00)',
  duration: 'an ISO 8601 duration (e.g. P3M, P2Y, P13M, PT72H)',
  country: 'an ISO 3166-1 alpha-2 country code in upper case (e.g. FR, DE, US)',
  language: 'an ISO 639-1 language code in lower case (e.g. fr, en)',
  text: 'a text: a string, or a mapping from language code to string (e.g. { en: Recruitment, fr: Recrutement })',
  textList: 'a list of strings, or a mapping from language code to a list of strings',
  count: 'a whole number, a range { min, max }, or `unknown`',
  tristate: 'true, false or `unknown`',
  url: 'a URL starting with https://, http:// or mailto: (e.g. https://example.example/privacy)',
  contact:
    'an e-mail address, an http(s): or mailto: URL, or a postal address (not a javascript:, ' +
    'data:, vbscript: or file: link)',
};
const DEFINITION_PHRASE: Readonly<Record<string, string>> = DEFINITION_PHRASES;

const FORMAT_PHRASE: Record<string, string> = {
  date: DEFINITION_PHRASES.date,
  'date-time': DEFINITION_PHRASES.instant,
  'iso-duration': DEFINITION_PHRASES.duration,
  'country-code': DEFINITION_PHRASES.country,
  'language-code': DEFINITION_PHRASES.language,
  email: 'an e-mail address',
  uri: 'a URL (e.g. https://example.example/privacy)',
};

function definitionOf(schemaPath: string): string | undefined {
  const m = /definitions\/([A-Za-z]+)\//.exec(schemaPath);
  return m?.[1];
}

function enumValues(schema: unknown): string[] | undefined {
  if (schema && typeof schema === 'object' && Array.isArray((schema as { enum?: unknown }).enum)) {
    return (schema as { enum: unknown[] }).enum.map(String);
  }
  return undefined;
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
    const where = path.length === 0 ? KIND_NOUN[kind] : `\`${formatPathShort(path)}\``;
    const p = mapOne(e, path, where, data);
    if (!p) continue;
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

function mapOne(
  e: ErrorObject,
  path: (string | number)[],
  where: string,
  data: unknown,
): SchemaProblem | undefined {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)
        ?.properties;
      const values = enumValues(props?.[missing]);
      const hint = values ? ` (one of: ${values.join(', ')})` : '';
      const empty = path.length === 0 && (data === null || data === undefined);
      return {
        path,
        target: 'value',
        message: empty
          ? `the file is empty: ${where.replace(/^an? |^the /, 'a ')} needs \`${missing}\`${hint}`
          : `${where} is missing the required key \`${missing}\`${hint}`,
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const def = definitionOf(e.schemaPath);
      if (def === 'text' || def === 'textList') {
        return {
          path: [...path, key],
          target: 'key',
          message:
            `${where} has the key \`${key}\`, which is not a language code: use ISO 639-1 ` +
            `codes (two lower-case letters, e.g. en, fr)`,
        };
      }
      const props = Object.keys(
        (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      );
      const dym = didYouMean(key, props);
      const allowed = dym ? '' : props.length ? ` Allowed keys: ${props.join(', ')}.` : '';
      return {
        path: [...path, key],
        target: 'key',
        message: `unknown key \`${key}\` in ${where}.${dym}${allowed}`,
      };
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map(String);
      const dym = typeof e.data === 'string' ? didYouMean(e.data, values) : '';
      return {
        path,
        target: 'value',
        message: `${where} must be one of: ${values.join(', ')} (found ${show(e.data)}).${dym}`,
      };
    }
    case 'const':
      return {
        path,
        target: 'value',
        message: `${where} must be ${show(params.allowedValue)} (found ${show(e.data)})`,
      };
    case 'type': {
      const def = definitionOf(e.schemaPath);
      const expected =
        def && DEFINITION_PHRASE[def]
          ? DEFINITION_PHRASE[def]
          : String(params.type)
              .split(',')
              .map((t) => TYPE_PHRASE[t] ?? t)
              .join(' or ');
      return {
        path,
        target: 'value',
        message: `${where} must be ${expected}, not ${typeOf(e.data)}`,
      };
    }
    case 'oneOf':
    case 'anyOf': {
      const def = definitionOf(`${e.schemaPath}/`);
      const expected =
        def && DEFINITION_PHRASE[def]
          ? DEFINITION_PHRASE[def]
          : 'one of the accepted forms (see the schema)';
      return {
        path,
        target: 'value',
        message: `${where} must be ${expected}, not ${typeOf(e.data)}`,
      };
    }
    case 'format': {
      const phrase =
        FORMAT_PHRASE[String(params.format)] ?? `in the format ${String(params.format)}`;
      return {
        path,
        target: 'value',
        message: `${where} must be ${phrase} (found ${show(e.data)})`,
      };
    }
    case 'pattern': {
      const def = definitionOf(e.schemaPath);
      const phrase =
        def && DEFINITION_PHRASE[def]
          ? DEFINITION_PHRASE[def]
          : `text matching ${String(params.pattern)}`;
      return {
        path,
        target: 'value',
        message: `${where} must be ${phrase} (found ${show(e.data)})`,
      };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const def = definitionOf(e.schemaPath);
      const reason =
        def === 'text' || def === 'textList'
          ? 'a language code (ISO 639-1, two lower-case letters, e.g. en, fr)'
          : 'an id (lower-case letters, digits and hyphens)';
      return {
        path: [...path, name],
        target: 'key',
        message: `key \`${name}\` in ${where} must be ${reason}`,
      };
    }
    case 'minItems': {
      const n = Number(params.limit);
      return {
        path,
        target: 'value',
        message: `${where} must list at least ${n} item${n === 1 ? '' : 's'}`,
      };
    }
    case 'uniqueItems': {
      const arr = Array.isArray(e.data) ? (e.data as unknown[]) : [];
      const j = Number(params.j);
      return {
        path: [...path, j],
        target: 'value',
        message: `${where} lists ${show(arr[j])} more than once`,
      };
    }
    case 'minProperties':
      return { path, target: 'value', message: `${where} must not be empty` };
    case 'minLength':
      return { path, target: 'value', message: `${where} must not be empty` };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        path,
        target: 'value',
        message: `${where} ${e.message ?? 'is out of range'} (found ${show(e.data)})`,
      };
    case 'propertyName':
      return undefined;
    default:
      return { path, target: 'value', message: `${where} ${e.message ?? 'is invalid'}` };
  }
}
