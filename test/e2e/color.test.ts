import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/color.js';
import { gdpr } from '../helpers/cli.js';
import { makeRegister } from '../helpers/register.js';

describe('colour is decided once: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then TTY', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
  ] as const)('flag %s, env %j, tty %s → %s', (flag, env, tty, expected) => {
    expect(decideColor(flag, env, tty)).toBe(expected);
  });

  const broken = {
    'activities/customers.yaml':
      'name: X\npurposes:\n  - description: Y\n    legal_basis: contrat\n',
  };
  const ESC = '\u001b[';

  it('the built binary: FORCE_COLOR colours, NO_COLOR and --no-color do not, --color does', () => {
    const root = makeRegister(broken);
    const args = ['check', root, '--today', '2026-11-23'];
    expect(gdpr(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(gdpr(args).stdout).not.toContain(ESC);
    expect(
      gdpr([...args, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout,
    ).not.toContain(ESC);
    expect(gdpr([...args, '--color']).stdout).toContain(ESC);
  });
});
