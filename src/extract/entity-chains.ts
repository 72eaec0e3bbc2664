// One entity per referent within an article: a shorter name that stands for exactly one fuller name
// ("Toyota" for "Toyota Motor Corp.", "the Commission" for "European Commission", "Charlie" for
// "Charlie King"; see chainHeads) is folded into that entity as an alias, with its mentions.
import { chainHeads } from './coref.js';
import type { Entity } from './types.js';

export function mergeChains(entities: Entity[]): Entity[] {
  const heads = chainHeads(entities);
  if (!heads.size) return entities;
  const rootOf = (e: Entity): Entity => {
    let root = e;
    for (let hops = 0; heads.has(root) && hops < 4; hops++) root = heads.get(root)!;
    return root;
  };
  for (const short of heads.keys()) {
    const root = rootOf(short);
    if (root === short) continue;
    const aliases = new Set([...root.aliases, short.name, ...short.aliases]);
    aliases.delete(root.name);
    root.aliases = [...aliases];
    const seen = new Set(root.mentions.map((m) => `${m.start}:${m.end}`));
    root.mentions = [...root.mentions, ...short.mentions.filter((m) => !seen.has(`${m.start}:${m.end}`))].sort((a, b) => a.start - b.start);
    root.gender ??= short.gender;
  }
  return entities.filter((e) => rootOf(e) === e);
}
