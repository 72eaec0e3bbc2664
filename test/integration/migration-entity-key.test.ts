// The identity-key migration on a database written before it: keys computed like entityKey, and
// entities that now share a key merged with everything that pointed at them.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/names.js';
import { databaseBeforeForTests } from './migration-database.js';

const MIGRATION = '20261128143000_entity_identity_key';
const database = `newskb_migration_${process.pid}`;

const db = databaseBeforeForTests(database, MIGRATION);

describe('the entity identity key migration', () => {
  it('keys existing entities and merges those that are one, moving their rows', async () => {
    const { client } = db();
    const names: Array<[string, string]> = [
      ['PERSON', 'Donald J. Trump'],
      ['PERSON', 'DONALD TRUMP'],
      ['PERSON', 'Donald Trump'],
      ['PERSON', 'Hillary Clinton'],
      ['LOCATION', 'U.S.A.'],
      ['LOCATION', 'USA'],
      ['ORGANIZATION', 'The New York Times'],
      ['PERSON', "Ali Khāmenei's"],
    ];
    for (const [type, name] of names) {
      await client.query(`INSERT INTO "Entity" (type, "canonicalName") VALUES ($1, $2)`, [type, name]);
      await client.query(`INSERT INTO "EntityAlias" ("entityId", name, key) SELECT id, $1, lower($1) FROM "Entity" WHERE "canonicalName" = $1`, [name]);
    }
    await client.query(`INSERT INTO "Article" ("contentHash", title, text, "bodyStart", "bodyEnd") VALUES ('h', 'T', 'Trump Trump Trump', 0, 17)`);
    await client.query(`INSERT INTO "Mention" ("articleId", "entityId", start, "end", text) SELECT 1, id, id * 2, id * 2 + 1, 'x' FROM "Entity" WHERE id <= 3`);
    await client.query(`INSERT INTO "Quote" ("articleId", position, kind, "speakerId", start, "end", text) VALUES (1, 0, 'DIRECT', 2, 0, 5, 'Trump')`);
    await client.query(`INSERT INTO "_QuoteAbout" ("A", "B") SELECT id, 1 FROM "Entity" WHERE id <= 3`);

    await db().apply(MIGRATION);

    const { rows: entities } = await client.query<{ id: number; type: 'PERSON'; key: string; canonicalName: string }>(
      `SELECT id, type::text, key, "canonicalName" FROM "Entity" ORDER BY id`,
    );
    expect(entities.map((e) => [e.type, e.canonicalName])).toEqual([
      ['PERSON', 'Donald J. Trump'],
      ['PERSON', 'Hillary Clinton'],
      ['LOCATION', 'U.S.A.'],
      ['ORGANIZATION', 'The New York Times'],
      ['PERSON', "Ali Khāmenei's"],
    ]);
    for (const e of entities) expect(e.key).toBe(entityKey(e.type, e.canonicalName));
    const one = async (sql: string) => (await client.query(sql)).rows;
    expect(await one(`SELECT DISTINCT "entityId" FROM "Mention"`)).toEqual([{ entityId: 1 }]);
    expect(await one(`SELECT "speakerId" FROM "Quote"`)).toEqual([{ speakerId: 1 }]);
    expect(await one(`SELECT "A" FROM "_QuoteAbout"`)).toEqual([{ A: 1 }]);
    expect((await one(`SELECT key FROM "EntityAlias" WHERE "entityId" = 1 ORDER BY key`)).map((r) => r.key)).toEqual(['donald j. trump', 'donald trump']);
  });
});
