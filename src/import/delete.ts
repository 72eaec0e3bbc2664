// Removes an article and everything extracted from it in one transaction; entities that no other
// article still refers to go with it, the others stay.
import type { Db } from '../db/client.js';

export async function deleteArticle(db: Db, articleId: number): Promise<{ deleted: boolean; removedEntities: number }> {
  return db.$transaction(async (tx) => {
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
    // deleteMany: a concurrent delete may have removed it since, which is "not found", not a failure.
    const { count } = await tx.article.deleteMany({ where: { id: articleId } });
    if (count === 0) return { deleted: false, removedEntities: 0 };
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
