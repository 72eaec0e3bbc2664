// Institutions named after a patron in the possessive: "King's College London", "St Mary's Hospital",
// "Queen's University". The tokenizer splits "'s" off and the rules see two names ("King", "College
// London"); where the second is what such institutions are called, the two are one name.
import { lookupLocation } from '../gazetteer.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isPossessiveMark, type Token } from '../tokens.js';
import { spanCandidate } from './candidates.js';
import { isDemonymWord } from './classify.js';
import type { TypedCandidate } from './typed-candidates.js';
import { extended } from '../extended.js';

const INSTITUTIONS = new Set(['college', 'university', 'school', 'hospital', 'infirmary', 'church', 'cathedral', 'chapel', 'abbey', 'academy', 'park']);

/** Whether `owner` names a patron, not a place or people that owns an institution ("Britain's
 *  Open University", "Harvard's medical school" stay apart) nor a person named with a title. */
const isPatron = (owner: TypedCandidate) =>
  owner.c.titles.length === 0 && !owner.c.honorific && !lookupLocation(owner.c.text) && !isDemonymWord(owner.c.words[owner.c.words.length - 1]!);

const namesInstitution = (words: string[]) => INSTITUTIONS.has(words[0]!.toLowerCase()) || INSTITUTIONS.has(words[words.length - 1]!.toLowerCase());

/** The candidates of a block (in order) with a patron's name, "'s" and an institution's name joined
 *  into one organization. */
export function joinPossessiveInstitutions(text: string, tokens: Token[], candidates: TypedCandidate[]): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const owner = candidates[i]!;
    const owned = candidates[i + 1];
    const from = firstStartingAtOrAfter(tokens, owner.c.start);
    const mark = firstStartingAtOrAfter(tokens, owner.c.end);
    if (!owned || !isPossessiveMark(tokens[mark]?.text ?? '') || tokens[mark + 1]?.start !== owned.c.start) {
      out.push(owner);
      continue;
    }
    if (!isPatron(owner) || !namesInstitution(owned.c.words)) {
      out.push(owner);
      continue;
    }
    const joined = spanCandidate(text, tokens, from, firstStartingAtOrAfter(tokens, owned.c.end));
    const words = [...owner.c.words.slice(0, -1), `${owner.c.words[owner.c.words.length - 1]}${tokens[mark]!.text}`, ...owned.c.words];
    out.push(extended(owned, { c: extended(joined, { words }), type: 'ORGANIZATION' as const, tagged: false }));
    i++;
  }
  return out;
}
