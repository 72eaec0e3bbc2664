// Institutions named after a patron in the possessive: "King's College London", "St Mary's Hospital",
// "Queen's University". The tokenizer splits "'s" off and the rules see two names ("King", "College
// London"); where the second is what such institutions are called, the two are one name, and so is
// a name joined to it by "and" ("Brigham and Women's Hospital").
import { isCountry, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { firstStartingAtOrAfter, spanAt } from '../span-index.js';
import { isPossessiveMark, type Token, tokenize } from '../tokens.js';
import type { TextSpan } from '../types.js';
import { spanCandidate } from './candidates.js';
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
  return joinedByAndBefore(text, tokens, out);
}

/** Whether a name of a word or two, with no title and no country's, stands just before another's "and". */
const joinsBefore = (text: string, before: TypedCandidate | undefined, t: TypedCandidate) =>
  !!before &&
  before.c.words.length <= 2 &&
  !before.c.titles.length &&
  !before.c.honorific &&
  !isCountry(lookupLocation(before.c.text) ?? '') &&
  /^\s+and\s+$/u.test(text.slice(before.c.end, t.c.start));

/** "Brigham and Women's Hospital": a name of a word or two, "and", then an institution named after its
 *  patrons in "'s" make one name (a person named with a title, "Dr. Brigham", and a country stay apart). */
function joinedByAndBefore(text: string, tokens: Token[], candidates: TypedCandidate[]): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  for (const t of candidates) {
    const before = out[out.length - 1];
    if (!(t.c.words.length > 2 && isPossessiveMark(t.c.words[1]!) && namesInstitution(t.c.words)) || !joinsBefore(text, before, t)) {
      out.push(t);
      continue;
    }
    const joined = spanCandidate(text, tokens, firstStartingAtOrAfter(tokens, before!.c.start), firstStartingAtOrAfter(tokens, t.c.end));
    out[out.length - 1] = extended(t, {
      c: extended(joined, { words: [...before!.c.words, 'and', ...t.c.words] }),
      type: 'ORGANIZATION' as const,
      tagged: false,
    });
  }
  return out;
}

/** "Brigham and Women's said", "both Brigham and Women's and …": where the story names the institution
 *  in full, its patrons' names joined by "and", with "'s" and no institution's word, are that name too. */
export function withPatronsJoinedByAnd(text: string, blocks: TextSpan[], typed: TypedCandidate[]): TypedCandidate[] {
  const patrons = new Set<string>();
  for (const { c } of typed) {
    const and = c.words.indexOf('and');
    if (and > 0 && isPossessiveMark(c.words[and + 2] ?? '') && namesInstitution(c.words))
      patrons.add(
        c.words
          .slice(0, and + 3)
          .join(' ')
          .toLowerCase(),
      );
  }
  if (!patrons.size) return typed;
  const out: TypedCandidate[] = [];
  for (const t of typed) {
    const before = out[out.length - 1];
    const mark = /^['’]s/u.exec(text.slice(t.c.end, t.c.end + 2))?.[0];
    if (!before || !mark || t.c.words.length !== 1 || !joinsBefore(text, before, t) || !patrons.has(`${before.c.text} and ${t.c.text} ${mark}`.toLowerCase())) {
      out.push(t);
      continue;
    }
    // The words around the name are read in the tokens of its block, as for any candidate.
    const end = t.c.end + 2;
    const tokens = tokenize(text, spanAt(blocks, before.c.start)?.start ?? before.c.start, spanAt(blocks, end - 1)?.end ?? end);
    const joined = spanCandidate(text, tokens, firstStartingAtOrAfter(tokens, before.c.start), firstStartingAtOrAfter(tokens, end));
    const c = extended(joined, { words: [...before.c.words, 'and', t.c.text + mark] });
    out[out.length - 1] = extended(t, { c, type: 'ORGANIZATION' as const, tagged: false });
  }
  return out;
}
