// Removes an article and everything extracted from it in one transaction; entities that no other
// article still refers to go with it, the others stay, their counts less the article's.
import type { Db } from '../db/client.js';
import { retryTransient } from '../db/transient.js';
import type { Prisma } from '../generated/prisma/client.js';
import { lockEntities, uncountArticle } from './entity-counts.js';

type Tx = Prisma.TransactionClient;

/**
 * Locks a stored article, then the entities its facts refer to (in the importers' order), and takes
 * its facts off their counts. Null when there is no such article (a concurrent delete of it waits on
 * the lock, then finds nothing). The caller removes the facts and then the entities left without any.
 */
export async function uncountFacts(tx: Tx, articleId: number): Promise<number[] | null> {
  const found = await tx.$queryRawUnsafe<unknown[]>(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, articleId);
  if (found.length === 0) return null;
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      mentions: { select: { entityId: true } },
      quotes: { select: { speakerId: true, about: { select: { id: true } } } },
      statements: { select: { about: { select: { id: true } } } },
    },
  });
  if (!article) return null;
  const touched = new Set<number>([
    ...article.mentions.map((m) => m.entityId),
    ...article.quotes.flatMap((q) => [q.speakerId, ...q.about.map((a) => a.id)]).filter((id): id is number => id !== null),
    ...article.statements.flatMap((s) => s.about.map((a) => a.id)),
  ]);
  await lockEntities(tx, [...touched]);
  await uncountArticle(tx, articleId);
  return [...touched];
}

/** Removes those of the entities `ids` that nothing refers to any more; returns how many. */
export async function removeOrphans(tx: Tx, ids: number[]): Promise<number> {
  const orphans = await tx.entity.deleteMany({
    where: {
      id: { in: ids },
      mentions: { none: {} },
      quotesSpoken: { none: {} },
      quotesAbout: { none: {} },
      statementsAbout: { none: {} },
    },
  });
  return orphans.count;
}

/** Deletes an article in one transaction, run again when a parallel importer or delete deadlocks it. */
export async function deleteArticle(db: Db, articleId: number): Promise<{ deleted: boolean; removedEntities: number }> {
  return retryTransient(() =>
    db.$transaction(async (tx) => {
      const touched = await uncountFacts(tx, articleId);
      if (!touched) return { deleted: false, removedEntities: 0 };
      await tx.article.delete({ where: { id: articleId } });
      return { deleted: true, removedEntities: await removeOrphans(tx, touched) };
    }),
  );
}
