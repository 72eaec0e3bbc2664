// Speech told by a noun: a possessed speech noun ("her warning that …"), one after a light verb
// ("gave assurances that …"), or a report noun ("a New York Times report that …"), each with the
// "that" clause it reports.
import { isClause } from './clauses.js';
import { FEMALE_TITLES, MALE_TITLES } from './entities/person-vocabulary.js';
import { cueLemma, whenOrWhereWord } from './cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { contentEnd } from './content-end.js';
import { isAdjective, isAdverb, isFiniteVerb, tagsOf, isFiniteAuxiliary, isArticle } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { SpeakerFinder } from './speakers.js';
import { isPlainWord, type Token } from './tokens.js';
import type { Sentence } from './types.js';
import { stanceVerbBefore } from './stance-objects.js';

/** Nouns of speech, by the verb they name: "the minister's assertion that …", "her warning that …".
 *  Beliefs and intentions ("belief", "view", "plan") are no speech. */
const SPEECH_NOUN_LEMMAS = new Map(
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
const POSSESSIVE_PRONOUNS = /^(his|her)$/iu;
const POSSESSIVE_MARK_OR_APOSTROPHE = /^['’]s?$/u;

/** The possessor's mark ("'s", or "’" after a plural) or pronoun ("his", "her") before a speech noun:
 *  the word possessorAt reads the speaker from. */
export const marksPossessor = (word: string) => POSSESSIVE_MARK_OR_APOSTROPHE.test(word) || POSSESSIVE_PRONOUNS.test(word);

/** The index of the possessor's mark ("'s", "’") or pronoun ("his", "her") before the noun at `i`,
 *  past an adjective or two ("Ann Holt's sharp criticism", "his repeated warning"), or -1. */
export function possessiveBefore(tokens: Token[], i: number): number {
  let mark = i - 1;
  while (mark > i - 3 && isAdjective(tokens[mark]?.text ?? '')) mark--;
  return marksPossessor(tokens[mark]?.text ?? '') ? mark : -1;
}

/** A speech noun with a possessor, perhaps an adjective or two between, and a "that" clause
 *  ("Iran's insistence that …", "her repeated warning that …"): the cue's lemma and the index of
 *  the possessor's mark ("'s") or pronoun. */
export function possessedSpeechNoun(tokens: Token[], i: number): { lemma: string; mark: number } | undefined {
  if (!clauseAfterThat(tokens, i + 1)) return undefined;
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

/** Verbs whose object names their act: "gave assurances", "issued a warning", "raised concerns". */
export const LIGHT_VERBS =
  /^(give|gives|gave|given|giving|offer|offers|offered|offering|issue|issues|issued|issuing|sound|sounds|sounded|sounding|raise|raises|raised|raising|repeat|repeats|repeated|repeating|renew|renews|renewed|renewing|deliver|delivers|delivered|delivering|make|makes|made|making)$/u;

/** Verbs of keeping to what one said, before a preposition: "persisted in", "stuck to", "stood by". */
const CONCERNS = /^concerns?$/u;
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

/** Who the possessor at `mark` is: the name or phrase before "'s", or the pronoun itself. */
export function possessorAt(text: string, tokens: Token[], mark: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const t = tokens[mark]!;
  if (!POSSESSIVE_PRONOUNS.test(t.text)) return speakers.phraseEndingAt(tokens, mark - 1, true);
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'PRONOUN', entityId: null };
}

/** When the possessed noun stands in a phrase opening the sentence ("Contrary to his claim that …,
 *  the mayor …"), the index of the comma closing that phrase, or -1. */
export function openingPhraseClose(tokens: Token[], cue: number, mark: number): number {
  if (!/^(contrary|despite|unlike|after|before|amid|following|given|against|with|in|for|by)$/iu.test(tokens[0]?.text ?? '')) return -1;
  if (tokens.slice(0, mark).some((t) => isFiniteVerb(t.text) || t.text === ',')) return -1;
  return tokens.findIndex((t, n) => n > cue + 2 && t.text === ',');
}

/** When a possessed speech noun opens the sentence ("Trump's claim that the vote was rigged has
 *  been rejected"), the index of the sentence's own verb after the clause, or -1. */
export function subjectClausePredicate(tokens: Token[], cue: number, speakerStart: number, mark: number): number {
  if (tokens[cue + 1]?.text.toLowerCase() !== 'that') return -1;
  const opening = POSSESSIVE_PRONOUNS.test(tokens[mark]!.text) ? tokens[mark]!.start : speakerStart;
  if (
    !opensClause(
      tokens,
      tokens.findIndex((t) => t.start >= opening),
    )
  )
    return -1;
  let clauseVerb = false;
  let quoted = false;
  for (let k = cue + 2; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    // Quoted words are the speaker's, read as a whole: "her claim that the march was “largely
    // peaceful” was disputed", "his warning that the strike could last “weeks, not days” alarmed …".
    if (/^[“”"]$/u.test(w)) {
      quoted = w === '“' || (w === '"' && !quoted);
      continue;
    }
    if (quoted) continue;
    const prev = /^[”"]$/u.test(tokens[k - 1]!.text) ? tokens[k - 2]!.text : tokens[k - 1]!.text;
    if (/^[,;:(—–-]$/u.test(w) || /^(and|but|or|who|which|whom|whose)$/iu.test(w)) return -1;
    // ("his warning that he would not sign unless the club showed ambition has worried …": a
    // subordinate clause in the content has a verb of its own.)
    if (clauseVerb && subordinateOpensAt(tokens, k)) {
      clauseVerb = false;
      continue;
    }
    const verb = isFiniteVerb(w) || (/^\p{Ll}{3,}ed$/u.test(w) && !/^(the|a|an|his|her|its|their)$/iu.test(prev));
    if (!verb) continue;
    if (!clauseVerb) {
      clauseVerb = true;
      continue;
    }
    if (sentencesOwnVerb(tokens, cue, k, prev)) return k;
  }
  return -1;
}

/** A subordinating word at `k` before a subject: "unless the club showed …" ("after losing surprised …":
 *  not before a gerund, which ends the clause at the verb after it). */
const subordinateOpensAt = (tokens: Token[], k: number) =>
  /^(unless|if|because|until|when|while|although|though|before|after|since)$/iu.test(tokens[k]!.text) &&
  /^(the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|i|you|\p{Lu}\p{L}*)$/u.test(tokens[k + 1]?.text ?? '');

/** Whether a verb at `k` after the content's own verb (`prev` the word before it, past a closing
 *  quotation mark) is the sentence's own. */
function sentencesOwnVerb(tokens: Token[], cue: number, k: number, prev: string): boolean {
  // A verb after a noun, a figure or a participle, not after an auxiliary or "to": the sentence's own.
  if (
    /^[\p{Ll}\p{N}]/u.test(prev) &&
    !isFiniteVerb(prev) &&
    !/^(to|not|never|also|that|be|been|being)$/iu.test(prev) &&
    !isAdverb(prev) &&
    !/(ing|ed)$/u.test(prev)
  )
    return true;
  // ("that she will not coach after retiring surprised …": a gerund after a preposition ends the clause too;
  // "that the vote had been rigged was rejected": so does a passive participle after "been", also
  // past an adverb ("that the report was politically motivated drew a rebuke").)
  let before = k - 2;
  while (before > cue + 2 && /ed$/u.test(prev) && isAdverb(tokens[before]!.text)) before--;
  return (
    /(ing|ed)$/u.test(prev) &&
    !!tokens[before] &&
    (isFiniteVerb(tokens[before]!.text) ||
      /^(be|been|being)$/iu.test(tokens[before]!.text) ||
      (/ing$/u.test(prev) && PREPOSITIONS.has(tokens[before]!.text.toLowerCase())))
  );
}

/** Whether the phrase at `k` opens the sentence (past "the", "but", …) or the clause a cue reports
 *  ("said (that) the minister's claim that … was …"). */
function opensClause(tokens: Token[], k: number): boolean {
  let n = k - 1;
  // ("Mr Grant's assertion that …": a title before the name opens the phrase too.)
  while (n >= 0 && isTitleWord(tokens[n]!.text)) n--;
  const titled = n + 1;
  while (n >= 0 && isArticle(tokens[n]!.text)) n--;
  if (n >= 0 && /^that$/iu.test(tokens[n]!.text)) n--;
  if (n >= 0 && cueLemma(tokens[n]!.text) && isFiniteVerb(tokens[n]!.text)) return true;
  return tokens.slice(0, titled).every((t) => !/^\p{L}/u.test(t.text) || /^(the|a|an|but|and|so)$/iu.test(t.text));
}

const isTitleWord = (w: string) => {
  const title = w.toLowerCase().replace(/\.$/u, '');
  return /^\p{Lu}/u.test(w) && (MALE_TITLES.has(title) || FEMALE_TITLES.has(title) || title === 'dr');
};

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
  const cue = { start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text };
  return content && isClause(content.text.replace(/^that\s+/iu, '')) ? draft(content, cue, who, false, sentence) : null;
}
