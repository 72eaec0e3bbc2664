// One entity per referent within an article: a shorter name that stands for exactly one fuller name
// ("Toyota" for "Toyota Motor Corp.", "the Commission" for "European Commission", "Charlie" for
// "Charlie King"; see chainHeads) is folded into that entity as an alias, with its mentions.
import { ORGANIZATION_HEADS } from './entities/organization-vocabulary.js';
import { calledByFirstWord, endowedAfter, firstStart } from './entities/subsidiary-names.js';
import { isKnownPlace } from './lexicon.js';
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

/** Legal forms closing a company's name: "Toyota Motor Corp." is "Toyota Motor" is "Toyota". */
const LEGAL_FORM = /^(sa|ag|nv|spa|gmbh|bv|ab|asa|oyj|plc|inc|corp|co|ltd|llc|limited|incorporated|holdings)\.?$/u;
/** A last word that says what an organization is or does ("Energy", "Motor", "Commission"); "House"
 *  heads too many names ("White House", "the House") to stand for one. */
const tradeWord = (word: string) => word !== 'house' && ORGANIZATION_HEADS.has(word);

/**
 * The entity a shorter name stands for within one article: an organization named without its legal
 * form or the trade word of exactly one longer organization name ("Volkswagen" for "Volkswagen AG",
 * "Peabody" for "Peabody Energy", "Toyota" for "Toyota Motor Corp."), or by the common noun that
 * heads exactly one ("the Commission" for "European Commission", "the Bank" for "Bank of England"); a person by the given name of
 * exactly one person named in full ("Charlie" for "Charlie King"). The speaker shown is the chain's
 * fullest name.
 */
export function chainHeads(entities: Entity[]): Map<Entity, Entity> {
  const byKey = shorterNames(entities);
  const heads = new Map<Entity, Entity>();
  for (const e of entities) {
    const head = e.type === 'LOCATION' ? undefined : headOf(e, byKey);
    if (head) heads.set(e, head);
  }
  return heads;
}

const wordsOfName = (e: Entity) => e.name.toLowerCase().split(/\s+/u);

/** The entities named by more than one word, under each shorter name that may stand for them: a
 *  person's given name, an organization's name without its legal form or trade word, and the common
 *  noun heading it. */
function shorterNames(entities: Entity[]): Map<string, Set<Entity>> {
  const byKey = new Map<string, Set<Entity>>();
  const add = (key: string, e: Entity) => byKey.set(key, (byKey.get(key) ?? new Set()).add(e));
  for (const e of entities) {
    if (e.type === 'LOCATION') continue;
    const w = wordsOfName(e);
    if (w.length < 2) continue;
    if (e.type === 'PERSON') {
      add(`PERSON ${w[0]}`, e);
      continue;
    }
    const core = [...w];
    while (core.length > 1 && LEGAL_FORM.test(core[core.length - 1]!)) core.pop();
    if (core.length < w.length) add(`ORGANIZATION ${core.join(' ')}`, e);
    // Organizations without a last word that says what they do ("Peabody" of "Peabody Energy", not
    // "RT" of "RT America", another organization).
    const last = core[core.length - 1]!;
    if (core.length > 1 && tradeWord(last)) {
      // "New York" of "New York Times" is the place.
      const prefix = e.name
        .split(/\s+/u)
        .slice(0, core.length - 1)
        .join(' ');
      if (!isKnownPlace(prefix)) add(`ORGANIZATION ${core.slice(0, -1).join(' ')}`, e);
      // "Justice Department and Congress" is two bodies, neither "the Congress".
      if (!core.includes('and')) add(`HEAD ${last}`, e);
    }
    // "the Bank" for "Bank of England", "the Department" for "Department of Justice": the head before "of".
    else if (core.length > 2 && core[1] === 'of' && tradeWord(core[0]!) && !core.includes('and')) add(`HEAD ${core[0]}`, e);
  }
  return byKey;
}

/** The one longer-named entity that `e`'s name stands for, if exactly one. */
function headOf(e: Entity, byKey: Map<string, Set<Entity>>): Entity | undefined {
  const w = wordsOfName(e);
  if (e.type === 'PERSON' && w.length !== 1) return undefined;
  const named = byKey.get(`${e.type} ${w.join(' ')}`);
  const longer = named ?? (e.type === 'ORGANIZATION' && w.length === 1 && tradeWord(w[0]!) ? byKey.get(`HEAD ${w[0]}`) : undefined);
  const only = longer?.size === 1 ? [...longer][0]! : undefined;
  // "Trinamool leader … the Congress party": a body called by its first word is not meant by its head word.
  if (!only || only === e || (!named && calledByFirstWord({ words: wordsOfName(only), mentions: only.mentions }))) return undefined;
  // "Novo Nordisk said … the Novo Nordisk Foundation": a firm named first is not the body named after it.
  return e.type === 'ORGANIZATION' && endowedAfter(firstStart(e.mentions), only) ? undefined : only;
}
