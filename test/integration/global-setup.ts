// Provisions one PostgreSQL server for the integration tests and a template database holding the
// migrated schema; each test file then clones the template (see setup-file.ts).
//   TEST_DATABASE_URL set            → that server (its user needs CREATEDB)
//   else a Docker engine answers     → a Testcontainers PostgreSqlContainer
//   else                             → embedded PostgreSQL in a temporary directory
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { withDatabase } from '../../src/db/database-url.js';
import { TEMPLATE_DATABASE } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function provisionServer(): Promise<{ url: string; how: string; stop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, how: 'TEST_DATABASE_URL', stop: async () => {} };
  }
  if (await dockerAnswers()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:17-alpine').start();
    return { url: container.getConnectionUri(), how: 'a Testcontainers PostgreSQL container', stop: async () => void (await container.stop()) };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'newskb-test-pg-'));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach it
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), database: 'postgres' });
  return {
    url: server.url,
    how: 'embedded PostgreSQL (no Docker engine answered)',
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const server = await provisionServer();
  console.log(`[integration tests] database: ${server.how}`);
  const admin = new pg.Client({ connectionString: withDatabase(server.url, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await applyMigrations(withDatabase(server.url, TEMPLATE_DATABASE));
  await admin.end();
  project.provide('databaseServerUrl', server.url);
  return async () => {
    await server.stop();
  };
}
