// The extraction pool's threads run their TypeScript worker bundled by esbuild into one plain module,
// made from the sources when the first article arrives (never stale). Under tsx each function named in
// the sources is wrapped in a `__name(...)` call that keeps its name (esbuild's keepNames), which cost
// a thread about a tenth of its extraction time, and the thread loads some 240 modules through tsx's
// loader. The bundle keeps each module's own import.meta.url, so the weights and the gazetteer's data
// are read from beside their sources, and imports packages as the sources do.
//
// Building costs a process about 0.5 s of CPU (half of it esbuild's own process) and 0.8 s before the
// first article can start; the sources rarely change between two starts. Each build therefore leaves
// beside its bundle the list of files it read and a digest of their contents, and a start whose files
// still hash to that digest takes the bundle as it is (reading and hashing them: some 20 ms).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** Where bundles are kept: under the project's node_modules, from which the bundle's package imports
 *  resolve as its sources' do. */
const CACHE = path.join('node_modules', '.cache', 'newskb');
/** Bundles of older sources are deleted once unused (untouched) this long. */
const KEPT_MS = 7 * 24 * 3600 * 1000;

/** import.meta.url, .dirname and .filename of each source as the literal values of its own file; each
 *  source is kept in `read` by its path, as the build read it. */
const ownModuleMeta = (read: Map<string, string>): Plugin => ({
  name: 'own-module-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const meta: Record<string, string> = { url: pathToFileURL(file).href, dirname: path.dirname(file), filename: file };
      const source = await readFile(file, 'utf8');
      read.set(file, source);
      return { contents: source.replace(/\bimport\.meta\.(url|dirname|filename)\b/gu, (_, k: string) => JSON.stringify(meta[k])), loader: 'ts' };
    });
  },
});

/** The path of `entry` (a TypeScript module inside `root`) bundled as plain JavaScript, written once
 *  per content under root's node_modules/.cache; null when it cannot be made (no esbuild, no write
 *  access), and the caller runs the sources under tsx. The bundle of an earlier build is taken while
 *  the files it was built from are unchanged (`builtBundle`). */
export async function bundledModule(entry: string, root: string): Promise<string | null> {
  const dir = path.join(root, CACHE);
  const record = path.join(dir, `${path.basename(entry, '.ts')}-inputs-${createHash('sha256').update(path.resolve(entry)).digest('hex').slice(0, 16)}.json`);
  const built = builtBundle(dir, record);
  if (built) return built;
  try {
    const read = new Map<string, string>();
    const esbuild = await import('esbuild');
    const { outputFiles, metafile } = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [ownModuleMeta(read)],
    });
    await esbuild.stop();
    const code = outputFiles[0]!.text;
    const name = `${path.basename(entry, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const file = path.join(dir, name);
    mkdirSync(dir, { recursive: true });
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      writeAtomically(file, code);
    }
    removeUnused(dir, name);
    // The project's TypeScript settings shape the output too, without being an input of the metafile.
    const settings = path.join(root, 'tsconfig.json');
    recordBuild(record, name, [...Object.keys(metafile.inputs), ...(existsSync(settings) ? [settings] : [])], read);
    return file;
  } catch {
    return null;
  }
}

export type Extract = typeof import('../extract/index.js').extract;

/** The extraction of the sources under `root` as the import pool's threads run it, bundled (for a
 *  process under tsx that extracts many articles: there each function named in the sources is
 *  wrapped in `__name(...)`, and each pattern with a `\p{…}` class built again at every call); the
 *  sources' own where no bundle can be made. */
export async function bundledExtract(root: string): Promise<Extract> {
  const bundle = await bundledModule(path.join(root, 'src/extract/index.ts'), root);
  const loaded = (await import(bundle ? pathToFileURL(bundle).href : '../extract/index.js')) as { extract: Extract };
  return loaded.extract;
}

/** What a build leaves beside its bundle: the bundle's name, the files it was built from, and the
 *  digest of their contents (`inputsDigest`). */
interface BuildRecord {
  bundle: string;
  inputs: string[];
  digest: string;
}

/** Records the build of bundle `name` from `inputs` (as the metafile names them: relative to esbuild's
 *  working directory, the process's), digested as the build read them: a source edited since is a
 *  change the next start sees. A record that cannot be written only means building again. */
function recordBuild(record: string, name: string, inputs: string[], read: Map<string, string>): void {
  try {
    const files = inputs.map((input) => path.resolve(input));
    writeAtomically(record, JSON.stringify({ bundle: name, inputs: files, digest: inputsDigest(files, read) } satisfies BuildRecord));
  } catch {}
}

/** The bundle the build recorded in `record` made, while every file it read has the content it had
 *  then (and this module and esbuild are the same); else null, and the caller builds again. */
function builtBundle(dir: string, record: string): string | null {
  try {
    const { bundle, inputs, digest } = JSON.parse(readFileSync(record, 'utf8')) as BuildRecord;
    if (inputsDigest(inputs) !== digest) return null;
    const file = path.join(dir, bundle);
    const now = new Date();
    utimesSync(file, now, now); // in use: removeUnused keeps it (and throws when it is gone)
    utimesSync(record, now, now);
    return file;
  } catch {
    return null; // no record yet, a source gone, or the bundle removed
  }
}

/** A digest of the files a bundle is built from (their contents as in `read`, else as on disk), with
 *  what builds it: this module's source and esbuild's package. Throws when a file cannot be read. */
function inputsDigest(inputs: string[], read = new Map<string, string>()): string {
  const hash = createHash('sha256');
  const esbuildPackage = path.join(path.dirname(createRequire(import.meta.url).resolve('esbuild')), '..', 'package.json');
  for (const file of [fileURLToPath(import.meta.url), esbuildPackage, ...inputs]) {
    hash
      .update(`${file}\0`)
      .update(read.get(file) ?? readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Writes `file` whole or not at all: another process may read it meanwhile. */
function writeAtomically(file: string, content: string): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
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
