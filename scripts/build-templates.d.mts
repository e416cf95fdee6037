export const PRECOMPILED_DIR: string;
export const MODES: Readonly<Record<'html' | 'text', { strict: boolean; noEscape: boolean }>>;
export function precompiledModule(source: string, mode: 'html' | 'text'): string;
export function builtInTemplates(): { name: string; source: string }[];
export function modesOf(name: string): ('html' | 'text')[];
