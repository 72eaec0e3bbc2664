// Apply, create and check migrations with the wasm schema engine (see schema-engine.ts).
import { noFilter, openSchemaEngine, readMigrations } from './schema-engine.js';

export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const out = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
