// "Budimex, a Polish construction firm,", "Koysinjaq, a town near the border": what an apposition
// right after a name calls it is what the name is, whatever its words look like.
import { describesOrganization, describesPlace } from '../description-heads.js';
import { cueLemma } from '../cues.js';
import { isClosedClassWord, tagsOf } from '../lexicon.js';
import { roleOf } from '../roles.js';
import { isPossessiveMark, type Token } from '../tokens.js';
import type { EntityType } from '../types.js';
import { PLACE_KINDS } from './vocabulary.js';

// The apposition's noun phrase: its determiner and up to this many words.
const REACH = 6;

/** The type of the thing an apposition after the name calls it, reading the tokens from `after`
 *  (the comma). The head is the last noun of a kind before the phrase ends: "a bank economist" is a
 *  person's role, no bank; "Poland's largest builder" a company, no country. Null when the phrase
 *  names no organization or place. */
export function appositionType(tokens: Token[], after: number): EntityType | null {
  if (tokens[after]?.text !== ',') return null;
  const opener = tokens[after + 1]?.text ?? '';
  const possessed = /^\p{Lu}/u.test(opener) && isPossessiveMark(tokens[after + 2]?.text ?? '');
  if (!/^(a|an|the)$/iu.test(opener) && !possessed) return null;
  let kind: EntityType | 'ROLE' | null = null;
  for (let k = after + 2; k <= after + 1 + REACH; k++) {
    const word = tokens[k]?.text;
    if (word === undefined || /^[,.;:)–—-]$/u.test(word)) return kind === 'ROLE' ? null : kind;
    // "the country's largest builder": what comes before the possessive is its owner.
    if (/^['’]s?$/u.test(word)) kind = null;
    // "…, the pressure group Human Rights Watch said": a description before a name, no apposition.
    else if (/^\p{Lu}/u.test(word)) {
      if (kind) return null;
    } else if (!/^\p{L}[\p{L}-]*$/u.test(word) || cueLemma(word)) return null;
    // "a firm based in Oslo", "a group which": the phrase ends; "the ministry said" is a clause.
    else if (isClosedClassWord(word)) return endsPhrase(word) && kind !== 'ROLE' ? kind : null;
    else kind = kindOf(word) ?? kind;
  }
  return null;
}

/** A preposition or relative word after an apposition's noun: "a town on the coast", "a firm which". */
const endsPhrase = (word: string) => tagsOf(word).some((t) => t === 'Preposition' || t === 'QuestionWord') || word === 'that';

// People named by what they belong to, whom the role words leave out: "a party member", "a bank employee".
const MEMBERS = /^(?:member|supporter|worker|employee|staffer|volunteer|fan|colleague|loyalist|shareholder)$/u;

function kindOf(word: string): EntityType | 'ROLE' | null {
  if (roleOf(word) || MEMBERS.test(word)) return 'ROLE';
  if (describesOrganization(word)) return 'ORGANIZATION';
  if (describesPlace(word) || PLACE_KINDS.has(word)) return 'LOCATION';
  return null;
}
