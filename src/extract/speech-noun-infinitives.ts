// A possessed speech noun with an infinitive: "Her pledge to restore the lost benefits has been
// welcomed", "Its call to reopen talks was backed", "his threat to walk out". The noun reports what
// was pledged, called for or threatened, as the verb does ("pledged to restore …"); its possessor
// speaks, and the infinitive ends before the verb of the sentence that holds the noun.
import { tagsOf } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { marksPossessor, possessorAt } from './speech-nouns.js';
import { type Token, spanOf, isLowerCaseWord } from './tokens.js';

/** Nouns of speech whose content may be an infinitive, by the verb they name. */
const INFINITIVE_NOUNS = new Map([
  ...['pledge', 'pledges'].map((n) => [n, 'pledge'] as const),
  ...['promise', 'promises'].map((n) => [n, 'promise'] as const),
  ...['vow', 'vows'].map((n) => [n, 'vow'] as const),
  ...['threat', 'threats'].map((n) => [n, 'threaten'] as const),
  ...['demand', 'demands'].map((n) => [n, 'demand'] as const),
  ...['order', 'orders'].map((n) => [n, 'order'] as const),
  // "her call to audit the fund": an appeal, the verb "urge" in all but name.
  ...['call', 'calls', 'plea', 'appeal'].map((n) => [n, 'urge'] as const),
]);

/** A noun of speech whose content may be an infinitive ("pledge", "Call"): the word possessedInfinitive asks first. */
export const infinitiveNoun = (word: string) => INFINITIVE_NOUNS.has(word.toLowerCase());

/** The quote of a possessed speech noun at token `i` with an infinitive after it, or null. */
export function possessedInfinitive(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  const noun = tokens[i]!;
  if (!infinitiveNoun(noun.text) || !/^to$/iu.test(tokens[i + 1]?.text ?? '') || !verbWithObject(tokens, i + 2)) return null;
  // "her pledge", "the council's call": a possessive pronoun of a person or a mark right before the noun.
  const mark = i - 1;
  if (!marksPossessor(tokens[mark]?.text ?? '')) return null;
  const speaker = possessorAt(text, tokens, mark, speakers);
  if (!speaker) return null;
  const content = trimmed(text, tokens[i + 1]!.start, infinitiveEnd(tokens, i + 2, sentence.end));
  return content && draft(content, spanOf(noun), speaker, false, sentence);
}

/** Determiners and possessives that open a noun phrase: "the fund", "their benefits". */
const DETERMINER = /^(the|a|an|his|her|its|their|this|these|those|our)$/iu;

/** "restore", "cut": a word the lexicon knows as a verb's plain form, or any word before a
 *  determiner, its object ("audit the fund"; not "a threat to democracy"). */
const verbWithObject = (tokens: Token[], k: number) => {
  const w = tokens[k]?.text ?? '';
  if (!isLowerCaseWord(w)) return false;
  return tagsOf(w).some((t) => t === 'Infinitive' || t === 'PresentTense') || DETERMINER.test(tokens[k + 1]?.text ?? '');
};

/** "has", "was", "drew", "will": a verb in the past, a copula, a modal or "has" ("benefits", a
 *  plural as often as a verb, is no predicate). */
const predicateVerb = (w: string) =>
  /^(has|have|had)$/u.test(w) || (/^\p{Ll}/u.test(w) && tagsOf(w).some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal'));

/** The infinitive phrase from `verb` ends at a comma, a semicolon or the next finite verb: the
 *  predicate of the sentence holding the noun ("… has been welcomed", "… drew support"). */
function infinitiveEnd(tokens: Token[], verb: number, sentenceEnd: number): number {
  for (let k = verb + 1; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^[,;:()—–]$/u.test(w)) return tokens[k]!.start;
    // ("to restore the lost benefits": a participle after a determiner qualifies a noun.)
    const prev = tokens[k - 1]!.text;
    if (predicateVerb(w) && !/^to$/iu.test(prev) && !DETERMINER.test(prev)) return tokens[k]!.start;
  }
  return sentenceEnd;
}
