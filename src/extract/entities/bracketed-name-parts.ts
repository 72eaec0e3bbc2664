// Names that go on in brackets: "Cheung Kong (Holdings)", "Janata Dal (United)", "Lok Janshakti Party
// (Ram Vilas)". A bracket after a name mostly says something else of it (an acronym, a country, a
// person's party), so only these join the name: a company's form or industry; a faction's word after
// a name of two words or more with no given name first; words of no place after a party's or body's head.
import { lookupLocation } from '../gazetteer.js';
import { isFirstName } from '../lexicon.js';
import { firstStartingAtOrAfter } from '../span-index.js';
import { isAllCaps, type Token } from '../tokens.js';
import { extended } from '../extended.js';
import { spanCandidate } from './candidates.js';
import type { TypedCandidate } from './typed-candidates.js';
import { COMPANY_FORMS, INDUSTRY_HEADS, ORGANIZATION_HEADS } from './organization-vocabulary.js';

// What names a faction of a party or movement: "Janata Dal (Secular)", "Communist Party of India (Marxist-Leninist)".
const FACTION_WORDS = /^(?:United|Secular|Socialist|Democratic|Marxist|Marxist-Leninist|Leninist|Maoist|Provisional|Official|Reformed|Unified|Revolutionary)$/u;
const BRACKET_WORD = /^\p{Lu}[\p{Ll}-]+(?:-\p{Lu}[\p{Ll}-]+)?$/u;
const MAX_INNER = 3;

/** Whether the words in brackets after `t` go on with its name. */
function continuesName(t: TypedCandidate, inner: string[]): boolean {
  const { words, titles, honorific } = t.c;
  if (titles.length || honorific || lookupLocation(inner.join(' ')) || inner.some((w) => lookupLocation(w))) return false;
  const lower = inner.map((w) => w.toLowerCase());
  if (lower.every((w) => COMPANY_FORMS.has(w) || INDUSTRY_HEADS.has(w))) return !isFirstName(words[0]!) || t.type !== 'PERSON';
  if (isFirstName(words[0]!)) return false;
  if (inner.every((w) => FACTION_WORDS.test(w))) return words.length > 1;
  const head = words[words.length - 1]!.toLowerCase();
  return ORGANIZATION_HEADS.has(head) && !COMPANY_FORMS.has(head) && !INDUSTRY_HEADS.has(head);
}

// "Mladost (L) 2", "Rad (B) 4 1 1 2": a side's town's initials in brackets, before its score, record or
// a fixture's dash, tell two clubs of one name apart and are its name's; "Tim Henman (GB)" is a person's country.
const TOWN_INITIALS = /^\p{Lu}{1,2}$/u;
const RESULT_AFTER = /^[ \t]*(?:\d|-|\r?\n|$)/u;
const sideWithInitials = (text: string, tokens: Token[], open: number, t: TypedCandidate) =>
  (t.type === 'ORGANIZATION' || t.c.teamInTable) &&
  !isFirstName(t.c.words[0]!) &&
  TOWN_INITIALS.test(tokens[open + 1]?.text ?? '') &&
  tokens[open + 2]?.text === ')' &&
  RESULT_AFTER.test(text.slice(tokens[open + 2]!.end));

/** The candidates of a block (in order) with the bracketed words that go on with a name joined to it. */
export function joinBracketedParts(text: string, tokens: Token[], candidates: TypedCandidate[]): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  let skipTo = -1;
  for (const t of candidates) {
    if (t.c.start < skipTo) continue;
    const open = firstStartingAtOrAfter(tokens, t.c.end);
    if (tokens[open]?.text !== '(' || !/^\s?$/u.test(text.slice(t.c.end, tokens[open]!.start))) {
      out.push(t);
      continue;
    }
    const initials = sideWithInitials(text, tokens, open, t);
    let close = initials ? open + 2 : open + 1;
    while (!initials && close < tokens.length && close - open <= MAX_INNER && BRACKET_WORD.test(tokens[close]!.text) && !isAllCaps(tokens[close]!.text))
      close++;
    const inner = tokens.slice(open + 1, close).map((k) => k.text);
    if (!inner.length || tokens[close]?.text !== ')' || !(initials || continuesName(t, inner))) {
      out.push(t);
      continue;
    }
    const joined = spanCandidate(text, tokens, firstStartingAtOrAfter(tokens, t.c.start), close + 1);
    out.push(extended(t, { c: extended(joined, { words: [...t.c.words, `(${inner.join(' ')})`] }), type: 'ORGANIZATION' as const, tagged: false }));
    skipTo = tokens[close]!.end;
  }
  return out;
}
