import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folder layout is the architecture: a module may import only modules on a lower layer
 * (or its own folder). `drafting` and `export` share a layer and must not import each other.
 * docs/architecture.md describes the same table; keep the two in step.
 */
const LAYERS: Record<string, number> = {
  shared: 0,
  generated: 0,
  data: 1,
  evidence: 2,
  text: 3,
  claims: 4,
  check: 5,
  section: 6,
  drafting: 7,
  export: 7,
  bid: 8,
  access: 8,
  api: 9,
  web: 10,
  cli: 11,
};

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gmu;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/u.test(entry.name) ? [full] : [];
  });
}

function moduleOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

interface ModuleImport {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function crossModuleImports(): ModuleImport[] {
  const found: ModuleImport[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1]!;
      const target = path.resolve(path.dirname(file), specifier);
      const from = moduleOf(file);
      const to = moduleOf(target);
      if (from !== to) found.push({ from, to, file: path.relative(SRC, file), specifier });
    }
  }
  return found;
}

describe('architecture', () => {
  const imports = crossModuleImports();

  it('finds the cross-module imports it is meant to police', () => {
    // Guards the scanner itself: if the pattern stopped matching, every rule below would pass.
    expect(imports.some((entry) => entry.from === 'evidence' && entry.to === 'data')).toBe(true);
    expect(imports.some((entry) => entry.from === 'cli' && entry.to === 'api')).toBe(true);
  });

  it('gives every top-level folder of src a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in LAYERS))).toEqual([]);
  });

  it('never imports a module on a higher or the same layer', () => {
    const backwards = imports
      .filter((entry) => LAYERS[entry.to]! >= LAYERS[entry.from]!)
      .map((entry) => `${entry.file} imports ${entry.specifier} (${entry.from} → ${entry.to})`);
    expect(backwards).toEqual([]);
  });
});
