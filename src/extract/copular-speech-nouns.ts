// A possessed noun of speech whose content stands after a copula: "Sanders's argument on Sunday was
// that superdelegates should switch", "Her complaint is that the buses never come", "His message has
// long been that …". The possessor speaks, as with "her claim that …"; the "that" clause is what was said.
import { isClause } from './clauses.js';
import { contentEnd } from './content-end.js';
import { whenOrWhereWord } from './cues.js';
import { PREPOSITIONS } from './speech-venues.js';
import { isAdjective } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { clauseAfterThat, marksPossessor, possessorAt } from './speech-nouns.js';
import { isPlainWord, type Token, spanOf, wordAt } from './tokens.js';
import type { SpeakerSurface } from './name-index.js';

/** Nouns naming what someone said, whose content a copula may bring ("Her point was that …"). Beliefs
 *  and feelings ("view", "fear", "hope") are no speech. */
const COPULAR_SPEECH_NOUNS =
  /^(argument|arguments|point|message|claim|contention|complaint|answer|response|reply|explanation|position|case|pitch|warning|suggestion|assertion|excuse|defen[cs]e|advice)$/u;

/** A noun that may report speech after a copula: the word copularSpeechNoun asks first. */
export const copularSpeechNoun = (word: string) => COPULAR_SPEECH_NOUNS.test(word);

/** "was", "is", "has (long) been", "remains": the index after the copula opening at `k`, or -1. */
function afterCopula(tokens: Token[], k: number): number {
  const w = (n: number) => wordAt(tokens, n);
  if (/^(is|was|remains|remained)$/u.test(w(k))) return k + 1;
  let n = k;
  if (/^(has|had|have)$/u.test(w(n))) n++;
  else if (w(n) === 'long' && /^(has|had)$/u.test(w(n + 1))) n += 2;
  else return -1;
  if (w(n) === 'long' || w(n) === 'always') n++;
  return w(n) === 'been' ? n + 1 : -1;
}

/** Nouns that are something said even after "the", with no possessor: "The message was clear: …"
 *  ("The answer is simple: …" is the writer's). */
const SAID_UNPOSSESSED = /^(message|warning|advice|reply)$/u;

/** Words for how plain a message was, before the colon that brings it: "The message was clear: …". */
const PLAIN = /^(clear|simple|blunt|stark|plain|unequivocal|unmistakable|straightforward|firm)$/u;

/** The quote of a possessed speech noun at token `i` whose "that" clause follows a copula, past when
 *  or where it was said ("on Sunday", "to voters"), or null. With a word of plainness and a colon
 *  after the copula the colon brings what was said, and "the" may stand for the possessor: "The
 *  message from the union was blunt: no deal, no trains" is the union's, "The message in the dressing
 *  room was clear: …" nobody's named. */
export function copularNounReport(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  const noun = tokens[i]!;
  if (!copularSpeechNoun(noun.text)) return null;
  // "Sanders's argument", "her main complaint": a possessor right before the noun or one adjective before it.
  const mark = isAdjective(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const owner = tokens[mark]?.text ?? '';
  const possessed = marksPossessor(owner) || /^their$/iu.test(owner);
  if (!possessed && !(/^the$/iu.test(owner) && SAID_UNPOSSESSED.test(noun.text))) return null;
  let k = i + 1;
  // "The message from the union": the source after "from".
  const source = !possessed && /^from$/iu.test(tokens[k]?.text ?? '') ? sourceBeforeCopula(s, k) : null;
  if (source) while (k < tokens.length && tokens[k]!.start < source.end) k++;
  if (PREPOSITIONS.has(tokens[k]?.text.toLowerCase() ?? '') || whenOrWhereWord(tokens[k]?.text ?? '')) {
    while (k < i + 8 && isPlainWord(tokens[k]?.text ?? '') && afterCopula(tokens, k) < 0) k++;
  }
  const that = afterCopula(tokens, k);
  if (that < 0) return null;
  const colon = PLAIN.test(tokens[that]?.text ?? '') && tokens[that + 1]?.text === ':' ? that + 1 : -1;
  if (colon < 0) return possessed ? possessedThat(s, i, mark, that) : null;
  const speaker = possessed ? possessorSpeaker(s, mark) : source;
  // (A quotation after the colon is quoted speech of its own.)
  const content = /^[“"‘]/u.test(tokens[colon + 1]?.text ?? '“') ? null : trimmed(text, tokens[colon + 1]!.start, sentence.end);
  return content && content.text.split(/\s+/u).length >= 3 ? draft(content, spanOf(noun), speaker, false, sentence) : null;
}

/** Who owns the speech noun through the possessive at `mark`: "their" as the pronoun it is, else the
 *  name or pronoun before the "'s" or the "his"/"her" ("Sanders's argument", "her complaint"). */
function possessorSpeaker(s: ReportSentence, mark: number): SpeakerSurface | null {
  const t = s.tokens[mark]!;
  return /^their$/iu.test(t.text)
    ? { start: t.start, end: t.end, text: t.text, kind: 'PRONOUN' as const, entityId: null }
    : possessorAt(s.text, s.tokens, mark, s.speakers);
}

/** "from the union was …": the source after "from" at `from`, up to the copula, or null. */
function sourceBeforeCopula(s: ReportSentence, from: number): SpeakerSurface | null {
  const { tokens, speakers } = s;
  for (let c = from + 2; c <= from + 6 && c < tokens.length; c++) {
    if (afterCopula(tokens, c) < 0) continue;
    const who = speakers.phraseEndingAt(tokens, c - 1, true);
    return who && who.start >= tokens[from + 1]!.start ? who : null;
  }
  return null;
}

/** "Her complaint is that …": the "that" clause at `that` after the copula, said by the possessor at `mark`. */
function possessedThat(s: ReportSentence, i: number, mark: number, that: number): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  if (!clauseAfterThat(tokens, that)) return null;
  const speaker = possessorSpeaker(s, mark);
  if (!speaker) return null;
  const noun = tokens[i]!;
  const content = trimmed(text, tokens[that]!.start, contentEnd(tokens, that, sentence.end));
  return content && isClause(content.text.replace(/^that\s+/iu, '')) ? draft(content, spanOf(noun), speaker, false, sentence) : null;
}
