import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The module rules of docs/decisions/0011 and 0012, read from the code itself: a module is used
 * through its index.ts only; a schema file may reference another module's schema for a foreign
 * key; the directory reads the users and partners tables; and modules do not depend on each
 * other in a circle.
 */
const SRC = path.resolve(import.meta.dirname, '..');
const MODULES = path.join(SRC, 'modules');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Import = { file: string; target: string; module: string | null; spec: string };

/** Every relative import of a source file, resolved, with the module it lands in (if any). */
function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
  return specs.map((spec) => {
    const target = path.resolve(path.dirname(file), spec);
    const relative = path.relative(MODULES, target);
    const module = relative.startsWith('..') ? null : (relative.split(path.sep)[0] ?? null);
    return { file, target, module, spec };
  });
}

function moduleOf(file: string): string | null {
  const relative = path.relative(MODULES, file);
  return relative.startsWith('..') ? null : (relative.split(path.sep)[0] ?? null);
}

const files = sourceFiles(SRC);
const moduleNames = fs
  .readdirSync(MODULES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

function allowed(imp: Import): boolean {
  const from = moduleOf(imp.file);
  if (imp.module === null || imp.module === from) return true;
  const base = path.basename(imp.target);
  if (base === 'index.js') return true;
  const isSchema = base === `${imp.module}.schema.js`;
  if (isSchema && imp.file.endsWith('.schema.ts')) return true;
  if (isSchema && from === 'directory' && (imp.module === 'users' || imp.module === 'partners')) return true;
  return false;
}

describe('module boundaries', () => {
  it('every module has an index.ts', () => {
    expect(moduleNames.length).toBeGreaterThan(5);
    for (const name of moduleNames) expect(fs.existsSync(path.join(MODULES, name, 'index.ts')), name).toBe(true);
  });

  it('modules and the rest of the server reach a module only through its index.ts', () => {
    const crossing = files.flatMap(importsOf).filter((imp) => imp.module !== null && imp.module !== moduleOf(imp.file));
    // The check must have something to check: modules do use each other.
    expect(crossing.length).toBeGreaterThan(10);
    const offending = crossing.filter((imp) => !allowed(imp)).map((imp) => `${path.relative(SRC, imp.file)} → ${imp.spec}`);
    expect(offending).toEqual([]);
  });

  it('the database layer depends on no module', () => {
    const db = files.filter((f) => path.relative(SRC, f).startsWith(`db${path.sep}`));
    expect(db.length).toBeGreaterThan(3);
    expect(db.flatMap(importsOf).filter((imp) => imp.module !== null)).toEqual([]);
  });

  it('no two modules depend on each other, directly or around a circle (table references aside)', () => {
    const edges = new Map<string, Set<string>>(moduleNames.map((m) => [m, new Set<string>()]));
    for (const imp of files.flatMap(importsOf)) {
      const from = moduleOf(imp.file);
      // Table references (foreign keys, the directory's reads) are not service dependencies.
      if (!from || !imp.module || imp.module === from || imp.target.endsWith('.schema.js')) continue;
      edges.get(from)?.add(imp.module);
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const m of moduleNames) visit(m, []);
    expect(cycles).toEqual([]);
  });
});
