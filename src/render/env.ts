/**
 * The one Handlebars environment of the documents (notices, the Art. 30 record, breach drafts).
 * Isolated (`Handlebars.create()`), strict (a missing field throws instead of rendering empty),
 * HTML-escaped for `.html.hbs`, Markdown-escaped by the helpers for `.md.hbs` (Handlebars'
 * own escaping would turn `R&D` into `R&amp;D` in Markdown).
 *
 * Templates: `templates/<document>.<format>.hbs`, one for every language, taking its words from
 * `locales/<lang>/` through `{{word "domain.key"}}`; a language may still keep its own
 * `templates/<lang>/<document>.<format>.hbs`, which wins. Partials in `templates/<lang>/partials/`
 * and `templates/partials/` (language-neutral, e.g. the CSS). A register overrides any of them
 * with a file of the same relative path under its own `templates/` folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { ConfigError } from '../errors.js';
import { PRECOMPILED_TEMPLATE_DIR, TEMPLATE_DIR } from '../paths.js';
import { dateLocale } from '../locale/dates.js';
import { message, PROBLEMS_DOMAIN, renderWording, type MessageValues } from '../locale/index.js';
import { format as formatDate, parseISO } from '../vendor/date-fns.js';
import { FileRefusedError, readRegisterFile } from '../fsx/read.js';
import { wordFor, type DocumentLanguage } from './i18n.js';
import {
  countryName,
  durationInWords,
  escapeMarkdown,
  joinList,
  localise,
  type TextValue,
} from './words.js';

export { countryName, durationInWords, escapeMarkdown, joinList, localise };

export type DocumentFormat = 'md' | 'html' | 'txt';

export interface RendererOptions {
  lang: DocumentLanguage;
  /** The register's default language (plain strings are in it); texts fall back to it. */
  defaultLanguage: string;
  /** The register root: its `templates/` folder overrides the built-in templates. */
  registerRoot?: string;
}

export interface TemplateSource {
  /** `fr/notice.html.hbs` */
  name: string;
  /** Absolute path of the file used. */
  path: string;
  origin: 'built-in' | 'register';
}

export interface Renderer {
  readonly lang: DocumentLanguage;
  render(document: string, format: DocumentFormat, context: object): string;
  /** Which file a document would be rendered from (for `gdpr templates list`). */
  resolve(relativeName: string): TemplateSource | undefined;
}

/** A template override larger than this is refused (the built-in ones are a few kB). */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

export function createRenderer(options: RendererOptions): Renderer {
  const { lang, defaultLanguage, registerRoot } = options;
  const overrideDir = registerRoot ? join(registerRoot, 'templates') : undefined;
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const envs = new Map<DocumentFormat, typeof Handlebars>();

  const resolve = (relativeName: string): TemplateSource | undefined => {
    if (overrideDir) {
      const p = join(overrideDir, relativeName);
      if (existsSync(p)) return { name: relativeName, path: p, origin: 'register' };
    }
    const p = join(TEMPLATE_DIR, relativeName);
    return existsSync(p) ? { name: relativeName, path: p, origin: 'built-in' } : undefined;
  };

  /** A register's own template is read as any register file is: regular files only, capped. */
  const readSource = (src: TemplateSource): string => {
    if (src.origin === 'built-in' || !registerRoot) return readFileSync(src.path, 'utf8');
    try {
      return new TextDecoder().decode(readRegisterFile(registerRoot, src.path, MAX_TEMPLATE_BYTES));
    } catch (e) {
      // A refused override (a link out of the register, a FIFO…) in the language of the document.
      const why =
        e instanceof FileRefusedError
          ? renderWording(lang, PROBLEMS_DOMAIN, e.wording)
          : (e as Error).message;
      throw new ConfigError(why, { file: relative(registerRoot, src.path).split('\\').join('/') });
    }
  };

  const envFor = (format: DocumentFormat): typeof Handlebars => {
    let env = envs.get(format);
    if (env) return env;
    env = Handlebars.create();
    registerHelpers(env, { lang, defaultLanguage, format });
    for (const dir of ['partials', `${lang}/partials`]) {
      const names = new Set<string>();
      for (const base of [TEMPLATE_DIR, overrideDir]) {
        if (!base || !existsSync(join(base, dir))) continue;
        for (const f of readdirSync(join(base, dir))) if (f.endsWith('.hbs')) names.add(f);
      }
      for (const f of [...names].sort()) {
        const src = resolve(`${dir}/${f}`);
        if (!src) continue;
        env.registerPartial(
          f.replace(/\.hbs$/, ''),
          src.origin === 'built-in' ? lazyPartial(env, src, format) : readSource(src),
        );
      }
    }
    envs.set(format, env);
    return env;
  };

  /** Register overrides a document uses: the template itself and the partials of its language. */
  const usedOverrides = (name: string): string[] => {
    if (!overrideDir) return [];
    const out: string[] = [];
    if (resolve(name)?.origin === 'register') out.push(`templates/${name}`);
    for (const dir of ['partials', `${lang}/partials`]) {
      if (!existsSync(join(overrideDir, dir))) continue;
      for (const f of readdirSync(join(overrideDir, dir)).sort())
        if (f.endsWith('.hbs')) out.push(`templates/${dir}/${f}`);
    }
    return out;
  };

  /**
   * The template a document renders from: a language's own `<lang>/<doc>.<fmt>.hbs` where one
   * exists (in the register, then built in), else the one template for every language,
   * `<doc>.<fmt>.hbs`, which asks the locale for its words (`{{word "domain.key"}}`).
   */
  const templateName = (document: string, format: DocumentFormat): string => {
    const own = `${lang}/${document}.${format}.hbs`;
    const shared = `${document}.${format}.hbs`;
    if (overrideDir && existsSync(join(overrideDir, own))) return own;
    if (overrideDir && existsSync(join(overrideDir, shared))) return shared;
    return existsSync(join(TEMPLATE_DIR, own)) ? own : shared;
  };

  return {
    lang,
    resolve,
    render(document, format, context) {
      const name = templateName(document, format);
      let template = compiled.get(name);
      if (!template) {
        const src = resolve(name);
        if (!src)
          throw new Error(
            `no template ${lang}/${document}.${format}.hbs nor ${document}.${format}.hbs (looked ` +
              `in ${overrideDir ? `${overrideDir} and ` : ''}${TEMPLATE_DIR})`,
          );
        template = compileTemplate(envFor(format), src, readSource(src), format);
        compiled.set(name, template);
      }
      const env = envFor(format);
      const warnings: string[] = [];
      try {
        return captureWarnings(env, warnings, () => template(context));
      } catch (e) {
        // Handlebars compiles lazily: a syntax error or a field the register lacks surfaces here.
        // In a register's own override it is the user's to fix, not an internal error.
        const overrides = usedOverrides(name);
        if (overrides.length === 0) throw e;
        if (e instanceof BlockedPropertyError)
          throw blockedPropertyError(e.property, overrides, registerRoot ?? '', name);
        throw new ConfigError(
          `a template override failed: ${handlebarsMessage((e as Error).message)}. Check ` +
            `${overrides.join(', ')} (fields it may use: see the built-in template of the same ` +
            `name in ${TEMPLATE_DIR}), or delete the override to use the built-in template.`,
        );
      }
    },
  };
}

/** How every template is compiled: strict, and escaping HTML in HTML documents only. */
function compileOptions(format: DocumentFormat): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: format !== 'html' };
}

const requireModule = createRequire(import.meta.url);

/**
 * A template compiled: a built-in one as the build compiled it (scripts/build-templates.mjs), with
 * the options `compileOptions` gives, while `source` is the one it was compiled from (compiling a
 * notice's templates cost a third of `gdpr notice`); any other now. Its `compilerOptions` are
 * those a partial given as text (a register's own) is compiled with when it calls one.
 */
function compileTemplate(
  env: typeof Handlebars,
  src: TemplateSource,
  source: string,
  format: DocumentFormat,
): Handlebars.TemplateDelegate {
  const file = join(
    PRECOMPILED_TEMPLATE_DIR,
    `${src.name}.${format === 'html' ? 'html' : 'text'}.cjs`,
  );
  if (src.origin === 'built-in' && existsSync(file)) {
    const built = requireModule(file) as { source: string; spec: TemplateSpecification };
    if (source === built.source)
      return env.template({ ...built.spec, compilerOptions: compileOptions(format) });
  }
  return env.compile(source, compileOptions(format));
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * A built-in partial, loaded when a template first calls it: a document uses a few of the
 * partials (a notice none of the record's), and Handlebars compiled a partial given as text on
 * its first call too.
 */
function lazyPartial(
  env: typeof Handlebars,
  src: TemplateSource,
  format: DocumentFormat,
): Handlebars.TemplateDelegate {
  let partial: Handlebars.TemplateDelegate | undefined;
  return (context, options) => {
    partial ??= compileTemplate(env, src, readFileSync(src.path, 'utf8'), format);
    return partial(context, options);
  };
}

/** Handlebars refused a property inherited from a JavaScript object (prototype access). */
class BlockedPropertyError extends Error {
  constructor(readonly property: string) {
    super(`Handlebars blocked access to the inherited property "${property}"`);
  }
}

/**
 * Runs `fn` with Handlebars' logger captured: its warnings (a blocked prototype property) go
 * to `warnings` instead of the terminal, and the first one ends the render as an error.
 */
function captureWarnings<T>(env: typeof Handlebars, warnings: string[], fn: () => T): T {
  const logger = env.logger as { log: (level: unknown, ...message: unknown[]) => void };
  const original = logger.log;
  // Handlebars warns once per property and process: forget, so every render is judged alike.
  (env as unknown as { resetLoggedPropertyAccesses?: () => void }).resetLoggedPropertyAccesses?.();
  logger.log = (_level, ...message) => {
    warnings.push(message.map(String).join(' '));
  };
  let result: T;
  try {
    result = fn();
  } finally {
    logger.log = original;
  }
  const blocked = warnings
    .map((w) => /resolve the property "([^"]+)"/.exec(w)?.[1])
    .find((p) => p !== undefined);
  if (blocked !== undefined) throw new BlockedPropertyError(blocked);
  if (warnings.length > 0) throw new Error(warnings.join('; '));
  return result;
}

/** The configuration error for a blocked property, at its first use in the overrides. */
function blockedPropertyError(
  property: string,
  overrides: readonly string[],
  root: string,
  name: string,
): ConfigError {
  let position: { file: string; line?: number; column?: number } = {
    file: overrides[0] ?? `templates/${name}`,
  };
  const re = new RegExp(`\\b${property.replace(/[^A-Za-z0-9_$]/g, '\\$&')}\\b`);
  for (const rel of overrides) {
    let text: string;
    try {
      text = readFileSync(join(root, rel), 'utf8');
    } catch {
      continue;
    }
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index).split('\n');
    position = {
      file: rel,
      line: before.length,
      column: (before[before.length - 1]?.length ?? 0) + 1,
    };
    break;
  }
  return new ConfigError(
    `a template override uses \`${property}\`, which Handlebars blocks: it is not a field of the ` +
      `register but a property every JavaScript object inherits. Use a field of the record ` +
      `instead (see the built-in template of the same name in ${TEMPLATE_DIR})`,
    position,
  );
}

/** `"deep" not defined in undefined - 1:16` → `the field "deep" is not defined (template line 1, column 16)`. */
function handlebarsMessage(message: string): string {
  const m = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  return m
    ? `the field "${m[1]}" is not defined (template line ${m[2]}, column ${m[3]})`
    : message.replace(/\s+/g, ' ').trim();
}

interface HelperContext {
  lang: DocumentLanguage;
  defaultLanguage: string;
  format: DocumentFormat;
}

function registerHelpers(env: typeof Handlebars, ctx: HelperContext): void {
  const { lang, defaultLanguage, format } = ctx;
  // In Markdown and text, helpers escape their output themselves (templates compile with noEscape).
  const out = (s: string): string | Handlebars.SafeString =>
    format === 'md' ? escapeMarkdown(s) : s;

  env.registerHelper('t', (value: TextValue) => out(localise(value, lang, defaultLanguage)));
  env.registerHelper('md', (value: unknown) =>
    out(
      typeof value === 'string' ? value : value === null || value === undefined ? '' : text(value),
    ),
  );
  env.registerHelper('date', (value: string | undefined) =>
    value
      ? // A date has no Markdown markup; escaping would turn German "14. September" into "14\.".
        formatDate(parseISO(value), message(lang, 'words', 'date.day_month_year'), {
          locale: dateLocale(lang),
        })
      : '',
  );
  env.registerHelper('duration', (value: string | undefined) =>
    value ? out(durationInWords(value, lang)) : '',
  );
  env.registerHelper('legalBasis', (value: string) =>
    out(wordFor(lang, 'words', 'legal_basis', value)),
  );
  env.registerHelper('legalBasisShort', (value: string) =>
    out(wordFor(lang, 'words', 'legal_basis_short', value)),
  );
  env.registerHelper('right', (value: string) => out(wordFor(lang, 'words', 'right', value)));
  env.registerHelper('country', (value: string) => out(countryName(value, lang)));
  env.registerHelper('join', (items: unknown, options: Handlebars.HelperOptions) => {
    const list = Array.isArray(items)
      ? items.map((i) => localise(i as TextValue, lang, defaultLanguage))
      : [];
    const conj = (options.hash as { or?: boolean } | undefined)?.or ? 'or' : 'and';
    return out(joinList(list, lang, conj));
  });
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('not', (a: unknown) => !a);
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  env.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  env.registerHelper('lang', () => lang);
  // {{word "notice.title" name=value}}: a word of the locale (locales/<lang>/notice.json).
  // In HTML the locale's own text is trusted: only `&<>"` are escaped, so that an apostrophe
  // stays an apostrophe in the page source; the values passed in are escaped in full.
  env.registerHelper('word', (key: string, options: Handlebars.HelperOptions) => {
    const dot = key.indexOf('.');
    const hash = options.hash as MessageValues;
    if (format !== 'html') return out(message(lang, key.slice(0, dot), key.slice(dot + 1), hash));
    const values = Object.fromEntries(
      Object.entries(hash).map(([k, v]) => [
        k,
        typeof v === 'string' ? env.escapeExpression(v) : v,
      ]),
    );
    return new env.SafeString(
      escapeHtmlText(message(lang, key.slice(0, dot), key.slice(dot + 1), values)),
    );
  });
}

/** Escapes what would break HTML text or a double-quoted attribute, and nothing else. */
function escapeHtmlText(value: string): string {
  return value.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** A scalar as text; a mapping or list (a template mistake) as JSON rather than `[object Object]`. */
function text(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return '';
  return JSON.stringify(value);
}
