/**
 * A small XML reader for the parts of spreadsheet packages (xlsx `xl/*.xml`, ODS
 * `content.xml`): elements, attributes, text, CDATA and the predefined and numeric character
 * references. Comments, processing instructions and the doctype are skipped; no external
 * entity is ever resolved. Names keep their prefix (`table:table-cell`): the packages use
 * fixed prefixes, and a reader that does not know the namespace would not know the element.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export class XmlError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document into its root element; throws XmlError on a document it cannot read. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      addText(top(), text.slice(i));
      break;
    }
    if (lt > i) addText(top(), text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      i = after(text, '-->', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      top().children.push(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      i = after(text, '?>', lt);
    } else if (text.startsWith('<!', lt)) {
      i = after(text, '>', lt);
    } else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt);
      if (end < 0) throw new XmlError('unterminated end tag');
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open?.name !== name) throw new XmlError(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const end = tagEnd(text, lt);
      const selfClosing = text[end - 1] === '/';
      const inner = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = inner.search(/[\s/>]|$/);
      const name = inner.slice(0, nameEnd);
      if (name === '') throw new XmlError('element without a name');
      const attrs: Record<string, string> = {};
      for (const m of inner.slice(nameEnd).matchAll(ATTR))
        attrs[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
      const element: XmlElement = { name, attrs, children: [] };
      top().children.push(element);
      if (!selfClosing) stack.push(element);
      i = end + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`unclosed <${top().name}>`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('no root element');
  return first;
}

function addText(parent: XmlElement, raw: string): void {
  parent.children.push(decodeEntities(raw));
}

function after(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  if (end < 0) throw new XmlError(`unterminated markup (expected ${marker})`);
  return end + marker.length;
}

/** The `>` closing the tag opened at `lt`, skipping `>` inside quoted attribute values. */
function tagEnd(text: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  throw new XmlError('unterminated tag');
}

/** Child elements with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

/** Every descendant element with this name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}

/** The concatenated text of an element and its descendants. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
