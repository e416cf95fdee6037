/**
 * Plain-text tables for the list commands (`request list`, `due`, `dpia list`): a header row,
 * columns padded to their widest cell, two spaces between columns, no trailing spaces, so
 * the output reads in a terminal and diffs cleanly in CI logs.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
