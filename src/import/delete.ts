// Removes an article and everything extracted from it in one transaction; entities that no other
// article still refers to go with it, the others stay, their counts less the article's.
import type { Db } from '../db/client.js';
import { lockEntities, uncountArticle } from './entity-counts.js';

export async function deleteArticle(db: Db, articleId: number): Promise<{ deleted: boolean; removedEntities: number }> {
  return db.$transaction(async (tx) => {
    // The article first (a concurrent delete of it waits here, then finds nothing), then its entities.
    const found = await tx.$queryRawUnsafe<unknown[]>(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, articleId);
    if (found.length === 0) return { deleted: false, removedEntities: 0 };
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        mentions: { select: { entityId: true } },
        quotes: { select: { speakerId: true, about: { select: { id: true } } } },
        statements: { select: { about: { select: { id: true } } } },
      },
    });
    if (!article) return { deleted: false, removedEntities: 0 };
    const touched = new Set<number>([
      ...article.mentions.map((m) => m.entityId),
      ...article.quotes.flatMap((q) => [q.speakerId, ...q.about.map((a) => a.id)]).filter((id): id is number => id !== null),
      ...article.statements.flatMap((s) => s.about.map((a) => a.id)),
    ]);
    await lockEntities(tx, [...touched]);
    await uncountArticle(tx, articleId);
    await tx.article.delete({ where: { id: articleId } });
    const orphans = await tx.entity.deleteMany({
      where: {
        id: { in: [...touched] },
        mentions: { none: {} },
        quotesSpoken: { none: {} },
        quotesAbout: { none: {} },
        statementsAbout: { none: {} },
      },
    });
    return { deleted: true, removedEntities: orphans.count };
  });
}
