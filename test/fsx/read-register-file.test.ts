import { execFileSync } from 'node:child_process';
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

  describe('a name its folder listed as a regular file (read without looking again)', () => {
    it.each([0, 1, 4096, 200_001])('reads a file of %i bytes byte for byte', (size) => {
      const bytes = Buffer.alloc(size, 0x62);
      writeFileSync(join(root, 'activities', `listed${size}.yaml`), bytes);
      const read = readRegisterFile(
        root,
        join(root, 'activities', `listed${size}.yaml`),
        4 << 20,
        true,
      );
      expect(Buffer.compare(Buffer.from(read), bytes)).toBe(0);
    });

    it('still refuses a link that has taken its place and leads outside', () => {
      writeFileSync(join(outside, 'swapped.yaml'), 'c: 3\n');
      symlinkSync(join(outside, 'swapped.yaml'), join(root, 'activities', 'swapped.yaml'));
      expect(() =>
        readRegisterFile(root, join(root, 'activities', 'swapped.yaml'), 1024, true),
      ).toThrow(/outside the register/);
    });

    it('refuses a FIFO that has taken its place, without blocking', () => {
      const fifo = join(root, 'activities', 'fifo.yaml');
      execFileSync('mkfifo', [fifo]);
      expect(() => readRegisterFile(root, fifo, 1024, true)).toThrow(FileRefusedError);
    });

    it('stays bounded over the cap', () => {
      writeFileSync(join(root, 'listed-big.yaml'), Buffer.alloc(1025));
      expect(() => readRegisterFile(root, join(root, 'listed-big.yaml'), 1024, true)).toThrow(
        FileRefusedError,
      );
    });
  });
});
