// Trades a story gives its persons in its own words ("fast bowler Jasprit Bumrah", "flanker Tommy
// Reffell", "Ann Roe, a planetary geologist,"), so that "the fast bowler said" finds Bumrah though no
// list of roles knows the trade. Read once per document: the word before each name, the apposition after.
import type { Entity } from './types.js';
import { isAdverb, isClosedClassWord, isVerbForm, tagsOf } from './lexicon.js';
import { appositionHeadWord } from './title-after.js';
import { roleOf } from './roles.js';
import { describesOrganization, describesPlace } from './description-heads.js';
import { personNames } from './name-mentions.js';

/** A lower-case word right before a name, after a space: "opener Yashasvi Jaiswal". */
const WORD_BEFORE = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]*\p{Ll}) $/u;

/** A noun naming what a person does, not a listed role, a verb ("told Ann Roe"), an adjective, or a body or place word. */
function isTradeWord(word: string): boolean {
  return (
    !roleOf(word) &&
    !isClosedClassWord(word) &&
    !isVerbForm(word) &&
    !isAdverb(word) &&
    !/ing$/u.test(word) &&
    !tagsOf(word).includes('Adjective') &&
    !describesOrganization(word) &&
    !describesPlace(word)
  );
}

/** Each person's trades as the text gives them, and every trade given to anyone. */
export function givenTradesIn(text: string, entities: Entity[]): { trades: Map<Entity, Set<string>>; all: Set<string> } {
  const trades = new Map<Entity, Set<string>>();
  const all = new Set<string>();
  for (const { e, m } of personNames(entities)) {
    for (const word of [WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1], appositionHeadWord(text, m.end)]) {
      if (!word || !/^\p{Ll}[\p{Ll}-]+$/u.test(word) || !isTradeWord(word)) continue;
      const own = trades.get(e) ?? new Set<string>();
      trades.set(e, own.add(word));
      all.add(word);
    }
  }
  return { trades, all };
}
