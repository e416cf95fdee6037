import { resolve } from 'node:path';
import { findRegisterRoot } from './find-root.js';
import { loadRegister, type Register } from './load.js';
import { locate } from './locate.js';
import { InvalidRegisterError } from '../errors.js';
import { FALLBACK_LANGUAGE, commandLanguage, message } from '../locale/index.js';
import { PROBLEMS_DOMAIN, problemText } from './wording.js';

// Declared with the other typed errors, so the CLI recognises it without loading this layer.
export { InvalidRegisterError } from '../errors.js';

export interface OpenOptions {
  /**
   * Word the refusal like `check` words its findings: in this language (a command's `--lang`)
   * when the tool speaks it, else in the register's first language, else English. Without
   * this option (the programmatic API) the refusal is in English.
   */
  readonly lang: string | undefined;
}

/**
 * Finds the register from `path` (relative to `cwd`), loads it, and refuses it when a file does
 * not parse or does not match its schema: documents and wizards must not be built on a record
 * that is known to be wrong. Each problem is given as `file:line:col: message`.
 */
export function openRegister(cwd: string, path: string, options?: OpenOptions): Register {
  // No register yet, so no register language: --lang, else English.
  const root = findRegisterRoot(resolve(cwd, path), commandLanguage(options?.lang, undefined));
  const register = loadRegister(root);
  if (register.problems.length > 0) {
    const lang =
      options === undefined
        ? FALLBACK_LANGUAGE
        : commandLanguage(options.lang, register.config?.data.languages);
    const lines = register.problems.map((p) => {
      const span = p.range
        ? locateOffsets(p.file, p.range)
        : locate(p.file, p.path ?? [], p.target ?? 'value').start;
      const text = problemText(lang, p.wording);
      return `${p.file.relPath}:${Math.max(1, span.line)}:${Math.max(1, span.column)}: ${text}`;
    });
    const header = message(lang, PROBLEMS_DOMAIN, 'refused.register', { count: lines.length });
    throw new InvalidRegisterError(lines, header);
  }
  return register;
}

function locateOffsets(
  file: Register['files'][number],
  range: [number, number],
): { line: number; column: number } {
  const pos = file.lineCounter.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}
