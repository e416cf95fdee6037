import type { MessageValues } from './index.js';

/**
 * The part of ICU MessageFormat the catalogues use beyond `{name}`: `plural` (with `=N`
 * selectors and `#`) and `select`, formatted as intl-messageformat formats them, without loading
 * it (its parser cost a tenth of `gdpr notice`). Anything else (quoting apostrophes, `offset:`,
 * `selectordinal`, `number`, `date`, a value of another type, a missing value) is left to
 * intl-messageformat: `liteMessage` then returns undefined. test/locale/icu-lite.test.ts holds it
 * to intl-messageformat over every message of locales/ and a list of awkward ones.
 */
type Part =
  | string
  | { arg: string }
  | { pound: true }
  | { arg: string; plural: Map<string, Part[]> }
  | { arg: string; select: Map<string, Part[]> };

/** Thrown to give up; caught in `liteMessage` only. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('beyond the light formatter');

function giveUp(): never {
  throw GIVE_UP;
}

/** An apostrophe that ICU reads as a quote (before a brace, `#`, `|` or another apostrophe). */
export const QUOTING = /'[{}#|']/;

const parsed = new Map<string, Part[] | null>();
const NAME = /[A-Za-z_][\w]*/y;
const SELECTOR = /(?:=\d+|[\w-]+)/y;
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** The message formatted, or undefined when intl-messageformat must format it. */
export function liteMessage(raw: string, lang: string, values: MessageValues): string | undefined {
  let parts = parsed.get(raw);
  if (parts === undefined) {
    try {
      parts = new Parser(raw).message(false);
    } catch (e) {
      if (e !== GIVE_UP) throw e;
      parts = null;
    }
    parsed.set(raw, parts);
  }
  if (parts === null) return undefined;
  try {
    return format(parts, lang, values, undefined);
  } catch (e) {
    if (e !== GIVE_UP) throw e;
    return undefined;
  }
}

class Parser {
  #i = 0;
  constructor(readonly raw: string) {
    if (QUOTING.test(raw)) giveUp();
  }

  /** Text and arguments up to the end, or up to the `}` closing an option (`nested`). */
  message(nested: boolean, inPlural = false): Part[] {
    const r = this.raw;
    const parts: Part[] = [];
    let text = '';
    while (this.#i < r.length) {
      const c = r.charAt(this.#i);
      if (c === '}') {
        if (!nested) giveUp();
        break;
      }
      if (c === '{') {
        if (text) parts.push(text);
        text = '';
        parts.push(this.#argument());
        continue;
      }
      if (c === '#' && inPlural) {
        if (text) parts.push(text);
        text = '';
        parts.push({ pound: true });
        this.#i++;
        continue;
      }
      text += c;
      this.#i++;
    }
    if (nested && r[this.#i] !== '}') giveUp();
    if (text) parts.push(text);
    return parts;
  }

  #argument(): Part {
    const r = this.raw;
    this.#i++;
    this.#spaces();
    const name = this.#match(NAME);
    this.#spaces();
    if (r[this.#i] === '}') {
      this.#i++;
      return { arg: name };
    }
    if (r[this.#i] !== ',') giveUp();
    this.#i++;
    this.#spaces();
    const type = this.#match(NAME);
    if (type !== 'plural' && type !== 'select') giveUp();
    this.#spaces();
    if (r[this.#i] !== ',') giveUp();
    this.#i++;
    const options = new Map<string, Part[]>();
    for (;;) {
      this.#spaces();
      if (r[this.#i] === '}') break;
      const selector = this.#match(SELECTOR);
      if (type === 'plural' && !selector.startsWith('=') && !PLURAL_CATEGORIES.has(selector))
        giveUp();
      if (type === 'select' && selector.startsWith('=')) giveUp();
      if (options.has(selector)) giveUp();
      this.#spaces();
      if (r[this.#i] !== '{') giveUp();
      this.#i++;
      options.set(selector, this.message(true, type === 'plural'));
      this.#i++;
    }
    this.#i++;
    if (!options.has('other')) giveUp();
    return type === 'plural' ? { arg: name, plural: options } : { arg: name, select: options };
  }

  #spaces(): void {
    while (/\s/.test(this.raw[this.#i] ?? '')) this.#i++;
  }

  #match(re: RegExp): string {
    re.lastIndex = this.#i;
    const m = re.exec(this.raw);
    if (!m) giveUp();
    this.#i += m[0].length;
    return m[0];
  }
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function format(
  parts: Part[],
  lang: string,
  values: MessageValues,
  pound: number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if ('pound' in part) {
      if (pound === undefined) giveUp();
      out += formatNumber(pound, lang);
      continue;
    }
    if (!Object.hasOwn(values, part.arg)) giveUp();
    const value = values[part.arg];
    if ('plural' in part) {
      if (typeof value !== 'number') giveUp();
      const chosen =
        part.plural.get(`=${String(value)}`) ??
        part.plural.get(pluralRules(lang).select(value)) ??
        part.plural.get('other');
      out += format(chosen ?? giveUp(), lang, values, value);
    } else if ('select' in part) {
      if (typeof value !== 'string' && typeof value !== 'number') giveUp();
      const chosen = part.select.get(String(value)) ?? part.select.get('other');
      out += format(chosen ?? giveUp(), lang, values, undefined);
    } else {
      // intl-messageformat prints a string or a number as it is, and does other things with
      // other values (a date, a boolean): those are its to format.
      if (typeof value !== 'string' && typeof value !== 'number') giveUp();
      out += String(value);
    }
  }
  return out;
}

function pluralRules(lang: string): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (rules === undefined) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

const latinDigits = new Map<string, boolean>();

/**
 * `#` as intl-messageformat prints it: `Intl.NumberFormat(lang)`. The first number format of a
 * run costs some 20 ms (ICU loads its number data), so the plain cases skip it: a whole number
 * from 0 to 999 in a language written with Latin digits is its own digits, in every locale
 * (test/locale/icu-lite.test.ts checks each locale Node knows).
 */
export function formatNumber(n: number, lang: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) && latin(lang))
    return String(n);
  return numberFormat(lang).format(n);
}

function latin(lang: string): boolean {
  let known = latinDigits.get(lang);
  if (known === undefined) {
    try {
      const systems = (new Intl.Locale(lang) as Intl.Locale & { numberingSystems?: string[] })
        .numberingSystems;
      known = systems?.[0] === 'latn';
    } catch {
      known = false;
    }
    latinDigits.set(lang, known);
  }
  return known;
}

function numberFormat(lang: string): Intl.NumberFormat {
  let f = numbers.get(lang);
  if (f === undefined) numbers.set(lang, (f = new Intl.NumberFormat(lang)));
  return f;
}
