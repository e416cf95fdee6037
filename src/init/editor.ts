/**
 * The editor settings `gdpr init` writes beside the register: `.vscode/settings.json` with
 * `yaml.schemas` (the VS Code YAML extension, i.e. yaml-language-server), mapping the folders
 * of the register to the register's own copy of the schemas (`.gdpr/schemas/`). Files then get
 * validation, hover help and the schemas' snippets even without their modeline.
 *
 * Written at the repository root (the workspace an editor opens), with paths relative to it.
 * An existing settings file is never replaced nor rewritten (it may hold comments and the
 * team's own settings): init then says which settings to add.
 */
import { relative, sep } from 'node:path';
import {
  CATALOG_FILES,
  CATALOG_KINDS,
  CONFIG_FILE,
  RECORD_DIRS,
  RECORD_KINDS,
  schemaFileName,
  type FileKind,
} from '../register/kinds.js';
import { LOCAL_SCHEMA_DIR } from '../register/local-schemas.js';

export const EDITOR_SETTINGS_FILE = '.vscode/settings.json';

/** `yaml.schemas`: schema path → globs of the files it validates, relative to `workspaceRoot`. */
export function yamlSchemas(workspaceRoot: string, registerDir: string): Record<string, string[]> {
  const rel = relative(workspaceRoot, registerDir).split(sep).join('/');
  const under = (path: string): string => (rel === '' ? path : `${rel}/${path}`);
  const globs: [FileKind, string[]][] = [
    ['config', [under(CONFIG_FILE)]],
    ...RECORD_KINDS.map((k): [FileKind, string[]] => [
      k,
      [under(`${RECORD_DIRS[k]}/*.yaml`), under(`${RECORD_DIRS[k]}/*.yml`)],
    ]),
    ...CATALOG_KINDS.map((k): [FileKind, string[]] => [k, [under(CATALOG_FILES[k])]]),
  ];
  return Object.fromEntries(
    globs.map(([kind, files]) => [under(`${LOCAL_SCHEMA_DIR}/${schemaFileName(kind)}`), files]),
  );
}

/** The content of a new `.vscode/settings.json`. */
export function editorSettingsText(workspaceRoot: string, registerDir: string): string {
  return `${JSON.stringify({ 'yaml.schemas': yamlSchemas(workspaceRoot, registerDir) }, null, 2)}\n`;
}
