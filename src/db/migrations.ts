// Applies committed migrations with the wasm schema engine (see schema-engine.ts).
import { noFilter, readMigrations, withSchemaEngine } from './schema-engine.js';

export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  const out = await withSchemaEngine(databaseUrl, (engine) => engine.applyMigrations({ migrationsList, filters: noFilter }));
  return out.appliedMigrationNames;
}
