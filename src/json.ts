/** The JSON of the list commands; no dependency, so any layer may use it. */
/** Bumped only on a breaking change to a list's JSON; adding a key is not breaking. */
export const LIST_JSON_VERSION = 1;

/**
 * The `--format json` output of the list commands (`due`, `breach list`, `request list`,
 * `dpia list`), versioned as `check`'s report is: `{ "version": 1, "<items>": [...] }`.
 */
export function listJson(items: string, rows: readonly unknown[]): string {
  return `${JSON.stringify({ version: LIST_JSON_VERSION, [items]: rows }, null, 2)}\n`;
}
