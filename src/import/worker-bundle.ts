// The extraction pool's threads run their TypeScript worker bundled by esbuild into one plain module,
// made from the sources when the first article arrives (never stale). Under tsx each function named in
// the sources is wrapped in a `__name(...)` call that keeps its name (esbuild's keepNames), which cost
// a thread about a tenth of its extraction time, and the thread loads some 240 modules through tsx's
// loader. The bundle keeps each module's own import.meta.url, so the weights and the gazetteer's data
// are read from beside their sources, and imports packages as the sources do.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** Where bundles are kept: under the project's node_modules, from which the bundle's package imports
 *  resolve as its sources' do. */
const CACHE = path.join('node_modules', '.cache', 'newskb');
/** Bundles of older sources are deleted once unused (untouched) this long. */
const KEPT_MS = 7 * 24 * 3600 * 1000;

/** import.meta.url, .dirname and .filename of each source as the literal values of its own file. */
const ownModuleMeta: Plugin = {
  name: 'own-module-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const meta: Record<string, string> = { url: pathToFileURL(file).href, dirname: path.dirname(file), filename: file };
      const source = await readFile(file, 'utf8');
      return { contents: source.replace(/\bimport\.meta\.(url|dirname|filename)\b/gu, (_, k: string) => JSON.stringify(meta[k])), loader: 'ts' };
    });
  },
};

/** The path of `entry` (a TypeScript module inside `root`) bundled as plain JavaScript, written once
 *  per content under root's node_modules/.cache; null when it cannot be made (no esbuild, no write
 *  access), and the caller runs the sources under tsx. */
export async function bundledModule(entry: string, root: string): Promise<string | null> {
  try {
    const esbuild = await import('esbuild');
    const { outputFiles } = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [ownModuleMeta],
    });
    await esbuild.stop();
    const code = outputFiles[0]!.text;
    const name = `${path.basename(entry, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const dir = path.join(root, CACHE);
    const file = path.join(dir, name);
    mkdirSync(dir, { recursive: true });
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    removeUnused(dir, name);
    return file;
  } catch {
    return null;
  }
}

function removeUnused(dir: string, kept: string): void {
  const prefix = kept.replace(/-[0-9a-f]+\.mjs$/u, '-');
  for (const name of readdirSync(dir)) {
    if (name === kept || !name.startsWith(prefix)) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > KEPT_MS) rmSync(file, { force: true });
    } catch {} // removed meanwhile by another process
  }
}
