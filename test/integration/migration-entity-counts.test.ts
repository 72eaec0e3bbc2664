// The migration that keeps each entity's counts on its row fills them from the rows already stored:
// its mentions, and the quotes it gave as speech (a belief held is not counted).
import { describe, expect, it } from 'vitest';
import { databaseBeforeForTests } from './migration-database.js';

const MIGRATION = '20261202200000_entity_counts';
const db = databaseBeforeForTests(`newskb_entity_counts_${process.pid}`, MIGRATION);

describe('the entity counts migration', () => {
  it('counts the mentions and the speech given of every stored entity', async () => {
    const { client } = db();
    const one = async (sql: string) => (await client.query<{ id: number }>(`${sql} RETURNING id`)).rows[0]!.id;
    const article = await one(
      `INSERT INTO "Article" ("contentHash", title, text, "bodyStart", "bodyEnd") VALUES ('h1', 'Pier', 'Pier. Ann Lee said it.', 6, 22)`,
    );
    const ann = await one(`INSERT INTO "Entity" (type, key, "canonicalName") VALUES ('PERSON', 'ann lee', 'Ann Lee')`);
    const pier = await one(`INSERT INTO "Entity" (type, key, "canonicalName") VALUES ('LOCATION', 'pier', 'Pier')`);
    const silent = await one(`INSERT INTO "Entity" (type, key, "canonicalName") VALUES ('ORGANIZATION', 'board', 'Board')`);
    for (const [entity, start] of [
      [ann, 6],
      [ann, 10],
      [pier, 0],
    ])
      await client.query(`INSERT INTO "Mention" ("articleId", "entityId", start, "end", text) VALUES ($1, $2, $3, $3 + 3, 'x')`, [article, entity, start]);
    for (const [position, speaker, act] of [
      [0, ann, 'SPEECH'],
      [1, ann, 'SPEECH'],
      [2, ann, 'BELIEF'],
      [3, null, 'SPEECH'],
    ])
      await client.query(
        `INSERT INTO "Quote" ("articleId", position, kind, act, "speakerId", start, "end", text) VALUES ($1, $2, 'INDIRECT', $4, $3, 0, 4, 'x')`,
        [article, position, speaker, act],
      );
    await db().apply(MIGRATION);
    const rows = await client.query(`SELECT id, "mentionCount", "speechCount" FROM "Entity" ORDER BY id`);
    expect(rows.rows).toEqual([
      { id: ann, mentionCount: 2, speechCount: 2 },
      { id: pier, mentionCount: 1, speechCount: 0 },
      { id: silent, mentionCount: 0, speechCount: 0 },
    ]);
  });
});
