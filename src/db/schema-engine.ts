// Prisma's own schema engine compiled to WebAssembly, driven through the pg driver adapter.
// It applies and diffs migrations offline (the CLI downloads a native engine first) and writes
// `_prisma_migrations` exactly as `prisma migrate deploy` does.
// Beware: through the pg adapter a migration script runs statement by statement, split at every
// ';', even inside comments and function bodies. Keep migration SQL free of inner semicolons.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

const prismaDir = path.resolve(import.meta.dirname, '../../prisma');
const schemaPath = path.join(prismaDir, 'schema.prisma');
const migrationsDir = path.join(prismaDir, 'migrations');
export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

export async function readSchema() {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] };
}

export async function readMigrations(): Promise<MigrationList> {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
        .then((value) => ({ tag: 'ok' as const, value }))
        .catch((e: Error) => ({ tag: 'error' as const, value: e.message }));
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

let instantiated: Promise<void> | undefined;

// The package's entry imports the .wasm file as an ES module, which Node 20 only allows behind
// --experimental-wasm-modules; instantiating it here by hand works on every Node version.
function instantiateEngine(): Promise<void> {
  instantiated ??= (async () => {
    // Where the engine reports a panic's message before it aborts (the Prisma CLI sets the same).
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };
    const js = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(js), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/** Runs `work` with an engine on the database, then frees it and closes its connections. */
export async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await instantiateEngine();
  const schema = await readSchema();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const datamodels = schema.files.map((f): [string, string] => [f.path, f.content]);
  const engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
