/**
 * `gdpr templates list [path]`: every built-in template and, for each, whether the register's
 * `templates/` folder overrides it — so that a customised notice is never a surprise.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { TEMPLATE_DIR } from '../paths.js';
import { findRegisterRoot } from '../register/find-root.js';
import { createRenderer } from '../render/env.js';
import { isLocaleLanguage } from '../locale/index.js';
import type { TEMPLATES_LIST, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr templates list`, as declared in specs.ts. */
export type TemplatesListOptions = OptionsOf<typeof TEMPLATES_LIST>;

export interface TemplateListing {
  /** `fr/notice.html.hbs` */
  name: string;
  origin: 'built-in' | 'register' | 'unused override';
  /** The override file, relative to the working directory (register and unused overrides). */
  path?: string;
}

/** Relative `/`-separated paths of the `.hbs` files under `dir`, sorted by code point. */
export function listTemplateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs)) {
      const childAbs = join(abs, entry);
      const childRel = rel === '' ? entry : `${rel}/${entry}`;
      if (statSync(childAbs).isDirectory()) walk(childAbs, childRel);
      else if (entry.endsWith('.hbs')) out.push(childRel);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The listing for a register (or none): built-ins first, then overrides matching no built-in. */
export function templateListing(registerRoot: string | undefined, cwd: string): TemplateListing[] {
  const renderer = createRenderer({ lang: 'en', defaultLanguage: 'en', registerRoot });
  const display = (abs: string): string => relative(cwd, abs).split(sep).join('/');
  const builtIns = listTemplateFiles(TEMPLATE_DIR);
  const listing: TemplateListing[] = builtIns.map((name) => {
    const source = renderer.resolve(name);
    return source?.origin === 'register'
      ? { name, origin: 'register', path: display(source.path) }
      : { name, origin: 'built-in' };
  });
  if (registerRoot !== undefined) {
    const known = new Set(builtIns);
    const overrideDir = join(registerRoot, 'templates');
    const unused: TemplateListing[] = [];
    for (const name of listTemplateFiles(overrideDir)) {
      if (known.has(name)) continue;
      const path = display(join(overrideDir, name));
      // `fr/notice.md.hbs` overrides the shared `notice.md.hbs` for one language only.
      const slash = name.indexOf('/');
      const forLanguage =
        slash > 0 && isLocaleLanguage(name.slice(0, slash)) && known.has(name.slice(slash + 1));
      if (forLanguage) listing.push({ name, origin: 'register', path });
      else unused.push({ name, origin: 'unused override', path });
    }
    listing.push(...unused);
  }
  return listing;
}

export async function templatesList(options: TemplatesListOptions, io: Io): Promise<number> {
  // Only the register's location matters here: a register with invalid records can still list its templates.
  const root = findRegisterRoot(resolve(io.cwd, options.path));
  const listing = templateListing(root, io.cwd);
  const width = Math.max(0, ...listing.map((l) => l.name.length));
  for (const l of listing) {
    io.stdout.write(
      `${l.name.padEnd(width)}  ${l.origin}${l.path !== undefined ? `  ${l.path}` : ''}\n`,
    );
  }
  return EXIT.ok;
}
