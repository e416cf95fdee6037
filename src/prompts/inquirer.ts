/** The only module that imports the prompt library (loaded by interactive commands only). */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Asker } from './asker.js';

export interface TerminalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export function terminalAsker(options: TerminalOptions = {}): Asker {
  const context =
    options.input || options.output ? { input: options.input, output: options.output } : undefined;
  return {
    input: (q) =>
      input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
        },
        context,
      ),
    confirm: (q) =>
      confirm(
        { message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) },
        context,
      ),
    select: (q) =>
      select(
        {
          message: q.message,
          choices: q.choices.map((c) => ({
            value: c.value,
            name: c.name,
            ...(c.description ? { description: c.description } : {}),
          })),
          ...(q.default !== undefined ? { default: q.default } : {}),
        },
        context as never,
      ),
    checkbox: (q) => {
      const check = q.validate;
      return checkbox(
        {
          message: q.message,
          choices: q.choices.map((c) => ({
            value: c.value,
            name: c.name,
            checked: c.checked ?? (q.default ? q.default.includes(c.value) : false),
            ...(c.description ? { description: c.description } : {}),
          })),
          ...(check
            ? {
                validate: (items: readonly { value: string }[]) =>
                  check(items.map((i) => i.value) as never),
              }
            : {}),
        },
        context as never,
      );
    },
  };
}
