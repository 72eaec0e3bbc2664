// Finding entities by what people type: a canonical name or alias in any case ("snsc", "Ali
// Shamkhani"), else the closest names by trigram similarity ("Shamkani" → Ali Shamkhani). Every
// argument that names an entity resolves through here.
import { type EntityType, Prisma } from '../generated/prisma/client.js';
import { type Db, queryRows } from '../db/client.js';
import { nameKey } from '../names.js';

export interface Candidate {
  entityId: number;
  alias: string;
  similarity: number;
  canonicalName: string;
  type: EntityType;
}

export type Lookup = { kind: 'FOUND'; entityId: number } | { kind: 'AMBIGUOUS'; candidates: Candidate[] } | { kind: 'NONE'; candidates: Candidate[] };

export interface NameQuery {
  name: string;
  type?: EntityType | null;
}

/** Entities whose names are most similar to `name`, best first (pg_trgm similarity). */
async function similarEntities(db: Db, name: string, limit = 5, threshold = 0.45): Promise<Candidate[]> {
  const key = nameKey(name);
  const rows = await queryRows<Candidate>(
    db,
    Prisma.sql`
    SELECT DISTINCT ON (a."entityId") a."entityId", a."name" AS alias, similarity(a."key", ${key})::float8 AS similarity,
           e."canonicalName", e."type"::text AS type
    FROM "EntityAlias" a JOIN "Entity" e ON e."id" = a."entityId"
    WHERE a."key" % ${key} AND similarity(a."key", ${key}) >= ${threshold}
    ORDER BY a."entityId", similarity DESC`,
  );
  return rows.sort((a, b) => b.similarity - a.similarity || a.entityId - b.entityId).slice(0, limit);
}

// A fuzzy match wins only when it is clearly ahead of the next one.
const CLEAR_LEAD = 0.1;

function decideFuzzy(similar: Candidate[], type?: EntityType | null): Lookup {
  const fitting = type ? similar.filter((c) => c.type === type) : similar;
  const [best, second] = fitting;
  if (best && (!second || best.similarity - second.similarity >= CLEAR_LEAD)) return { kind: 'FOUND', entityId: best.entityId };
  return fitting.length > 1 ? { kind: 'AMBIGUOUS', candidates: fitting } : { kind: 'NONE', candidates: [] };
}

/**
 * One answer per name, in order: one statement finds every exact name or alias; only the names
 * without an exact match are then looked up by similarity. Several exact matches are ambiguous.
 */
export async function lookupEntities(db: Db, queries: readonly NameQuery[]): Promise<Lookup[]> {
  const keys = [...new Set(queries.map((q) => nameKey(q.name)))];
  const exact = await queryRows<Candidate & { key: string }>(
    db,
    Prisma.sql`
    SELECT DISTINCT a."key", a."entityId", e."canonicalName", e."type"::text AS type
    FROM "EntityAlias" a JOIN "Entity" e ON e."id" = a."entityId"
    WHERE a."key" = ANY(${keys}::text[])
    ORDER BY a."entityId"`,
  );
  return Promise.all(
    queries.map(async ({ name, type }): Promise<Lookup> => {
      const key = nameKey(name);
      const found = exact.filter((r) => r.key === key && (!type || r.type === type)).map((r) => ({ ...r, alias: name, similarity: 1 }));
      if (found.length === 1) return { kind: 'FOUND', entityId: found[0]!.entityId };
      if (found.length > 1) return { kind: 'AMBIGUOUS', candidates: found.map(({ key: _key, ...c }) => c) };
      return decideFuzzy(await similarEntities(db, name), type);
    }),
  );
}
