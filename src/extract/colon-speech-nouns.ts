// A speech noun after a light verb whose content a colon brings: "gave a blunt assessment: the
// Antarctic was changing faster than models predicted", "issued a stark warning: without savings,
// services would close". The verb's subject speaks; the clause after the colon is what was said.
// ("One problem remains: …", "gave one figure: 16.9 million" report nothing: no speech noun, no clause.)
import { copularSpeechNoun } from './copular-speech-nouns.js';
import { SPEECH_NOUNS } from './cues.js';
import { isAdjective, isFiniteVerb } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { type Token, spanOf } from './tokens.js';
import { LIGHT_VERBS } from './light-verb-nouns.js';
import { speechNounLemma } from './speech-nouns.js';
import { isOpeningMarkOrApostrophe } from './quote-mark-tokens.js';

/** Nouns of a judgement, spoken when a light verb gives them, beside those naming something said:
 *  "gave a blunt assessment: …", "gave one reason: …". */
const GIVEN_SPEECH_NOUNS = /^(assessment|reason|diagnosis|ultimatum)$/u;

/** Words between a light verb and its noun: "gave one reason", "offered a more cautious explanation". */
const NOUN_OPENERS = /^(a|an|the|one|his|her|its|their|fresh|further|more|another|same)$/u;

/** A noun that may report what a colon brings after a light verb: the word colonNounReport asks first. */
export const colonSpeechNoun = (word: string) =>
  GIVEN_SPEECH_NOUNS.test(word) || SPEECH_NOUNS.has(word) || copularSpeechNoun(word) || speechNounLemma(word) !== undefined;

/** The quote of the speech noun at token `i`, given by a light verb before it and followed by a colon
 *  and a clause, or null. */
export function colonNounReport(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  const noun = tokens[i]!;
  if (!colonSpeechNoun(noun.text)) return null;
  const colon = colonAfterNoun(tokens, i);
  if (colon < 0) return null;
  let verb = i - 1;
  while (verb > i - 4 && (NOUN_OPENERS.test(tokens[verb]?.text ?? '') || isAdjective(tokens[verb]?.text ?? ''))) verb--;
  if (verb === i - 1 || !LIGHT_VERBS.test(tokens[verb]?.text ?? '')) return null;
  // (A quotation after the colon is quoted speech of its own.)
  const first = tokens[colon + 1];
  if (!first || isOpeningMarkOrApostrophe(first.text)) return null;
  const content = trimmed(text, first.start, sentence.end);
  if (!content || !hasFiniteVerb(content.text)) return null;
  const speaker = speakers.before(tokens, verb, true);
  return speaker && speaker !== 'CONJOINED' ? draft(content, spanOf(noun), speaker, false, sentence) : null;
}

/** The colon right after the noun at `i`, or after a short phrase on it ("one reason for haste:",
 *  "a warning of his own:", "his verdict on the refereeing on Saturday:"), or -1. */
function colonAfterNoun(tokens: Token[], i: number): number {
  if (tokens[i + 1]?.text === ':') return i + 1;
  if (!/^(for|of|on|to)$/u.test(tokens[i + 1]?.text ?? '')) return -1;
  for (let k = i + 2; k <= i + 8 && k < tokens.length; k++) {
    if (tokens[k]!.text === ':') return k;
    if (!/^\p{L}+$/u.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** A clause, not a list or a figure: a finite verb among the first words ("ships were already queuing"). */
const hasFiniteVerb = (content: string) =>
  content
    .split(/\s+/u)
    .slice(0, 8)
    .some((w, n) => n > 0 && isFiniteVerb(w.replace(/[,.;]$/u, '')));
