// A speech noun after a light verb, with the "that" clause it reports (speech-nouns.ts): "gave
// assurances that …", "raised concerns that …", "made (it) clear that …", "stood by its claim that …".
import { whenOrWhereWord } from './cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isAdjective, isFiniteVerb } from './lexicon.js';
import { isPlainWord, type Token } from './tokens.js';
import { stanceVerbBefore } from './stance-objects.js';
import { clauseAfterThat, SPEECH_NOUN_LEMMAS } from './speech-nouns.js';

/** Verbs whose object names their act: "gave assurances", "issued a warning", "raised concerns". */
export const LIGHT_VERBS =
  /^(give|gives|gave|given|giving|offer|offers|offered|offering|issue|issues|issued|issuing|sound|sounds|sounded|sounding|raise|raises|raised|raising|repeat|repeats|repeated|repeating|renew|renews|renewed|renewing|deliver|delivers|delivered|delivering|make|makes|made|making)$/u;

/** "raised concerns that …": a noun of worry after a light verb. */
const CONCERNS = /^concerns?$/u;
/** Verbs of keeping to what one said, before a preposition: "persisted in", "stuck to", "stood by". */
const KEEPING_VERBS = /^(persist|persists|persisted|persisting|stick|sticks|stuck|sticking|stand|stands|stood|standing)$/u;

/** Nouns that name speech only after "make": "made the case that …", "made the point that …". */
const MADE_NOUNS = new Map([
  ['case', 'argue'],
  ['point', 'note'],
  ['observation', 'observe'],
  ['commitment', 'pledge'],
]);

/** A word that may be the noun after a light verb ("assurances", "concerns", "clear", "case"): the
 *  word lightVerbNoun asks first. */
export const lightVerbObject = (word: string) => word === 'clear' || SPEECH_NOUN_LEMMAS.has(word) || CONCERNS.test(word) || MADE_NOUNS.has(word);

/** A speech noun after a light verb, with a "that" clause: "gave assurances that …", "issued a stern
 *  warning that …", "raised concerns that …", "made (it) clear that …"; the lemma and the verb's index. */
export function lightVerbNoun(tokens: Token[], i: number): { lemma: string; verb: number } | undefined {
  const w = tokens[i]!.text;
  if (!lightVerbObject(w)) return undefined;
  if (w === 'clear') {
    if (thatPastAdverbial(tokens, i + 1) < 0) return undefined;
    const verb = tokens[i - 1]?.text === 'it' ? i - 2 : i - 1;
    return /^(make|makes|made|making)$/u.test(tokens[verb]?.text ?? '') ? { lemma: 'clear', verb } : undefined;
  }
  if (!clauseAfterThat(tokens, thatPastListener(tokens, i + 1))) return undefined;
  const lemma = SPEECH_NOUN_LEMMAS.get(w) ?? (CONCERNS.test(w) ? 'concern' : MADE_NOUNS.get(w));
  if (!lemma) return undefined;
  let verb = i - 1;
  // ("has repeated claims that …": a light verb's past form is no adjective of the noun.)
  // ("repeated its claim that …": the possessor is the verb's subject.)
  while (
    verb > i - 4 &&
    !LIGHT_VERBS.test(tokens[verb]?.text ?? '') &&
    (isAdjective(tokens[verb]?.text ?? '') || /^(a|an|the|fresh|further|its|their|his|her|our)$/u.test(tokens[verb]?.text ?? ''))
  )
    verb--;
  // "persisted in arguments that …", "stood by its claim that …": a verb of keeping to what was said.
  if (/^(in|with|by|to)$/u.test(tokens[verb]?.text ?? '') && KEEPING_VERBS.test(tokens[verb - 1]?.text ?? '')) verb--;
  const v = tokens[verb]?.text ?? '';
  if ((LIGHT_VERBS.test(v) || KEEPING_VERBS.test(v)) && (!MADE_NOUNS.has(w) || /^ma(ke|kes|de|king)$/u.test(v))) return { lemma, verb };
  // "challenged the assertion that …", "bristled at the suggestion that …": the subject's stance on it.
  const stance = MADE_NOUNS.has(w) || CONCERNS.test(w) ? -1 : stanceVerbBefore(tokens, verb);
  return stance >= 0 ? { lemma, verb: stance } : undefined;
}

/** Where a speech noun's "that" may stand: at `k`, or past "yet" and the listener the noun was given
 *  to ("made the case to voters that …", "offered her firmest promise yet that …"; not "concerns
 *  about the plan that …", where "that" may open a relative clause on the plan); -1 where a listener
 *  has no "that" after it. */
function thatPastListener(tokens: Token[], k: number): number {
  if (/^(yet|again)$/u.test(tokens[k]?.text ?? '')) k++;
  // (A listener of up to eight words, which a relative word or a second "to" ends: "a commitment to the town which …".)
  return tokens[k]?.text === 'to' ? thatAfterWords(tokens, k, 9, /^(to|who|which|whom)$/u) : k;
}

/** The index of "that" opening a clause at `k`, or past when, where or to whom something was made
 *  clear ("made clear over the weekend that …", "made it clear to House Democrats on Wednesday
 *  that …"), or -1. */
function thatPastAdverbial(tokens: Token[], k: number): number {
  if (clauseAfterThat(tokens, k)) return k;
  const first = tokens[k]?.text ?? '';
  if (!PREPOSITIONS.has(first.toLowerCase()) && !whenOrWhereWord(first)) return -1;
  // (An adverbial of up to seven words after its first.)
  const that = thatAfterWords(tokens, k, 8);
  return clauseAfterThat(tokens, that) ? that : -1;
}

/** The index of the first "that" within `reach` tokens after `opener`, the words before it plain
 *  words, no finite verb and none of `stops`, or -1. */
function thatAfterWords(tokens: Token[], opener: number, reach: number, stops?: RegExp): number {
  for (let n = opener + 1; n <= opener + reach && n < tokens.length; n++) {
    const w = tokens[n]!.text;
    if (w.toLowerCase() === 'that') return n;
    if (!isPlainWord(w) || isFiniteVerb(w) || stops?.test(w)) return -1;
  }
  return -1;
}
