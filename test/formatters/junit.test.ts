import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/formatters/junit.js';
import { context, diagnostics, markupInNote } from './fixtures.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/**
 * A deliberately small XML checker: the whole input must be consumed by the token pattern, tags must
 * nest, attribute values are double-quoted without `<`, and every `&` starts a known entity or a
 * character reference. Enough to catch unescaped data, which is what could go wrong here.
 */
function parseXml(xml: string): Element {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  const reference = /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/;
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Element[] = [root];
  let position = 0;
  while (position < body.length) {
    token.lastIndex = position;
    const match = token.exec(body);
    if (match === null)
      throw new Error(`not well-formed at ${position}: ${body.slice(position, position + 30)}`);
    position = token.lastIndex;
    const [whole, closing, name, rawAttributes, selfClosing, text] = match;
    const parent = stack.at(-1);
    if (parent === undefined) throw new Error('content after the root element');
    if (text !== undefined) {
      if (reference.test(text) || text.includes('>')) throw new Error(`unescaped text: ${text}`);
      parent.text += text;
      continue;
    }
    if (closing === '/') {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
      continue;
    }
    const element: Element = { name: name ?? '', attributes: {}, children: [], text: '' };
    for (const [, key, value] of (rawAttributes ?? '').matchAll(/([\w.-]+)="([^"]*)"/g)) {
      if (reference.test(value ?? '') || (value ?? '').includes('>'))
        throw new Error(`unescaped attribute: ${whole}`);
      if (key === undefined || key in element.attributes)
        throw new Error(`duplicate attribute in ${whole}`);
      element.attributes[key] = value ?? '';
    }
    parent.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== '')
    throw new Error('expected exactly one root element');
  return elements[0]!;
}

describe('junit formatter', () => {
  it('is well-formed, with one suite per file and totals on the root', () => {
    const root = parseXml(formatJunit(diagnostics, context));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'gdpr', tests: '3', failures: '3', errors: '0' });
    expect(root.children.map((suite) => suite.attributes)).toEqual([
      { name: 'register/activities/payroll.yaml', tests: '2', failures: '2', errors: '0' },
      { name: 'register/processors/mailer.yaml', tests: '1', failures: '1', errors: '0' },
    ]);
  });

  it('writes a test case per finding, warnings as failures of type warning', () => {
    const root = parseXml(formatJunit(diagnostics, context));
    const cases = root.children.flatMap((suite) => suite.children);
    expect(cases.map((c) => c.attributes)).toEqual([
      { name: 'retention-required 4:3', classname: 'register/activities/payroll.yaml' },
      { name: 'free-text-markup 12:14', classname: 'register/activities/payroll.yaml' },
      { name: 'transfer-mechanism-required 9:1', classname: 'register/processors/mailer.yaml' },
    ]);
    expect(cases.map((c) => c.children.map((f) => [f.name, f.attributes.type]))).toEqual([
      [['failure', 'error']],
      [['failure', 'warning']],
      [['failure', 'error']],
    ]);
    expect(cases[0]?.children[0]?.text).toBe(
      'register/activities/payroll.yaml:4:3 error Purpose has no retention period. [retention-required] (GDPR Art. 30(1)(f))',
    );
  });

  it('escapes the special characters of a message in attributes and text', () => {
    const xml = formatJunit([markupInNote], context);
    expect(xml).toContain(
      '<failure message="Note: 100% of &quot;R&amp;D, Ltd&quot;&#10;&lt;script&gt; tag." type="warning">' +
        'register/activities/payroll.yaml:12:14 warning Note: 100% of &quot;R&amp;D, Ltd&quot;\n&lt;script&gt; tag. [free-text-markup]' +
        '</failure>',
    );
    expect(xml).not.toContain('<script>');
    parseXml(xml);
  });

  it('escapes apostrophes and line ends that attribute normalisation would lose', () => {
    const xml = formatJunit([{ ...markupInNote, message: "It's\r\n\tthere" }], context);
    expect(xml).toContain('message="It&apos;s&#13;&#10;&#9;there"');
  });

  it('strips characters that XML 1.0 forbids, keeps those outside the BMP', () => {
    const message = 'a\u0000b\u0008c\u001bd\uFFFEe\uD800f\u{1F600}g';
    const xml = formatJunit([{ ...markupInNote, message, file: 'x\u0001.yaml' }], context);
    expect(xml).toContain('message="abcdef\u{1F600}g"');
    expect(xml).toContain('<testsuite name="x.yaml"');
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 forbids are what is looked for
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    parseXml(xml);
  });

  it('reports one passing test case when there are no findings', () => {
    expect(formatJunit([], context)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="gdpr" tests="1" failures="0" errors="0">',
        '  <testsuite name="gdpr check" tests="1" failures="0" errors="0">',
        '    <testcase name="gdpr check" classname="gdpr"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    const root = parseXml(formatJunit([], context));
    expect(root.children[0]?.children[0]?.children).toEqual([]);
  });
});
