/**
 * The questions a wizard asks, independent of inquirer: commands build their flow on an `Asker`,
 * so tests feed answers and non-interactive runs (`--answers FILE`, flags, no TTY) use the same
 * flow. Only src/prompts/inquirer.ts imports the prompt library.
 */
export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface Question<T> {
  /** Stable key: the name of the answer in `--answers` files and in "missing answers" lists. */
  name: string;
  message: string;
  default?: T;
  /** `true` when valid, or the message to show. */
  validate?: (value: T) => true | string;
}

export interface Asker {
  input(q: Question<string>): Promise<string>;
  confirm(q: Question<boolean>): Promise<boolean>;
  select<T extends string>(q: Question<T> & { choices: readonly Choice<T>[] }): Promise<T>;
  checkbox<T extends string>(q: Question<T[]> & { choices: readonly Choice<T>[] }): Promise<T[]>;
}

/** Thrown by a non-interactive run that lacks answers; the command exits 2 listing them. */
export class MissingAnswersError extends Error {
  override readonly name = 'MissingAnswersError';
  constructor(readonly missing: readonly { name: string; message: string }[]) {
    super(`missing answers (no terminal to ask them): ${missing.map((m) => m.name).join(', ')}`);
  }
}

/** Thrown when a preset answer is not valid for its question. */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
}

/**
 * Answers from a map (flags, `--answers FILE`, tests). A question without an answer falls back
 * to `fallback` (the terminal) when there is one, else to its default, else it is recorded as
 * missing; call `assertComplete()` before writing anything.
 */
export class PresetAsker implements Asker {
  private readonly missingAnswers: { name: string; message: string }[] = [];

  constructor(
    private readonly answers: Readonly<Record<string, unknown>>,
    private readonly fallback?: Asker,
  ) {}

  missing(): readonly { name: string; message: string }[] {
    return this.missingAnswers;
  }

  assertComplete(): void {
    if (this.missingAnswers.length > 0) throw new MissingAnswersError(this.missingAnswers);
  }

  private has(name: string): boolean {
    return (
      Object.prototype.hasOwnProperty.call(this.answers, name) && this.answers[name] !== undefined
    );
  }

  private check<T>(q: Question<T>, value: T): T {
    const ok = q.validate ? q.validate(value) : true;
    if (ok !== true) throw new InvalidAnswerError(`answer \`${q.name}\`: ${ok}`);
    return value;
  }

  private miss<T>(q: Question<T>, placeholder: T): T {
    if (q.default !== undefined) return q.default;
    this.missingAnswers.push({ name: q.name, message: q.message });
    return placeholder;
  }

  async input(q: Question<string>): Promise<string> {
    if (this.has(q.name)) return this.check(q, String(this.answers[q.name]));
    if (this.fallback) return this.fallback.input(q);
    return this.miss(q, '');
  }

  async confirm(q: Question<boolean>): Promise<boolean> {
    if (this.has(q.name)) {
      const v = this.answers[q.name];
      if (typeof v !== 'boolean')
        throw new InvalidAnswerError(`answer \`${q.name}\` must be true or false`);
      return this.check(q, v);
    }
    if (this.fallback) return this.fallback.confirm(q);
    return this.miss(q, false);
  }

  async select<T extends string>(q: Question<T> & { choices: readonly Choice<T>[] }): Promise<T> {
    if (this.has(q.name)) {
      const v = String(this.answers[q.name]);
      const choice = q.choices.find((c) => c.value === v);
      if (!choice)
        throw new InvalidAnswerError(
          `answer \`${q.name}\` must be one of: ${q.choices.map((c) => c.value).join(', ')} (got \`${v}\`)`,
        );
      return this.check(q, choice.value);
    }
    if (this.fallback) return this.fallback.select(q);
    return this.miss(q, (q.choices[0]?.value ?? '') as T);
  }

  async checkbox<T extends string>(
    q: Question<T[]> & { choices: readonly Choice<T>[] },
  ): Promise<T[]> {
    if (this.has(q.name)) {
      const raw = this.answers[q.name];
      const list = Array.isArray(raw)
        ? raw.map(String)
        : String(raw)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
      const allowed = new Set(q.choices.map((c) => c.value as string));
      const bad = list.filter((v) => !allowed.has(v));
      if (bad.length)
        throw new InvalidAnswerError(
          `answer \`${q.name}\`: unknown value${bad.length > 1 ? 's' : ''} ${bad.join(', ')}; ` +
            `choose among: ${[...allowed].join(', ')}`,
        );
      return this.check(q, list as T[]);
    }
    if (this.fallback) return this.fallback.checkbox(q);
    return this.miss(q, [] as T[]);
  }
}
