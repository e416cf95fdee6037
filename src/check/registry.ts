/**
 * Every rule of `gdpr check`, in the order they run. A rule is one file in src/rules/ whose
 * name is its id (test/rules/registry.test.ts keeps this list and the folder in step).
 */
import type { Rule } from './rule.js';
import yamlSyntax from '../rules/yaml-syntax.js';
import schema from '../rules/schema.js';
import unknownReference from '../rules/unknown-reference.js';
import unusedCatalogEntry from '../rules/unused-catalog-entry.js';
import duplicateId from '../rules/duplicate-id.js';

export const RULES: readonly Rule[] = [yamlSyntax, schema, unknownReference, unusedCatalogEntry, duplicateId];
