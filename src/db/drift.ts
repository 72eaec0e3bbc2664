// Drift check: builds one scratch database from the committed migrations and another from
// schema.prisma alone, then compares their catalogs (tables, columns, indexes, constraints, enums,
// extensions) in the public schema; the job queue's own schema (graphile_worker) is not ours to
// check. The wasm engine cannot introspect through the pg adapter, so the comparison is ours.
import pg from 'pg';
import { withDatabase } from './database-url.js';
import { applyMigrations } from './migrations.js';
import type { SchemasContainer } from '@prisma/schema-engine-wasm';
import { noFilter, readSchema, withSchemaEngine } from './schema-engine.js';

const CATALOG_QUERIES = {
  column: `SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '')
           FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  index: `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraint: `SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
               FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
               WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  enum: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = 'public' GROUP BY t.typname`,
  extension: `SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`,
};

/** Indexes schema.prisma cannot declare (NULLS LAST orders, expressions): created by migrations only. */
const MIGRATION_ONLY_INDEXES = new Set([
  'Article_publishedAt_desc_id_idx',
  'Article_published_desc_key_idx',
  'Article_published_asc_key_idx',
  'Entity_type_speech_order_idx',
  'Entity_type_mention_order_idx',
]);

function migrationOnly(line: string): boolean {
  const name = /^index CREATE (?:UNIQUE )?INDEX "?([^" ]+)"? /u.exec(line)?.[1];
  return name !== undefined && MIGRATION_ONLY_INDEXES.has(name);
}

async function catalog(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = new Set<string>();
    for (const [kind, sql] of Object.entries(CATALOG_QUERIES)) {
      const res = await client.query<string[]>({ text: sql, rowMode: 'array' });
      for (const [value] of res.rows) rows.add(`${kind} ${value}`);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** The SQL that takes an empty database to `to`, or from the datamodel `from` to `to`. */
export async function schemaScript(url: string, to: SchemasContainer, from?: SchemasContainer): Promise<string> {
  const diff = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: from ? { tag: 'schemaDatamodel', ...from } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', ...to },
      script: true,
      exitCode: null,
      filters: noFilter,
    }),
  );
  return diff.stdout ?? '';
}

/** Lines present in one build and not the other ("+" only from schema.prisma, "-" only from migrations). */
export async function schemaDrift(serverUrl: string): Promise<string[]> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = { migrations: `drift_migrations_${suffix}`, schema: `drift_schema_${suffix}` };
  try {
    for (const name of Object.values(names)) await admin.query(`CREATE DATABASE "${name}"`);
    const fromMigrations = withDatabase(serverUrl, names.migrations);
    const fromSchema = withDatabase(serverUrl, names.schema);
    await applyMigrations(fromMigrations);
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(await schemaScript(fromSchema, await readSchema())).finally(() => client.end());
    const [a, b] = await Promise.all([catalog(fromMigrations), catalog(fromSchema)]);
    return [...[...b].filter((x) => !a.has(x)).map((x) => `+ ${x}`), ...[...a].filter((x) => !b.has(x) && !migrationOnly(x)).map((x) => `- ${x}`)];
  } finally {
    for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
