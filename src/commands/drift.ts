import { compareDiagnostics } from '../diagnostics.js';
import { decideColor } from '../color.js';
import { compareWithCode, DRIFT_RULES } from '../drift/compare.js';
import { readScannerReport, type Detection } from '../drift/reports.js';
import { UsageError } from '../errors.js';
import { loadFormatter } from '../formatters/index.js';
import type { Io } from '../io.js';
import { parseCount } from '../options.js';
import { emit, findingsExitCode, outputOf, terminalWidth } from '../output.js';
import { openRegister } from '../register/open.js';
import { toolVersion } from '../version.js';
import type { DRIFT, OptionsOf } from './specs.js';

/** The options and arguments of `gdpr drift`, as declared in specs.ts. */
export type DriftCommandOptions = OptionsOf<typeof DRIFT>;

/** `gdpr drift`: the register against what code scanners found; exit codes as `gdpr check`. */
export async function drift(options: DriftCommandOptions, io: Io): Promise<number> {
  const output = outputOf(options);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const bearer = options.bearer ?? [];
  const privado = options.privado ?? [];
  if (bearer.length + privado.length === 0) {
    throw new UsageError(
      'give at least one scanner report: --bearer <privacy-report.json> ' +
        '(bearer scan . --report privacy --format json) or --privado <.privado/privado.json>',
    );
  }
  const register = openRegister(io.cwd, options.path, { lang: undefined });
  const detections: Detection[] = [
    ...bearer.flatMap((file) => readScannerReport(io.cwd, file, 'bearer')),
    ...privado.flatMap((file) => readScannerReport(io.cwd, file, 'privado')),
  ];
  const diagnostics = compareWithCode(register, detections, io.cwd).sort(compareDiagnostics);

  const formatter = await loadFormatter(options.format ?? 'stylish');
  const color = output === undefined && decideColor(options.color, io.env, io.stdout.isTTY);
  const text = formatter(diagnostics, {
    color,
    width: terminalWidth(io, output),
    cwd: io.cwd,
    toolVersion: toolVersion(),
    rules: DRIFT_RULES,
  });
  await emit(io, text, output);

  return findingsExitCode(io, diagnostics, maxWarnings);
}
