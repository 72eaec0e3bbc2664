// Speech told in the passive with its speaker after "by": "The job cuts were first reported by the
// Financial Times", "The decision was announced by the mayor on Tuesday". What was reported or
// announced is the subject; who did it follows "by".
import { isAdverb, isFiniteVerb } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { PRONOUNS } from './speaker-words.js';
import { SOURCES_ONLY, SPEECH_PARTICIPLES, WHEN_WORDS } from './speech-participles.js';

const DETERMINERS = /^(the|a|an|his|her|its|their|our|these|those|this|that|all|some|any)$/iu;

/** The quote of a passive speech verb at token `i` with "by" and its speaker after it, or null. */
export function passiveSpeech(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence, speakers } = s;
  if (!SPEECH_PARTICIPLES.test(tokens[i]!.text) || SOURCES_ONLY.test(tokens[i]!.text) || tokens[i + 1]?.text !== 'by') return null;
  let k = i - 1;
  while (k > 0 && /^\p{Ll}/u.test(tokens[k]!.text) && (isAdverb(tokens[k]!.text) || /^(first|also|initially|earlier|previously)$/u.test(tokens[k]!.text))) k--;
  // The auxiliary in lower case only, unlike isCopula (lexicon.ts), as every word read here: the passive's
  // "was" follows its subject, and a capital "Was" opens a question ("Was it announced by …?") or a heading.
  if (tokens[k]?.text === 'been' && /^(has|have|had)$/u.test(tokens[k - 1]?.text ?? '')) k--;
  else if (!/^(is|are|was|were)$/u.test(tokens[k]?.text ?? '')) return null;
  // The subject opens the sentence and is a noun phrase: no comma, no verb, no pronoun ("It was announced").
  const subject = tokens.slice(0, k);
  // ("The arrests were confirmed": a plural after a determiner is a noun, whatever verb it spells.)
  const verb = (n: number) => isFiniteVerb(subject[n]!.text) && !DETERMINERS.test(subject[n - 1]?.text ?? '');
  if (!subject.length || subject.some((t, n) => !/^[\p{L}\p{N}'’$%.-]+$/u.test(t.text) || verb(n))) return null;
  if (subject.length === 1 && PRONOUNS.has(subject[0]!.text.toLowerCase())) return null;
  // "confirmed by police late on Sunday": the speaker ends before when it spoke.
  let when = i + 2;
  while (when < tokens.length && !WHEN_WORDS.test(tokens[when]!.text)) when++;
  const speaker = speakers.after(tokens.slice(0, when), i + 1);
  const content = trimmed(text, subject[0]!.start, subject.at(-1)!.end);
  const cue = tokens[i]!;
  return speaker && content ? draft(content, { start: cue.start, end: cue.end, text: cue.text }, speaker, false, sentence) : null;
}
