// "Asked what he will miss, he shrugs. “The quiet, maybe.”": a quotation closing the paragraph
// right after a sentence about a person is that person's.
import { cueLemma } from './cues.js';
import { NO_COMMENT } from './continuation.js';
import { isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { roleOf } from './roles.js';
import { nationalityNoun } from './speaker-phrases.js';
import { nounPhraseEnd } from './speaker-words.js';
import { isHeOrShe } from './word-classes.js';
import type { SpeakerFinder } from './speakers.js';
import { tokenize, type Token } from './tokens.js';
import type { Block, Layout, Sentence } from './types.js';

/** The person the sentence before `sentence` is about, when that sentence stands in the same
 *  paragraph (`paragraph`) with no quotation before it there; not when it reports speech itself
 *  (`reportsSpeech`) or says someone did not comment. */
export function personNarratedBefore(
  text: string,
  layout: Layout,
  sentence: Sentence,
  paragraph: Block,
  speakers: SpeakerFinder,
  reportsSpeech: (sentence: number) => boolean,
): SpeakerSurface | null {
  const before = layout.sentences[sentence.index - 1];
  // A quotation earlier in the paragraph may run on into this one (“…” He paused. “…”), also in
  // archives typed in ASCII, whose marks are two apostrophes (''…'' he asked. ''…'').
  if (!before || before.start < paragraph.start || /[“”"«»]|''/u.test(text.slice(paragraph.start, before.start))) return null;
  if (NO_COMMENT.test(before.text)) return null;
  if (!reportsSpeech(before.index)) return actingPerson(tokenize(text, before.start, before.end), speakers);
  // ("Asked about the harbour, Holt paused.", "When Reyes asked her why, she laughed.": the speech it
  // reports stands in a clause set before its own, which narrates who answers.)
  const own = clauseAfterComma(before.text);
  return own === null ? null : actingPerson(tokenize(text, before.start + own, before.end), speakers);
}

/** The offset in `sentence` of a clause of its own after its last comma, a subject and a verb that
 *  is no cue (", Holt paused.", ", she laughed."), or null. */
export function clauseAfterComma(sentence: string): number | null {
  const comma = sentence.lastIndexOf(',');
  const m = comma < 0 ? null : CLAUSE_AFTER_COMMA.exec(sentence.slice(comma + 1));
  return m && isFiniteVerb(m[1]!) && !cueLemma(m[1]!) ? comma + 1 : null;
}
const CLAUSE_AFTER_COMMA = /^\s+(?:he|she|they|I|we|(?:the|a|an)\s+\p{Ll}+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(\p{Ll}+)\b/u;

/** The person a sentence of narration is about: a name or "he"/"she" opening one of its clauses. */
export function actingPerson(tokens: Token[], speakers: SpeakerFinder, introducing = false): SpeakerSurface | null {
  // A sentence that quotes or reports speech itself is an attribution: its quotations go on.
  // ("Asked what he will miss, he shrugs": the opening participle is what he was asked.) A cue with
  // only an object, where no speech was found ("The coach praised his striker."), reports nothing:
  // the quotation says the praise.
  if (tokens.some((t, n) => /^[“”"«»']$/u.test(t.text) || (cueLemma(t.text) && !(n === 0 && /^(Asked|Pressed)$/u.test(t.text)) && reportsAfter(tokens, n))))
    return null;
  const starts = [0, ...tokens.flatMap((t, n) => (t.text === ',' ? [n + 1] : []))];
  for (const k of starts) {
    const clause = tokens.slice(k);
    const who = speakers.subject(clause);
    if (who?.kind === 'PRONOUN' && isHeOrShe(who.text)) return who;
    if (who?.kind === 'NAME' && speakers.isPersonAt(who.start)) return who;
    // "The Argentine smiled.", "The 24-year-old shrugged.": a person named again by a description.
    // ("A senior EU diplomat": the body inside a description is not who acts.)
    const described = who?.kind === 'NOMINAL' ? who : speakers.phraseEndingAt(clause, nounPhraseEnd(clause, 0), true);
    // "A senior EU diplomat was less upbeat: “…”": narration introducing a quotation may bring someone new.
    if (described?.kind === 'NOMINAL' && describesPerson(described.text, introducing)) return described;
  }
  return null;
}

/** Whether the words after the cue at `n` report something: "that", or a clause with its own verb. */
const reportsAfter = (tokens: Token[], n: number): boolean =>
  /^that$/iu.test(tokens[n + 1]?.text ?? '') || tokens.slice(n + 1).some((t) => isFiniteVerb(t.text) || cueLemma(t.text));

/** "the coach", "the Argentine", "the 24-year-old": a definite description of one person; with
 *  `introducing`, an indefinite one too ("a senior EU diplomat"). */
function describesPerson(phrase: string, introducing: boolean): boolean {
  const words = phrase.toLowerCase().split(/\s+/u);
  const determiner = words[0] === 'the' || (introducing && /^(a|an|one)$/u.test(words[0]!));
  if (!determiner || words.length > 5) return false;
  const head = words[words.length - 1]!;
  return roleOf(head) === head || nationalityNoun(`the ${head}`);
}
