import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { schemaDrift } from '../../src/db/drift.js';
import { loadConfig } from '../../src/config.js';

describe('migrations', () => {
  it('build exactly the schema that schema.prisma describes', async () => {
    expect(await schemaDrift(inject('databaseServerUrl'))).toEqual([]);
  });

  it('keep article search vectors in the row, where search tests each one walking the newest articles', async () => {
    const client = new pg.Client({ connectionString: loadConfig({ ...process.env, LOG_LEVEL: 'silent' }).DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT attstorage FROM pg_attribute WHERE attrelid = '"Article"'::regclass AND attname = 'searchVector'`);
      expect(rows).toEqual([{ attstorage: 'm' }]);
    } finally {
      await client.end();
    }
  });
});
