// Speech told by a noun: a possessed speech noun ("her warning that …"), one after a light verb
// ("gave assurances that …"), or a report noun ("a New York Times report that …"), each with the
// "that" clause it reports (after a light verb: light-verb-nouns.ts; where the clause of a possessed
// noun opening the sentence ends: possessed-noun-clauses.ts).
import { isClause } from './clauses.js';
import { thatPastWhenOrWhere } from './cues.js';
import { contentEnd } from './content-end.js';
import { isAdjective, isAdverb, isFiniteVerb, tagsOf, isFiniteAuxiliary, isArticle } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import { type Token, spanOf } from './tokens.js';
import type { Sentence } from './types.js';

/** Nouns of speech, by the verb they name: "the minister's assertion that …", "her warning that …".
 *  Beliefs and intentions ("belief", "view", "plan") are no speech. */
export const SPEECH_NOUN_LEMMAS = new Map(
  Object.entries({
    assert: 'assertion assertions',
    state: 'statement statements',
    allege: 'allegation allegations',
    argue: 'argument arguments',
    insist: 'insistence',
    suggest: 'suggestion suggestions',
    announce: 'announcement',
    admit: 'admission',
    assure: 'assurance assurances reassurance reassurances',
    predict: 'prediction predictions',
    // ("The bank's forecast that growth would slow was seen as …": after "'s" the noun, not the verb.)
    forecast: 'forecast forecasts',
    explain: 'explanation',
    contend: 'contention',
    acknowledge: 'acknowledgment acknowledgement',
    remark: 'remark remarks',
    comment: 'comment comments',
    warn: 'warning warnings',
    claim: 'claim claims',
    emphasize: 'emphasis',
    deny: 'denial denials',
    accuse: 'accusation accusations',
    complain: 'complaint complaints',
    threaten: 'threat threats',
    promise: 'promise promises',
    pledge: 'pledge pledges',
    vow: 'vow vows',
    boast: 'boast boasts',
    remind: 'reminder',
    concede: 'concession',
    declare: 'declaration',
    testify: 'testimony',
  }).flatMap(([lemma, nouns]) => nouns.split(' ').map((noun) => [noun, lemma] as const)),
);

/** The verb a noun of speech names ("assurances" → assure), or undefined. */
export const speechNounLemma = (word: string) => SPEECH_NOUN_LEMMAS.get(word);

/** Possessive pronouns whose referent a speaker's pronoun resolves to ("her warning" → she). */
export const POSSESSIVE_PRONOUNS = /^(his|her)$/iu;
const POSSESSIVE_MARK_OR_APOSTROPHE = /^['’]s?$/u;
const PARTICIPLE = /^\p{Ll}{3,}(?:ed|ing)$/u;

/** The possessor's mark ("'s", or "’" after a plural) or pronoun ("his", "her") before a speech noun:
 *  the word possessorAt reads the speaker from. */
export const marksPossessor = (word: string) => POSSESSIVE_MARK_OR_APOSTROPHE.test(word) || POSSESSIVE_PRONOUNS.test(word);

/** The index of the possessor's mark ("'s", "’") or pronoun ("his", "her") before the noun at `i`,
 *  past an adjective or two ("Ann Holt's sharp criticism", "his repeated warning") or a participle
 *  the lexicon knows as a verb only ("Holt's continued insistence", "her mounting insistence"), or -1. */
export function possessiveBefore(tokens: Token[], i: number): number {
  let mark = i - 1;
  while (mark > i - 3 && (isAdjective(tokens[mark]?.text ?? '') || PARTICIPLE.test(tokens[mark]?.text ?? ''))) mark--;
  return marksPossessor(tokens[mark]?.text ?? '') ? mark : -1;
}

/** A speech noun with a possessor, perhaps an adjective or two between, and a "that" clause
 *  ("Iran's insistence that …", "her repeated warning that …"), perhaps past when or where it was
 *  said ("his statement on Wednesday that …", "Holt's assertion last week that …"): the cue's lemma
 *  and the index of the possessor's mark ("'s") or pronoun. */
export function possessedSpeechNoun(tokens: Token[], i: number): { lemma: string; mark: number } | undefined {
  // (Asked at every token: the words of when or where only once a speech noun is there.)
  const k = tokens[i + 1]?.text.toLowerCase() === 'that' || !SPEECH_NOUN_LEMMAS.has(tokens[i]!.text.toLowerCase()) ? i + 1 : thatPastWhenOrWhere(tokens, i + 1);
  if (!clauseAfterThat(tokens, k)) return undefined;
  const lemma = SPEECH_NOUN_LEMMAS.get(tokens[i]!.text.toLowerCase());
  if (!lemma) return undefined;
  const mark = possessiveBefore(tokens, i);
  return mark >= 0 ? { lemma, mark } : undefined;
}

/** "that" at `k` opening a clause ("that the dam might fail"), not a relative clause ("that was read"). */
export function clauseAfterThat(tokens: Token[], k: number): boolean {
  // Asked at every token: the lexicon only once the word is "that".
  if (tokens[k]?.text.toLowerCase() !== 'that') return false;
  const after = tokens[k + 1]?.text ?? '';
  const relative = isFiniteAuxiliary(after) || tagsOf(after).some((t) => t === 'Copula' || t === 'Modal' || t === 'PastTense');
  // "that recently appeared" is relative too; "that only 1 percent …" is not.
  const adverbOfVerb = isAdverb(after) && isFiniteVerb(tokens[k + 2]?.text ?? '');
  return /^\p{L}/u.test(after) && !relative && !adverbOfVerb;
}

/** Who the possessor at `mark` is: the name or phrase before "'s", or the pronoun itself. */
export function possessorAt(text: string, tokens: Token[], mark: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const t = tokens[mark]!;
  if (!POSSESSIVE_PRONOUNS.test(t.text)) return speakers.phraseEndingAt(tokens, mark - 1, true);
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'PRONOUN', entityId: null };
}

/** Nouns of reported speech that take their content in a clause: "a report that …", "a claim that …". */
export const REPORT_NOUNS = new Set(['report', 'claim', 'promise', 'pledge']);

/** "a New York Times report that Trump lost $916 million": the noun's "that" clause is what the
 *  report says, and the noun phrase (or the organization in it) says it. "the report that was
 *  released" is a relative clause. */
export function reportNounContent(text: string, sentence: Sentence, tokens: Token[], i: number, lemma: string, speakers: SpeakerFinder): QuoteDraft | null {
  const after = tokens[i + 2]?.text ?? '';
  if (!REPORT_NOUNS.has(lemma) || tokens[i + 1]?.text.toLowerCase() !== 'that' || !/^\p{L}/u.test(after) || isFiniteVerb(after) || isAdverb(after)) return null;
  const who = speakers.before(tokens, i, true);
  if (!who || who === 'CONJOINED' || who.kind === 'PRONOUN') return null;
  // As the subject ("A report that taxes rose was wrong") the clause ends where no rule can tell.
  const lead = tokens.slice(
    0,
    tokens.findIndex((t) => t.start >= who.start),
  );
  if (lead.every((t) => isArticle(t.text))) return null;
  const content = trimmed(text, tokens[i + 1]!.start, contentEnd(tokens, i + 1, sentence.end));
  const cue = spanOf(tokens[i]!);
  return content && isClause(content.text.replace(/^that\s+/iu, '')) ? draft(content, cue, who, false, sentence) : null;
}
