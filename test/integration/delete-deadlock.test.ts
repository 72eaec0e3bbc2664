// A delete that deadlocks with another writer is run again, not failed: the client asked for nothing wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './harness.js';

const TOKEN = 'test-token-0123456789abcdef';
const t = useTestApp({ API_TOKEN: TOKEN });
const auth = { authorization: `Bearer ${TOKEN}` };

let articleId: number;
let entityId: number;

beforeAll(async () => {
  await t.importSeed();
  articleId = (await t.db.article.findFirstOrThrow({ select: { id: true } })).id;
  entityId = (await t.db.mention.findFirstOrThrow({ where: { articleId }, select: { entityId: true } })).entityId;
});

/** Resolves once some backend waits on a row lock. */
async function someoneWaitsOnALock(): Promise<void> {
  for (;;) {
    const [row] = await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`);
    if (row!.n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('deleteArticle beside another writer', () => {
  it('is run again when PostgreSQL ends it as a deadlock victim, and deletes the article', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let entityHeld!: () => void;
    const held = new Promise<void>((r) => (entityHeld = r));
    // Another writer takes the entity, then the article: the delete's order reversed. Its own deadlock
    // check waits longest, so the delete (waiting first) is the transaction PostgreSQL ends.
    const other = t.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL deadlock_timeout = '20s'`);
        await tx.$queryRawUnsafe(`SELECT id FROM "Entity" WHERE id = $1 FOR UPDATE`, entityId);
        entityHeld();
        await released;
        await tx.$queryRawUnsafe(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, articleId);
      },
      { timeout: 30_000 },
    );
    await held;
    const id = Buffer.from(`Article:${articleId}`).toString('base64');
    const deleting = t.gql(`mutation { deleteArticle(id: "${id}") { __typename ... on DeleteArticleSuccess { deletedId } } }`, {}, auth);
    await someoneWaitsOnALock();
    release();
    await other;

    const answer = await deleting;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.deleteArticle).toEqual({ __typename: 'DeleteArticleSuccess', deletedId: id });
    expect(await t.db.article.count({ where: { id: articleId } })).toBe(0);
    expect(await t.db.mention.count({ where: { articleId } })).toBe(0);
  });
});
