// Entity names resolved once per request: every name argument of an operation is looked up in one
// batch before execution (see name-prefetch.ts), so filters compare plain ids instead of matching
// names inside subqueries, and nested connections (whose Prisma query is built synchronously) find
// their names already resolved.
import DataLoader from 'dataloader';
import type { Db } from '../db/client.js';
import { clientError, ErrorCode } from '../errors.js';
import type { EntityType } from '../generated/prisma/client.js';
import { lookupEntities, type Lookup, type NameQuery } from './entity-lookup.js';
import { idOf } from './filters.js';

const keyOf = (q: NameQuery) => `${q.type ?? ''}:${q.name}`;

export class EntityNames {
  private readonly loader: DataLoader<NameQuery, Lookup, string>;
  private readonly settled = new Map<string, Lookup>();

  constructor(db: Db) {
    this.loader = new DataLoader((queries) => lookupEntities(db, queries), { cacheKeyFn: keyOf });
  }

  /** Resolves names (global IDs need no lookup); safe to call for names already resolved. */
  async load(names: readonly string[], type?: EntityType | null): Promise<void> {
    const pending = names.filter((name) => idOf(name, 'Entity') === null && !this.settled.has(keyOf({ name, type })));
    const lookups = await this.loader.loadMany(pending.map((name) => ({ name, type })));
    lookups.forEach((lookup, i) => {
      if (lookup instanceof Error) throw lookup;
      this.settled.set(keyOf({ name: pending[i]!, type }), lookup);
    });
  }

  /** What a name resolved to; the name must have been loaded. */
  lookup(name: string, type?: EntityType | null): Lookup {
    const id = idOf(name, 'Entity');
    if (id !== null) return { kind: 'FOUND', entityId: id };
    const lookup = this.settled.get(keyOf({ name, type }));
    if (!lookup) throw new Error(`entity name "${name}" used before it was resolved`);
    return lookup;
  }

  /** The entity a filter argument names, null when none; an ambiguous name is the client's error. */
  idOf(name: string, argument: string): number | null {
    const lookup = this.lookup(name);
    if (lookup.kind === 'FOUND') return lookup.entityId;
    if (lookup.kind === 'NONE') return null;
    throw ambiguous(name, lookup, argument);
  }
}

export function ambiguous(name: string, lookup: Extract<Lookup, { kind: 'AMBIGUOUS' }>, argument?: string) {
  const names = lookup.candidates.map((c) => `${c.canonicalName} (${c.type})`);
  return clientError(ErrorCode.AMBIGUOUS_NAME, `"${name}" is ambiguous: ${names.join(', ')}`, {
    candidates: lookup.candidates.map((c) => c.canonicalName),
    ...(argument ? { argument } : {}),
  });
}
