/**
 * How a record is named wherever a person picks or reads one (list commands, `gdpr due`, the
 * choices of the wizards): "Title (id)" — the title a person recognises, the id a command
 * takes. A record without a title is its id alone.
 */
export function titleWithId(title: string | undefined, id: string): string {
  const shown = title?.trim() ?? '';
  return shown === '' || shown === id ? id : `${shown} (${id})`;
}
