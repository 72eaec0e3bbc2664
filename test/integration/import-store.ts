// What the store tests compare: the whole database as rows without ids, so two databases built by
// different importers or orders can be checked equal.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../src/db/client.js';
import { factCounts } from '../../src/import/entity-counts.js';
import { prepareArticle, type PreparedArticle } from '../../src/import/document.js';
import { ARTICLES } from './fixtures.js';
import { seedText } from './harness.js';

export const evalDir = process.env.EVAL_DIR ?? path.resolve(import.meta.dirname, '../../../shared/eval');
export const devCorpusPath = path.join(evalDir, 'polnear-dev.jsonl');
export const hasDevCorpus = existsSync(devCorpusPath);
if (!hasDevCorpus) console.warn(`dev corpus tests skipped: ${devCorpusPath} is absent (set EVAL_DIR to ../shared/eval)`);

/** The texts of the PolNeAR dev set, read at run time (never copied into the repository). */
export function devTexts(): string[] {
  return readFileSync(devCorpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Seed, fixtures and, when present, the dev corpus, prepared once. */
export function archive(): PreparedArticle[] {
  const inputs = [
    { text: seedText },
    ...ARTICLES.map((a) => ({ ...a, publishedAt: new Date(a.publishedAt) })),
    ...(hasDevCorpus ? devTexts().map((text) => ({ text })) : []),
  ];
  return inputs.map(prepareArticle);
}

/** Every row of every table, ids replaced by the identities they stand for. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const q = (sql: string) => db.$queryRawUnsafe<unknown[]>(sql);
  const ent = (alias: string) => `${alias}.type || ':' || ${alias}.key`;
  return {
    entities: await q(`SELECT type::text, key, "canonicalName", "mentionCount", "speechCount" FROM "Entity" ORDER BY 1, 2`),
    aliases: await q(`SELECT ${ent('e')} AS entity, a.name, a.key FROM "EntityAlias" a JOIN "Entity" e ON e.id = a."entityId" ORDER BY 1, 3`),
    articles: await q(`SELECT "contentHash", title, publication, "bodyStart", "bodyEnd" FROM "Article" ORDER BY 1`),
    mentions: await q(`SELECT a."contentHash", m.start, m."end", m.kind::text, m.text, ${ent('e')} AS entity
      FROM "Mention" m JOIN "Article" a ON a.id = m."articleId" JOIN "Entity" e ON e.id = m."entityId" ORDER BY 1, 2, 3`),
    statements: await q(`SELECT a."contentHash", s.position, s.text,
        (SELECT string_agg(${ent('e')}, ',' ORDER BY ${ent('e')}) FROM "_StatementAbout" l JOIN "Entity" e ON e.id = l."A" WHERE l."B" = s.id) AS about
      FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" ORDER BY 1, 2`),
    quotes: await q(`SELECT a."contentHash", q.position, q.kind::text, q.text, ${ent('sp')} AS speaker, m.start AS "mentionStart",
        (SELECT string_agg(${ent('e')}, ',' ORDER BY ${ent('e')}) FROM "_QuoteAbout" l JOIN "Entity" e ON e.id = l."A" WHERE l."B" = q.id) AS about,
        (SELECT string_agg(s.position::text, ',' ORDER BY s.position) FROM "_QuoteStatements" l JOIN "Statement" s ON s.id = l."B" WHERE l."A" = q.id) AS statements
      FROM "Quote" q JOIN "Article" a ON a.id = q."articleId" LEFT JOIN "Entity" sp ON sp.id = q."speakerId"
      LEFT JOIN "Mention" m ON m.id = q."speakerMentionId" ORDER BY 1, 2`),
  };
}

export async function emptyDatabase(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "Article", "Entity" RESTART IDENTITY CASCADE`);
}

/** Entities whose kept counts (mentions, speech given) differ from their rows counted afresh: none, when every write kept them. */
export async function miscounted(db: Db): Promise<unknown[]> {
  return db.$queryRawUnsafe<unknown[]>(
    `SELECT e.id, e."canonicalName", e."mentionCount", e."speechCount", c.mentions, c.speech
     FROM "Entity" e LEFT JOIN (${factCounts('true')}) c ON c.id = e.id
     WHERE (e."mentionCount", e."speechCount") <> (coalesce(c.mentions, 0), coalesce(c.speech, 0))`,
  );
}
