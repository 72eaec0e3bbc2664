// Finding entities by what people type: a canonical name or alias in any case ("snsc", "Ali
// Shamkhani"), else the closest names by trigram similarity ("Shamkani" → Ali Shamkhani).
import type { Db } from '../db/client.js';
import type { EntityType } from '../generated/prisma/client.js';
import { nameKey } from '../names.js';

export interface Candidate {
  entityId: number;
  alias: string;
  similarity: number;
}

/** Ids of the entities having exactly this name or alias (case- and accent-insensitive). */
export async function entityIdsNamed(db: Db, name: string, type?: EntityType | null): Promise<number[]> {
  const rows = await db.entityAlias.findMany({
    where: { key: nameKey(name), ...(type ? { entity: { type } } : {}) },
    select: { entityId: true },
    distinct: ['entityId'],
  });
  return rows.map((r) => r.entityId);
}

/** Entities whose names are most similar to `name`, best first (pg_trgm word similarity). */
export async function similarEntities(db: Db, name: string, limit = 5, threshold = 0.45): Promise<Candidate[]> {
  const rows = await db.$queryRaw<Array<{ entityId: number; name: string; similarity: number }>>`
    SELECT DISTINCT ON ("entityId") "entityId", "name", similarity("key", ${nameKey(name)})::float8 AS similarity
    FROM "EntityAlias"
    WHERE "key" % ${nameKey(name)} AND similarity("key", ${nameKey(name)}) >= ${threshold}
    ORDER BY "entityId", similarity DESC`;
  return rows
    .map((r) => ({ entityId: r.entityId, alias: r.name, similarity: r.similarity }))
    .sort((a, b) => b.similarity - a.similarity || a.entityId - b.entityId)
    .slice(0, limit);
}

export type Lookup = { kind: 'FOUND'; entityId: number } | { kind: 'AMBIGUOUS'; candidates: Candidate[] } | { kind: 'NONE'; candidates: Candidate[] };

// A fuzzy match wins only when it is clearly ahead of the next one.
const CLEAR_LEAD = 0.1;

/** One entity for a name when the name decides it; otherwise the candidates, never a silent guess. */
export async function lookupEntity(db: Db, name: string, type?: EntityType | null): Promise<Lookup> {
  const exact = await entityIdsNamed(db, name, type);
  if (exact.length === 1) return { kind: 'FOUND', entityId: exact[0]! };
  if (exact.length > 1) {
    return { kind: 'AMBIGUOUS', candidates: exact.map((entityId) => ({ entityId, alias: name, similarity: 1 })) };
  }
  const similar = await similarEntities(db, name);
  const [best, second] = similar;
  if (best && (!second || best.similarity - second.similarity >= CLEAR_LEAD)) return { kind: 'FOUND', entityId: best.entityId };
  return similar.length > 1 ? { kind: 'AMBIGUOUS', candidates: similar } : { kind: 'NONE', candidates: [] };
}
