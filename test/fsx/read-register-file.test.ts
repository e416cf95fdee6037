import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRefusedError, readRegisterFile } from '../../src/fsx/read.js';

describe('readRegisterFile reads each file in one buffer of its size', () => {
  const root = mkdtempSync(join(tmpdir(), 'gdpr-read-'));
  mkdirSync(join(root, 'activities'));
  const outside = mkdtempSync(join(tmpdir(), 'gdpr-outside-'));

  it.each([0, 1, 4095, 4096, 65_536, 200_001])('a file of %i bytes, byte for byte', (size) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31) % 251;
    writeFileSync(join(root, 'activities', `f${size}.yaml`), bytes);
    const read = readRegisterFile(root, join(root, 'activities', `f${size}.yaml`), 4 << 20);
    expect(Buffer.compare(Buffer.from(read), bytes)).toBe(0);
  });

  it('refuses a file one byte over the cap', () => {
    writeFileSync(join(root, 'big.yaml'), Buffer.alloc(1025));
    expect(() => readRegisterFile(root, join(root, 'big.yaml'), 1024)).toThrow(FileRefusedError);
    writeFileSync(join(root, 'cap.yaml'), Buffer.alloc(1024, 0x61));
    expect(readRegisterFile(root, join(root, 'cap.yaml'), 1024).byteLength).toBe(1024);
  });

  it('follows a link inside the register, refuses one leading outside', () => {
    writeFileSync(join(root, 'target.yaml'), 'a: 1\n');
    symlinkSync(join(root, 'target.yaml'), join(root, 'activities', 'inside.yaml'));
    expect(
      Buffer.from(readRegisterFile(root, join(root, 'activities', 'inside.yaml'), 1024)).toString(),
    ).toBe('a: 1\n');
    writeFileSync(join(outside, 'secret.yaml'), 'b: 2\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'activities', 'outside.yaml'));
    expect(() => readRegisterFile(root, join(root, 'activities', 'outside.yaml'), 1024)).toThrow(
      /outside the register/,
    );
  });
});
