// "Human Rights in China (HRIC)", "Organisation for Security and Cooperation in Europe (OSCE)": a
// bracketed acronym spells the name before it, so its initials say where that name starts, across
// the small words the capitalisation rules stop at.
import type { EntityType } from '../types.js';
import { lookupLocation } from '../gazetteer.js';
import { isFirstName } from '../lexicon.js';
import { isCapitalized, type Token } from '../tokens.js';
import { type Candidate, spanCandidate } from './candidates.js';
import { classify } from './classify.js';
import { namesVenue } from './venue-names.js';

/** Small words a long name holds; the acronym may spell them or not ("in" in HRIC, "of" not in BoE). */
const SMALL_WORDS = new Set(['of', 'for', 'in', 'and', 'the', 'to', 'on', 'at', 'de', 'du', 'des', 'la', 'del', 'der', 'und', '&']);
const MAX_WORDS = 14;
const ACRONYM = /^[A-Z]{2,7}$/u;

/** "U.N." → "UN": the letters of initials written with periods, or null for any other word. */
const initialsOf = (word: string) => (/^(?:\p{Lu}\.){2,}$/u.test(word) ? word.replace(/\./gu, '') : null);

/** The first token of the words before `end` (exclusive) whose initials spell `letters`, a
 *  capitalised word first; -1 when none do. Small words may spell a letter or be skipped. */
function spelledFrom(tokens: Token[], end: number, letters: string): number {
  const match = (i: number, n: number, words: number): number => {
    if (n === 0) return i + 1 < end && isCapitalized(tokens[i + 1]!.text) ? i + 1 : -1;
    if (i < 0 || words >= MAX_WORDS) return -1;
    const word = tokens[i]!.text;
    const initial = word[0]!.toUpperCase();
    // "U.N. Observer Force in Cyprus (UNOFC)": initials spell each of their letters, or their first.
    const spelt = initialsOf(word);
    if (spelt && letters.slice(0, n).endsWith(spelt)) {
      const whole = match(i - 1, n - spelt.length, words + 1);
      if (whole >= 0) return whole;
    }
    if (isCapitalized(word) && /^\p{L}/u.test(word)) return initial === letters[n - 1] ? match(i - 1, n - 1, words + 1) : -1;
    if (!SMALL_WORDS.has(word.toLowerCase())) return -1;
    if (initial === letters[n - 1]) {
      const spelled = match(i - 1, n - 1, words + 1);
      if (spelled >= 0) return spelled;
    }
    return match(i - 1, n, words + 1);
  };
  return match(end - 1, letters.length, 0);
}

/** The acronyms that spell all of `words` ("ERCOT", "ERCT" for the Electric Reliability Council of
 *  Texas): each capitalised word gives its initial, a small word its initial or nothing. None for a
 *  name of one word, or one opening with a small word. */
export function acronymsOf(words: string[]): string[] {
  const spelled = spellings(words);
  // "Centers for Disease Control and Prevention" is still the "CDC" it was before the last domain joined.
  const n = words.length;
  return n > 4 && words[n - 2] === 'and' ? [...new Set([...spelled, ...spellings(words.slice(0, -2))])] : spelled;
}

function spellings(words: string[]): string[] {
  if (words.length < 2 || words.length > MAX_WORDS || !isCapitalized(words[0]!)) return [];
  let spelled = [''];
  // "Ministry of Economy, Trade and Industry": a list's commas spell nothing.
  for (const word of words.filter((w) => w !== ',')) {
    const initial = word[0]!.toUpperCase();
    if (!/\p{Lu}/u.test(initial)) return [];
    const small = SMALL_WORDS.has(word.toLowerCase());
    // "Anti-Corruption" gives "A" or "AC".
    const parts = word.split('-').filter((p) => /^\p{Lu}/u.test(p));
    const options = small ? ['', initial] : parts.length > 1 ? [initial, parts.map((p) => p[0]).join('')] : [initial];
    spelled = spelled.flatMap((a) => options.map((o) => a + o));
    if (spelled.length > 16) return [];
  }
  return spelled.filter((a) => ACRONYM.test(a));
}

/** The candidates of a block (in order) with each name a bracketed acronym spells widened to the
 *  whole of it: the candidates inside it become one, typed by the rules, an organization where they
 *  say nothing (`spelled` marks it). A candidate reaching out of the spelled words stays as it was. */
export function widenToAcronyms<T extends { c: Candidate; type: EntityType | null; spelled?: boolean }>(
  text: string,
  tokens: Token[],
  candidates: T[],
  make: (c: Candidate, type: EntityType | null) => T,
): T[] {
  let out = candidates;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !ACRONYM.test(tokens[k + 1]!.text)) continue;
    const from = spelledFrom(tokens, k, tokens[k + 1]!.text);
    if (from < 0) continue;
    const start = tokens[from]!.start;
    const end = tokens[k - 1]!.end;
    const inside = out.filter(({ c }) => c.end > start && c.start < end);
    if (inside.some(({ c }) => c.start < start || c.end > end)) continue;
    if (inside.length === 1 && inside[0]!.c.start === start && inside[0]!.c.end === end) {
      markSpelled(inside[0]!);
      continue;
    }
    const c = spanCandidate(text, tokens, from, k);
    const widened = make(c, classify(c) ?? 'ORGANIZATION');
    widened.spelled = true;
    out = [...out.filter((x) => !inside.includes(x) && x.c.end <= start), widened, ...out.filter((x) => !inside.includes(x) && x.c.start >= end)];
  }
  return out;
}

/** A name its acronym spells as it stands: "Medecins Sans Frontieres (MSF)" is a body, not a person
 *  or place for its unknown words, unless a given name opens it ("John Fitzgerald Kennedy (JFK)"), the
 *  gazetteer knows the place ("United Arab Emirates (UAE)") or it names a venue ("Kennedy Space Center (KSC)"). */
function markSpelled(t: { c: Candidate; type: EntityType | null; spelled?: boolean }): void {
  t.spelled = true;
  if (!lookupLocation(t.c.text) && !namesVenue(t.c.words) && !t.c.titles.length && !isFirstName(t.c.words[0]!)) t.type = 'ORGANIZATION';
}
