// The API process only reads: it must not load the extraction lexicons and gazetteers (tens of MB,
// seconds of start-up), which the extraction worker threads load for themselves. Walks the static
// value imports (not `import type`, not dynamic `import()`) from the server's entry points.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu;

/** The project files statically imported from `entry`, and the packages they import. */
function staticImports(entry: string, packages = new Set<string>()): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(path.resolve(path.dirname(file), spec!).replace(/\.js$/u, '.ts'));
      else packages.add(spec!);
    }
  };
  visit(entry);
  return seen;
}

it('serves the API without importing the extraction modules', () => {
  const loaded = [...staticImports(path.join(src, 'main.ts'))].map((f) => path.relative(src, f));
  expect(loaded).toContain('app.ts');
  expect(loaded).toContain('schema/index.ts');
  expect(loaded.filter((f) => f.startsWith('extract/') || f === 'import/document.ts')).toEqual([]);
});

it('loads the GraphiQL page (~30 MB of heap) only when a browser asks for it', () => {
  const packages = new Set<string>();
  staticImports(path.join(src, 'main.ts'), packages);
  expect(packages).toContain('graphql-yoga');
  expect(packages).not.toContain('@graphql-yoga/render-graphiql');
});

it('finds the extraction modules where they are imported (the walk works)', () => {
  const loaded = [...staticImports(path.join(src, 'import/extract-worker.ts'))].map((f) => path.relative(src, f));
  expect(loaded).toContain('extract/index.ts');
});
