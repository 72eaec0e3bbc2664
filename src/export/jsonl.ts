// The knowledge base as JSON Lines for notebooks: one object per line, `type` first, ids as in the
// database so lines join on them. Rows are read in keyset pages (id > last id), and a page is only
// read once the previous one is written out, so memory stays flat whatever the size of the data.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Db } from '../db/client.js';

export const EXPORT_TYPES = ['articles', 'entities', 'statements', 'quotes'] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

interface Page {
  after: number;
  take: number;
}

/** The rows of a page: those after `after` by id, in the order of their ids, `take` of them at most. */
const keysetPage = ({ after, take }: Page) => ({ where: { id: { gt: after } }, orderBy: { id: 'asc' as const }, take });

/** One page of each type, shaped for export; every reader orders by id and starts after `after`. */
const readers: Record<ExportType, (db: Db, page: Page) => Promise<Array<{ id: number } & Record<string, unknown>>>> = {
  articles: (db, page) =>
    db.article.findMany({
      ...keysetPage(page),
      select: {
        id: true,
        title: true,
        publication: true,
        publishedAt: true,
        url: true,
        language: true,
        sourceName: true,
        importedAt: true,
        contentHash: true,
        credit: true,
        bodyStart: true,
        bodyEnd: true,
        text: true,
      },
    }),
  entities: async (db, page) => {
    const rows = await db.entity.findMany({
      ...keysetPage(page),
      select: { id: true, type: true, canonicalName: true, aliases: { select: { name: true }, orderBy: { id: 'asc' } } },
    });
    // `type` names the line's kind, so the entity's own type is `entityType`.
    return rows.map(({ type, ...e }) => ({ ...e, entityType: type, aliases: e.aliases.map((a) => a.name).filter((n) => n !== e.canonicalName) }));
  },
  statements: async (db, page) => {
    const rows = await db.statement.findMany({
      ...keysetPage(page),
      select: {
        id: true,
        articleId: true,
        position: true,
        start: true,
        end: true,
        text: true,
        about: { select: { id: true }, orderBy: { id: 'asc' } },
        quotes: { select: { id: true }, orderBy: { id: 'asc' } },
      },
    });
    return rows.map(({ about, quotes, ...s }) => ({ ...s, aboutIds: about.map((e) => e.id), quoteIds: quotes.map((q) => q.id) }));
  },
  quotes: async (db, page) => {
    const rows = await db.quote.findMany({
      ...keysetPage(page),
      select: {
        id: true,
        articleId: true,
        position: true,
        kind: true,
        act: true,
        text: true,
        start: true,
        end: true,
        cue: true,
        cueStart: true,
        cueEnd: true,
        quoted: true,
        parts: true,
        confidence: true,
        speakerId: true,
        speakerMention: { select: { text: true, kind: true } },
        about: { select: { id: true }, orderBy: { id: 'asc' } },
      },
    });
    return rows.map(({ about, ...q }) => ({ ...q, aboutIds: about.map((e) => e.id) }));
  },
};

const SINGULAR: Record<ExportType, string> = { articles: 'article', entities: 'entity', statements: 'statement', quotes: 'quote' };

/** Writes the chosen types to `out`, waiting when it is full; returns how many lines of each. */
export async function exportJsonl(db: Db, out: Writable, types: readonly ExportType[] = EXPORT_TYPES, pageSize = 500): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const type of types) {
    counts[type] = 0;
    for (let after = 0; ; ) {
      const rows = await readers[type](db, { after, take: pageSize });
      for (const row of rows) {
        if (!out.write(`${JSON.stringify({ type: SINGULAR[type], ...row })}\n`)) await once(out, 'drain');
      }
      counts[type] += rows.length;
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  return counts;
}
