// Parties named for their members in the plural: "Liberal Democrats", "Christian Democrats", "Ulster
// Unionists", "Young Conservatives". Only a word parties are named by makes the party's name: alone,
// "Democrats" are its members, and so are "Senate Republicans", "Virginia Democrats", "Fellow Republicans".
// Parties named by such words before "party" written in lower case: "the Republican party", "the Social
// Democratic party" name the party with its word, where the words alone are an adjective ("a Republican senator").
import type { Token } from '../tokens.js';
import type { Candidate } from './candidates.js';
import { spanCandidate } from './candidates.js';
import type { EntityType } from '../types.js';
import { firstStartingAtOrAfter } from '../span-index.js';

const MEMBERS =
  /^(?:Democrats|Republicans|Conservatives|Socialists|Liberals|Communists|Nationalists|Greens|Unionists|Radicals|Progressives|Federalists|Separatists|Royalists|Monarchists|Reformists)$/u;
const PARTY_MODIFIERS = new Set(
  'liberal social free christian young new national democratic radical progressive popular united independent ulster scottish welsh'.split(' '),
);

/** Whether a name of two or three words is a party's members in the plural after words parties are named by. */
export function namesPartyInPlural(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !MEMBERS.test(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => PARTY_MODIFIERS.has(w.toLowerCase()));
}

/** "Democrats", "Greens": a party's members in the plural. */
export const namesPartyMembers = (word: string) => MEMBERS.test(word);

/** Words a party is named by before "party", besides the modifiers above. */
const PARTISAN = new Set(
  'republican democrat conservative labour labor green socialist communist libertarian nationalist federalist whig reform unionist liberal democratic'.split(
    ' ',
  ),
);

/** Whether a name of one or two words is a party's before "party": its last word a party's ("Republican",
 *  "Labour"), a word before it one parties are named by ("Social Democratic"). */
export const namesPartyBeforeParty = (words: readonly string[]) =>
  words.length <= 2 && PARTISAN.has(words[words.length - 1]!.toLowerCase()) && words.slice(0, -1).every((w) => PARTY_MODIFIERS.has(w.toLowerCase()));

/** "Republican party", "Social Democratic party": a party's name with its "party" in lower case. */
export const namesPartyWithItsWord = (words: readonly string[]) =>
  words.length > 1 && words[words.length - 1] === 'party' && namesPartyBeforeParty(words.slice(0, -1));

/** "the Republican party", "a Labour party official": a candidate of a party's words right before "party" in
 *  lower case is widened over "party", a body; "the Holiday party", "a Republican senator" are left as they are. */
export function widenToParty<T extends { c: Candidate; type: EntityType | null }>(
  text: string,
  tokens: Token[],
  candidates: T[],
  make: (c: Candidate, type: EntityType | null) => T,
): T[] {
  return candidates.map((t) => {
    if (!namesPartyBeforeParty(t.c.words) || t.c.titles.length) return t;
    const to = firstStartingAtOrAfter(tokens, t.c.end);
    if (tokens[to]?.text !== 'party' || tokens[to]!.start !== t.c.end + 1) return t;
    const from = firstStartingAtOrAfter(tokens, t.c.start);
    return tokens[from]?.start !== t.c.start ? t : make(spanCandidate(text, tokens, from, to + 1), 'ORGANIZATION');
  });
}
