// Institutions named after a patron in the possessive: "King's College London", "St Mary's Hospital",
// "Queen's University". The tokenizer splits "'s" off and the rules see two names ("King", "College
// London"); where the second is what such institutions are called, the two are one name, and so is
// a name joined to it by "and" ("Brigham and Women's Hospital").
import { isCountry, lookupLocation, isDemonymWord } from '../gazetteer.js';
import { firstStartingAtOrAfter, spanAt } from '../span-index.js';
import { isPossessiveMark, type Token, tokenize, isTitleCaseWord } from '../tokens.js';
import type { TextSpan } from '../types.js';
import { spanCandidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { extended } from '../extended.js';
import { ORGANIZATION_HEADS } from './organization-vocabulary.js';
import { isCommonWord } from '../lexicon.js';
import { isTitle } from './name-words.js';

const INSTITUTIONS = new Set(['college', 'university', 'school', 'hospital', 'infirmary', 'church', 'cathedral', 'chapel', 'abbey', 'academy', 'park']);

/** Whether `owner` names a patron, not a place or people that owns an institution ("Britain's
 *  Open University", "Harvard's medical school" stay apart) nor a person named with a title. */
const isPatron = (owner: TypedCandidate) =>
  owner.c.titles.length === 0 && !owner.c.honorific && !lookupLocation(owner.c.text) && !isDemonymWord(owner.c.words[owner.c.words.length - 1]!);

const namesInstitution = (words: string[]) => INSTITUTIONS.has(words[0]!.toLowerCase()) || INSTITUTIONS.has(words[words.length - 1]!.toLowerCase());

/** "Teachers' Pension Fund", "St Thomas' NHS Foundation Trust": a body's head after an untyped name of
 *  two words or a plural noun is one body too, though no institution's word heads it; a lone name may be a
 *  person's surname ("Trump's Justice Department", "Murdoch's News Corp" stay apart), and a name of its
 *  own before the head is a body the owner owns ("Anglo Mines' Tarka Gold Mining Co"). */
const namesBodyOfUntyped = (owner: TypedCandidate, words: string[]) =>
  owner.type === null &&
  (owner.c.words.length > 1 || (/s$/u.test(owner.c.text) && isCommonWord(owner.c.text.toLowerCase()))) &&
  (isCommonWord(words[0]!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(words[0]!)) &&
  ORGANIZATION_HEADS.has(words[words.length - 1]!.toLowerCase());

/** The possessive mark after a name: "'s", or a lone apostrophe right after a name in "s" ("St Thomas'"). */
const possessiveAfter = (owner: TypedCandidate, mark: Token | undefined) =>
  !!mark && (isPossessiveMark(mark.text) || (/^['’]$/u.test(mark.text) && mark.start === owner.c.end && /s$/u.test(owner.c.text)));

const OPENS_PHRASE = new Set(['the', 'a', 'an', 'this', 'its', 'their']);

/** "the Information Commissioner's Office", "the Prime Minister's Office": an office's title in "'s"
 *  before a body's head is one body, though the title alone named nobody and left only the head. */
function officeOfTitle(text: string, tokens: Token[], head: TypedCandidate, before: TypedCandidate | undefined): TypedCandidate | null {
  if (head.c.words.length !== 1 || !ORGANIZATION_HEADS.has(head.c.text.toLowerCase())) return null;
  const at = firstStartingAtOrAfter(tokens, head.c.start);
  const title = tokens[at - 2];
  if (!isPossessiveMark(tokens[at - 1]?.text ?? '') || !title || !isTitle(title) || (before && before.c.end > title.start)) return null;
  let from = at - 2;
  while (
    from > at - 5 &&
    isTitleCaseWord(tokens[from - 1]?.text ?? '') &&
    !OPENS_PHRASE.has(tokens[from - 1]!.text.toLowerCase()) &&
    !(before && before.c.end > tokens[from - 1]!.start)
  )
    from--;
  if (!/^\p{Lu}/u.test(tokens[from]!.text)) return null;
  const joined = spanCandidate(text, tokens, from, at + 1);
  const words = [...tokens.slice(from, at - 2).map((t) => t.text), `${title.text}${tokens[at - 1]!.text}`, head.c.text];
  return extended(head, { c: extended(joined, { words }), type: 'ORGANIZATION' as const, tagged: false });
}

/** The candidates of a block (in order) with a patron's name, "'s" and an institution's name joined
 *  into one organization. */
export function joinPossessiveInstitutions(text: string, tokens: Token[], candidates: TypedCandidate[]): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const owner = candidates[i]!;
    const office = officeOfTitle(text, tokens, owner, out[out.length - 1]);
    if (office) {
      out.push(office);
      continue;
    }
    const owned = candidates[i + 1];
    const from = firstStartingAtOrAfter(tokens, owner.c.start);
    const mark = firstStartingAtOrAfter(tokens, owner.c.end);
    if (!owned || !possessiveAfter(owner, tokens[mark]) || tokens[mark + 1]?.start !== owned.c.start) {
      out.push(owner);
      continue;
    }
    if (!isPatron(owner) || !(namesInstitution(owned.c.words) || namesBodyOfUntyped(owner, owned.c.words))) {
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
  /^(?:['’]s?)?\s+and\s+$/u.test(text.slice(before.c.end, t.c.start));

/** Whether a name opens with its patron's in "'s" ("Women 's Hospital"), or with a saint's after a name in
 *  "'s" before "and" ("Guy's and St Thomas' NHS Foundation Trust"; "Imperial College and St Mary's Hospital" stay two). */
const namedAfterPatrons = (text: string, before: TypedCandidate | undefined, words: string[]) =>
  words.length > 2 &&
  (isPossessiveMark(words[1]!) ||
    (!!before &&
      /^['’]/u.test(text.slice(before.c.end, before.c.end + 1)) &&
      /\p{L}['’]s?$/u.test(words[1]!) &&
      ORGANIZATION_HEADS.has(words[words.length - 1]!.toLowerCase())));

/** "Brigham and Women's Hospital": a name of a word or two, "and", then an institution named after its
 *  patrons in "'s" make one name (a person named with a title, "Dr. Brigham", and a country stay apart). */
function joinedByAndBefore(text: string, tokens: Token[], candidates: TypedCandidate[]): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  for (const t of candidates) {
    const before = out[out.length - 1];
    if (!(namedAfterPatrons(text, before, t.c.words) && (namesInstitution(t.c.words) || !isPossessiveMark(t.c.words[1]!))) || !joinsBefore(text, before, t)) {
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
