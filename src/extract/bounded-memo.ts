// Extraction asks about the same words many times per article: answers are kept per word, and the
// cache is emptied when it grows large, so memory stays bounded however much text goes through.

/** Stands for an undefined answer in the cache, so that a known word costs one lookup whatever its answer. */
const UNDEFINED = Symbol('undefined');

/** `compute` remembered per key (undefined answers too), in a cache emptied at `limit` entries. */
export function boundedMemo<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const cache = new Map<string, V | typeof UNDEFINED>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as V;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value === undefined ? UNDEFINED : value);
    return value;
  };
}
