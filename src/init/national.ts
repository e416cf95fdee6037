/**
 * What differs by country in the templates of data/scaffold/ (a legal reference, a retention
 * period and its basis) is written next to the text it replaces, as a map from country code to
 * value with a `default` for every other country:
 *
 *     legal_reference: { default: { fr: "Code du travail…", en: "Labour Code…" }, DE: { de: "§ 41 EStG", en: … } }
 *
 * `null` for a country leaves the key (or the list item) out. The scaffold resolves these maps
 * for the organisation's country before it localises the texts.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

const DEFAULT = 'default';
const COUNTRY_KEY = /^[A-Z]{2}$/;

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

/** A map of country code → value with a `default`. */
function isNationalMap(node: unknown): node is YAMLMap {
  if (!isMap(node)) return false;
  const keys = node.items.map(keyOf);
  return (
    keys.includes(DEFAULT) &&
    keys.every((k) => k !== undefined && (k === DEFAULT || COUNTRY_KEY.test(k)))
  );
}

/** The value for `country`, `default` else; undefined for a `null` (leave it out). */
function choose(map: YAMLMap, country: string): Node | undefined {
  const pair =
    map.items.find((p) => keyOf(p) === country) ?? map.items.find((p) => keyOf(p) === DEFAULT);
  const value = pair?.value as Node | null | undefined;
  if (value === null || value === undefined || (isScalar(value) && value.value === null))
    return undefined;
  const resolved = isNationalMap(value) ? choose(value, country) : value;
  if (resolved && map.commentBefore && !resolved.commentBefore)
    resolved.commentBefore = map.commentBefore;
  return resolved;
}

function resolve(node: unknown, country: string): void {
  if (isMap(node)) {
    node.items = node.items.flatMap((pair) => {
      if (!isNationalMap(pair.value)) return [pair];
      const value = choose(pair.value, country);
      if (value === undefined) return [];
      pair.value = value;
      return [pair];
    });
    for (const pair of node.items) resolve(pair.value, country);
  } else if (isSeq(node)) {
    node.items = node.items.flatMap((item) => {
      if (!isNationalMap(item)) return [item];
      const value = choose(item, country);
      return value === undefined ? [] : [value];
    });
    for (const item of node.items) resolve(item, country);
  }
}

/** Resolves every country map of the template for the organisation's country, in place. */
export function nationaliseDocument(doc: Document, country: string): void {
  if (isNationalMap(doc.contents)) {
    doc.contents = choose(doc.contents, country) ?? null;
    return;
  }
  resolve(doc.contents, country);
}
