// Speech told in the passive with its speaker after "by": "The job cuts were first reported by the
// Financial Times", "The decision was announced by the mayor on Tuesday". What was reported or
// announced is the subject; who did it follows "by". So too with a verb whose object is what it
// speaks of: "The levy was sharply criticized by Ann Holt", "His remarks were echoed by the mayor".
import { cueLemma } from './cues.js';
import { isAdverb, isFiniteVerb, isVerbForm } from './lexicon.js';
import { contentEnd } from './content-end.js';
import { extended } from './extended.js';
import { addGap, draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import type { TextSpan } from './types.js';
import { PRONOUNS } from './speaker-words.js';
import { infinitiveNoun } from './speech-noun-infinitives.js';
import { SOURCES_ONLY, SPEECH_PARTICIPLES, WHEN_WORDS } from './speech-participles.js';
import { speaks } from './topic-speakers.js';
import { spokenOf } from './spoken-of.js';
import { objectVerb, topicVerbLemma } from './topic-verbs.js';
import { spanOf } from './tokens.js';

const DETERMINERS = /^(the|a|an|his|her|its|their|our|these|those|this|that|all|some|any)$/iu;

/** The quote of a passive speech verb at token `i` with "by" and its speaker after it, or null. */
export function passiveSpeech(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  const topic = topicParticiple(tokens[i]!.text);
  if ((!topic && !SPEECH_PARTICIPLES.test(tokens[i]!.text)) || SOURCES_ONLY.test(tokens[i]!.text) || tokens[i + 1]?.text !== 'by') return null;
  let k = i - 1;
  while (k > 0 && /^\p{Ll}/u.test(tokens[k]!.text) && (isAdverb(tokens[k]!.text) || /^(first|also|initially|earlier|previously)$/u.test(tokens[k]!.text))) k--;
  // The auxiliary in lower case only, unlike isCopula (lexicon.ts), as every word read here: the passive's
  // "was" follows its subject, and a capital "Was" opens a question ("Was it announced by …?") or a heading.
  if (tokens[k]?.text.toLowerCase() === 'as') return topic ? null : asReportedBy(s, i, k);
  if (tokens[k]?.text === 'been' && /^(has|have|had)$/u.test(tokens[k - 1]?.text ?? '')) k--;
  else if (!/^(is|are|was|were)$/u.test(tokens[k]?.text ?? '')) return null;
  // The subject opens the sentence and is a noun phrase: no comma, no verb, no pronoun ("It was announced").
  const subject = tokens.slice(0, k);
  // ("The arrests were confirmed": a plural after a determiner is a noun, whatever verb it spells.)
  const verb = (n: number) => isFiniteVerb(subject[n]!.text) && !DETERMINERS.test(subject[n - 1]?.text ?? '');
  if (!subject.length || subject.some((t, n) => !/^[\p{L}\p{N}'’$%.-]+$/u.test(t.text) || verb(n))) return null;
  // ("He was criticized by Ann Holt": the one spoken of may be a pronoun; "It was announced" tells nothing.)
  if (subject.length === 1 && PRONOUNS.has(subject[0]!.text.toLowerCase()) && !(topic && /^(he|she|they)$/iu.test(subject[0]!.text))) return null;
  // "confirmed by police late on Sunday": the speaker ends before when it spoke.
  let when = i + 2;
  while (when < tokens.length && !WHEN_WORDS.test(tokens[when]!.text)) when++;
  const speaker = speakers.after(tokens.slice(0, when), i + 1);
  // ("Pike was criticized by Ann Holt for his remarks on the levy": why, as in the active "criticized
  // Pike for his remarks", is part of what was said.)
  const why = topic && speaker ? tokens.findIndex((t) => t.start >= speaker.end) : -1;
  const end = why > 0 && tokens[why]!.text === 'for' ? contentEnd(tokens, why, sentence.end) : subject.at(-1)!.end;
  const content = trimmed(text, subject[0]!.start, end);
  // ("The convoy was attacked by gunmen", "The plan was backed by evidence": a speaker who speaks with
  // the verb, and something spoken of, as in the active "Ann Holt criticized the levy" (topic-speech.ts).)
  // ("Her pledge to restore the benefits was welcomed by the union": the pledge is reported on its own.)
  const pledged = subject.some((t, n) => infinitiveNoun(t.text) && subject[n + 1]?.text === 'to');
  if (topic && (pledged || !speaker || !speaks(s, speaker, topic) || !spokenOf(s, 0, subject.at(-1)!.end, topic))) return null;
  const cue = tokens[i]!;
  if (!speaker || !content) return null;
  const q = draft(content, spanOf(cue), speaker, false, sentence);
  // (The passive and its speaker between the two pieces are narration: "Tom Pike | for his remarks".)
  if (end > subject.at(-1)!.end) addGap(text, q, { start: subject.at(-1)!.end, end: tokens[why]!.start });
  return topic ? extended(q, { topic: true }) : q;
}

/** "As first reported by the Gazette, the council sold the quay", "The council sold the quay, as reported
 *  by the Gazette on Tuesday": the passive in a clause of "as" set off by a comma, its speaker after "by",
 *  reports the main clause: the one after it when it opens the sentence, else the one before it. A clause
 *  before with a report of its own ("Holt said …, as reported by the Gazette") is that speaker's words,
 *  passed on. `as` is the index of "as", `i` that of the participle. */
function asReportedBy(s: ReportSentence, i: number, as: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  const comma = tokens.findIndex((t, n) => n > i + 1 && t.text === ',');
  let when = i + 2;
  while (when < tokens.length && when !== comma && !WHEN_WORDS.test(tokens[when]!.text)) when++;
  // (Whoever "by" names reported it: a paper or a broadcaster as well as a person.)
  const speaker = speakers.after(tokens.slice(0, when), i + 1, true);
  if (!speaker) return null;
  let content: TextSpan | null = null;
  if (as === 0 && comma > 0) content = trimmed(text, tokens[comma]!.end, sentence.end);
  // ("The quay is, as reported by the Gazette, for sale": an aside inside the clause is left to it.)
  else if (as > 1 && comma < 0 && tokens[as - 1]!.text === ',' && !tokens.slice(0, as - 1).some((t) => cueLemma(t.text) !== undefined))
    content = trimmed(text, tokens[0]!.start, tokens[as - 1]!.start);
  // ("As reported by the Gazette." alone, or a phrase with no verb: no clause reported.)
  if (!content?.text.split(/\s+/u).some((w) => isFiniteVerb(w) || isVerbForm(w))) return null;
  const cue = tokens[i]!;
  return draft(content, spanOf(cue), speaker, false, sentence);
}

/** Stances, which the passive does not report: "The plan was backed by Paul Kemp" (backing-speech.test.ts);
 *  nor "offered", whose passive is mostly a thing given: "Pike was offered a job". */
const STANCES = new Set(['back', 'support', 'oppose', 'offer']);

/** The lemma of a past participle of a verb whose object is what it speaks of ("criticized", "echoed"), or undefined. */
function topicParticiple(word: string): string | undefined {
  const lemma = topicVerbLemma(word);
  return lemma && objectVerb(lemma) && !STANCES.has(lemma) && /ed$/u.test(word) ? lemma : undefined;
}
