// Brings stored articles up to this extractor: an article whose facts another extractor version
// produced (Article.extractorVersion) is extracted again from its stored text, and its facts are
// replaced in one transaction. The article keeps its id and the metadata given at import; entities
// that no article refers to any more go, the others' counts follow.
import type { Db } from '../db/client.js';
import { retryTransient } from '../db/transient.js';
import type { ArticleInput } from './article-input.js';
import { RENEW_ARTICLE_SQL } from './article-sql.js';
import { failureReason, limiter, WRITERS } from './batch.js';
import { removeOrphans, uncountFacts } from './delete.js';
import type { ExtractPool } from './extract-pool.js';
import type { SerializedArticle } from './payload.js';

export type RenewOutcome = { articleId: number } & ({ ok: true; renewed: boolean } | { ok: false; error: string });

export interface RenewSummary {
  renewed: number;
  failed: number;
  elapsedMs: number;
}

/** Articles read and extracted a page at a time, in id order: memory stays bounded on any archive. */
const PAGE = 50;

const stale = (version: string) => ({ extractorVersion: { not: version } });

/** How many stored articles another extractor version produced. */
export function countStale(db: Db, version: string): Promise<number> {
  return db.article.count({ where: stale(version) });
}

/** The next page of such articles after id `afterId`, each as the input that imported it. */
async function stalePage(db: Db, version: string, afterId: number): Promise<Array<{ id: number; input: ArticleInput }>> {
  const rows = await db.article.findMany({
    where: { id: { gt: afterId }, ...stale(version) },
    orderBy: { id: 'asc' },
    take: PAGE,
    select: { id: true, text: true, title: true, publication: true, url: true, publishedAt: true, language: true, sourceName: true },
  });
  // A title given at import heads the stored text (article-text.ts) and is given again; one read from
  // the text's layout is read again.
  return rows.map(({ id, title, ...input }) => ({ id, input: { ...input, title: input.text.trimStart().startsWith(title) ? title : null } }));
}

/** Replaces a stored article's facts by those of `article` (extracted anew from its text), in one
 *  transaction; false when the article is gone. Retried on deadlocks with parallel importers. */
async function renewArticle(db: Db, articleId: number, article: SerializedArticle): Promise<boolean> {
  return retryTransient(() =>
    db.$transaction(
      async (tx) => {
        const touched = await uncountFacts(tx, articleId);
        if (!touched) return false;
        // Quotes first: they point at mentions.
        for (const table of ['Quote', 'Statement', 'Mention']) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "articleId" = $1`, articleId);
        const written = await tx.$queryRawUnsafe<unknown[]>(RENEW_ARTICLE_SQL, ...article.parameters, articleId);
        if (written.length === 0) throw new Error(`article ${articleId}: its stored text is not the one extracted`);
        await removeOrphans(tx, touched);
        return true;
      },
      { timeout: 60_000 },
    ),
  );
}

export interface RenewOptions {
  pool: ExtractPool;
  /** The version this extractor writes: articles of any other are renewed. */
  version: string;
  onArticle?: (outcome: RenewOutcome) => void;
}

/** Renews every article another extractor version produced; one failing never stops the others. */
export async function renewArticles(db: Db, { pool, version, onArticle = () => {} }: RenewOptions): Promise<RenewSummary> {
  const started = performance.now();
  const summary: RenewSummary = { renewed: 0, failed: 0, elapsedMs: 0 };
  const write = limiter(WRITERS);
  for (let page = await stalePage(db, version, 0); page.length; page = await stalePage(db, version, page.at(-1)!.id)) {
    const outcomes = await Promise.all(
      page.map(({ id, input }) =>
        pool
          .prepare(input)
          .then((article) => write(() => renewArticle(db, id, article)))
          .then(
            (renewed): RenewOutcome => ({ articleId: id, ok: true, renewed }),
            (e: unknown): RenewOutcome => ({ articleId: id, ok: false, error: failureReason(`article ${id}`, e) }),
          ),
      ),
    );
    for (const outcome of outcomes) {
      if (!outcome.ok) summary.failed++;
      else if (outcome.renewed) summary.renewed++;
      onArticle(outcome);
    }
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}
