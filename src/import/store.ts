// Writes one prepared article and everything extracted from it in a single transaction:
// all of it lands, or none of it does. Entities merge with those of earlier articles.
import type { Db } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Entity as ExtractedEntity } from '../extract/types.js';
import { nameKey } from '../names.js';
import { prepareArticle, type ArticleInput, type PreparedArticle } from './document.js';

type Tx = Prisma.TransactionClient;

export type ImportStatus = 'CREATED' | 'UNCHANGED';

export interface ImportResult {
  status: ImportStatus;
  articleId: number;
}

// Imports run one at a time, so two articles naming a new entity cannot both create it.
const IMPORT_LOCK = 0x6e6577736b62; // "newskb"

/**
 * Finds the stored entity an extracted one stands for: the same canonical name; else an entity
 * known by this name ("Shamkhani" → Ali Shamkhani); else one whose name this entity is known by.
 * Two entities merely sharing an alias ("Clinton") stay apart.
 */
async function resolveEntity(tx: Tx, entity: ExtractedEntity): Promise<number> {
  const where = { type: entity.type };
  const exact = await tx.entity.findUnique({ where: { type_canonicalName: { type: entity.type, canonicalName: entity.name } }, select: { id: true } });
  let id = exact?.id;
  if (id === undefined) {
    const knownAs = await tx.entityAlias.findMany({ where: { key: nameKey(entity.name), entity: where }, select: { entityId: true }, distinct: ['entityId'] });
    const aliasKeys = entity.aliases.map(nameKey);
    const namedBy = aliasKeys.length
      ? await tx.entity.findMany({ where: { ...where, aliases: { some: { key: { in: aliasKeys } } } }, select: { id: true, canonicalName: true } })
      : [];
    const canonicalMatches = namedBy.filter((e) => aliasKeys.includes(nameKey(e.canonicalName)));
    const candidates = knownAs.length ? knownAs.map((k) => k.entityId) : canonicalMatches.map((e) => e.id);
    if (candidates.length === 1) id = candidates[0]!;
    // A fuller name for an entity first met by its surname becomes its canonical name.
    const upgraded = canonicalMatches.find((e) => e.id === id && entity.name.length > e.canonicalName.length);
    if (upgraded) await tx.entity.update({ where: { id: upgraded.id }, data: { canonicalName: entity.name } });
  }
  if (id === undefined) {
    id = (await tx.entity.create({ data: { type: entity.type, canonicalName: entity.name }, select: { id: true } })).id;
  }
  const names = [entity.name, ...entity.aliases];
  await tx.entityAlias.createMany({
    data: names.map((name) => ({ entityId: id, name, key: nameKey(name) })),
    skipDuplicates: true,
  });
  return id;
}

async function writeArticle(tx: Tx, prepared: PreparedArticle): Promise<ImportResult> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
  const existing = await tx.article.findUnique({ where: { contentHash: prepared.contentHash }, select: { id: true } });
  if (existing) return { status: 'UNCHANGED', articleId: existing.id };

  const { extraction, ...fields } = prepared;
  const article = await tx.article.create({ data: fields, select: { id: true } });
  const articleId = article.id;

  const entityIds = new Map<string, number>();
  for (const entity of extraction.entities) entityIds.set(entity.id, await resolveEntity(tx, entity));
  const ids = (local: string[]) => [...new Set(local.map((l) => entityIds.get(l)!))].map((id) => ({ id }));

  const mentions = extraction.entities.flatMap((e) =>
    e.mentions.map((m) => ({ articleId, entityId: entityIds.get(e.id)!, kind: m.kind, start: m.start, end: m.end, text: m.text })),
  );
  const storedMentions = await tx.mention.createManyAndReturn({
    data: mentions,
    skipDuplicates: true,
    select: { id: true, start: true, end: true },
  });
  const mentionAt = new Map(storedMentions.map((m) => [`${m.start}:${m.end}`, m.id]));

  const statementIds: number[] = [];
  for (const s of extraction.statements) {
    const row = await tx.statement.create({
      data: { articleId, position: s.index, start: s.start, end: s.end, text: s.text, about: { connect: ids(s.about) } },
      select: { id: true },
    });
    statementIds[s.index] = row.id;
  }

  for (const [position, q] of extraction.quotes.entries()) {
    const speakerMention = q.speaker.mention;
    await tx.quote.create({
      data: {
        articleId,
        position,
        kind: q.kind,
        speakerId: q.speaker.entityId ? entityIds.get(q.speaker.entityId) ?? null : null,
        speakerMentionId: speakerMention ? mentionAt.get(`${speakerMention.start}:${speakerMention.end}`) ?? null : null,
        cue: q.cue?.text ?? null,
        cueStart: q.cue?.start ?? null,
        cueEnd: q.cue?.end ?? null,
        start: q.start,
        end: q.end,
        text: q.text,
        quoted: q.quoted.map(({ start, end, text }) => ({ start, end, text })),
        about: { connect: ids(q.about) },
        statements: { connect: q.statements.map((i) => ({ id: statementIds[i]! })) },
      },
    });
  }
  return { status: 'CREATED', articleId };
}

/** Writes an article prepared beforehand (e.g. by the extraction pool) atomically. */
export async function storeArticle(db: Db, prepared: PreparedArticle): Promise<ImportResult> {
  return db.$transaction((tx) => writeArticle(tx, prepared), { timeout: 60_000, maxWait: 60_000 });
}

/** Validates and extracts first (throwing ImportError on bad input), then writes atomically. */
export async function importArticle(db: Db, input: ArticleInput): Promise<ImportResult> {
  return storeArticle(db, prepareArticle(input));
}
