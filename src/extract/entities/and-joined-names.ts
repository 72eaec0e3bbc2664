// "and" between names of bodies: two places sharing one body's name ("England and Wales Cricket
// Board") make one name; a firm named after a place or a people, or one its legal form closes, after
// "and" ("Lufthansa and British Airways", "Shell and Apache Corp") begins a name of its own; a name
// holding "and" the story gives whole is whole wherever else it stands ("Cable and Wireless").
import { extended } from '../extended.js';
import { lookupLocation, isDemonymWord } from '../gazetteer.js';
import { isCommonWord, isKnownOrganization, isKnownPerson } from '../lexicon.js';
import { firstStartingAtOrAfter, spanAt } from '../span-index.js';
import { tokenize } from '../tokens.js';
import type { TextSpan } from '../types.js';
import { spanCandidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { COMPANY_FORMS, COMPANY_HEADS, ORGANIZATION_HEADS } from './organization-vocabulary.js';

const placeOrPeople = (word: string) => !!lookupLocation(word) || isDemonymWord(word);

/** "England and Wales Cricket Board", "Trinidad and Tobago Football Association", "Avon and Somerset
 *  Police": a place before "and", then a place and the words of a body that is no firm, name one body
 *  of both places. */
export const placesShareBody = (ahead: string[]) =>
  ahead.length >= 2 && !!lookupLocation(ahead[0]!) && ORGANIZATION_HEADS.has(ahead.at(-1)!.toLowerCase()) && !COMPANY_HEADS.has(ahead.at(-1)!.toLowerCase());

/** "Devon and Cornwall Police", "Bedfordshire and Luton Fire Service": one lone capitalised word
 *  before "and" that is no ordinary word, acronym, known body nor person shares the body the place after
 *  "and" and a body's word name, though the gazetteer knows the first place by no name ("Oxfam and
 *  Somerset Police" are two, "Tesco and Lloyds Bank" a firm after "and"). */
export const loneWordSharesBody = (before: readonly { text: string }[], ahead: string[]) => {
  const word = before.length === 1 ? before[0]!.text : '';
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isCommonWord(word) && !isKnownOrganization(word) && !isKnownPerson(word) && placesShareBody(ahead);
};

/** "Lufthansa and British Airways", "Shell and Apache Corp", "Fanuc and Yaskawa Electric": after "and",
 *  a name a company's word closes, opened by a place or a people, or after one lone word closed by a
 *  legal form or with no ordinary word on either side of "and", is a firm of its own ("Baltimore Gas
 *  and Electric Co" runs on from two words, "Oil and Gas Corp" from an ordinary one). */
export const firmAfterAnd = (before: string[], ahead: string[]) => {
  const head = ahead.at(-1)?.toLowerCase() ?? '';
  if (ahead.length < 2 || !COMPANY_HEADS.has(head)) return false;
  return placeOrPeople(ahead[0]!) || (before.length === 1 && (COMPANY_FORMS.has(head) || (!isCommonWord(before[0]!) && !isCommonWord(ahead[0]!))));
};

const endsInHead = (words: string[]) => ORGANIZATION_HEADS.has(words[words.length - 1]!.toLowerCase());

/** "Cable and Wireless did not …" after "shares in Cable and Wireless rose": a name holding "and" that
 *  the story gives whole (no person's), or with its legal form, is that name wherever its halves stand with "and" alone
 *  between them, though there the rules read two names. */
export function withAndNamesWhole(text: string, blocks: TextSpan[], typed: TypedCandidate[]): TypedCandidate[] {
  const whole = new Map<string, TypedCandidate>();
  for (const t of typed) {
    const and = t.c.words.indexOf('and');
    if (t.type === 'PERSON' || and <= 0 || and === t.c.words.length - 1 || t.c.titles.length) continue;
    whole.set(t.c.words.join(' ').toLowerCase(), t);
    // "Cable and Wireless Plc" is "Cable and Wireless" too.
    if (and < t.c.words.length - 2 && COMPANY_FORMS.has(t.c.words.at(-1)!.toLowerCase())) whole.set(t.c.words.slice(0, -1).join(' ').toLowerCase(), t);
  }
  if (!whole.size) return typed;
  const out: TypedCandidate[] = [];
  for (const t of typed) {
    const before = out[out.length - 1];
    // ("the Senate and House" where the story once ran them together: each half a body's name is a body.)
    const halves = before && !endsInHead(before.c.words) && !endsInHead(t.c.words);
    const named = halves && /^\s+and\s+$/u.test(text.slice(before.c.end, t.c.start)) && !before.c.titles.length;
    const name = named ? whole.get([...before.c.words, 'and', ...t.c.words].join(' ').toLowerCase()) : undefined;
    if (!name) {
      out.push(t);
      continue;
    }
    const block = spanAt(blocks, before!.c.start);
    const tokens = tokenize(text, block?.start ?? before!.c.start, block?.end ?? t.c.end);
    const c = spanCandidate(text, tokens, firstStartingAtOrAfter(tokens, before!.c.start), firstStartingAtOrAfter(tokens, t.c.end));
    out[out.length - 1] = extended(t, { c, type: name.type, tagged: false });
  }
  return out;
}
