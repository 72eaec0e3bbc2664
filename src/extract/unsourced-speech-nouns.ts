// Speech named by a noun whose source the sentence does not name: "He faced allegations that he
// misused campaign funds", "amid speculation that she will run", "despite complaints that the course
// was unsafe". The "that" clause is what was said; who said it is not told, so the quote has no
// speaker, as with "It was announced that …" (impersonal-speech.ts). A possessor, a light verb or
// "from"/"by" naming the source are read before this (speech-nouns.ts, noun-source.ts).
import { isClause } from './clauses.js';
import { contentEnd } from './content-end.js';
import { isVerbForm, tagsOf, THAT_TIME } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { clauseAfterThat, speechNounLemma } from './speech-nouns.js';
import { openingPhraseClose } from './possessed-noun-clauses.js';

/** Nouns of talk passed on, with no one speaking in them: "amid speculation that …", "rumors that …". */
const HEARSAY_NOUNS = /^(speculation|rumou?rs?)$/u;
export const isHearsayNoun = (word: string) => HEARSAY_NOUNS.test(word);

const infinitiveOnly = (tags: string[]) => tags.length > 0 && tags.every((t) => t === 'Infinitive');

/** The quote of a lower-case speech noun at token `i` and the "that" clause after it, with no speaker, or null. */
export function unsourcedSpeechNoun(s: ReportSentence, i: number): QuoteDraft | null {
  const { text, sentence, tokens } = s;
  const word = tokens[i]!.text;
  // ("a stark reminder that …" tells what a thing shows, no one's words.)
  if (!((speechNounLemma(word) && word !== 'reminder') || isHearsayNoun(word)) || !clauseAfterThat(tokens, i + 1)) return null;
  // "the remarks that day": "that" before a time is a determiner; "a claim that originated in …",
  // "threats that change every day": before a verb it opens a relative clause.
  const after = tokens[i + 2]!.text;
  if (THAT_TIME.test(after) || isVerbForm(after) || (/^\p{Ll}/u.test(after) && infinitiveOnly(tagsOf(after)))) return null;
  // As the subject ("Allegations that he lied were denied") the clause ends where no rule can tell.
  if (tokens.slice(0, i).every((t) => !/^\p{L}/u.test(t.text) || /^(the|a|an|but|and|new|fresh|further|false|repeated)$/iu.test(t.text))) return null;
  // "Despite complaints that …, the senator …": a phrase opening the sentence ends at its comma.
  const phraseClose = openingPhraseClose(tokens, i, i);
  const content = trimmed(text, tokens[i + 1]!.start, phraseClose > i ? tokens[phraseClose]!.start : contentEnd(tokens, i + 1, sentence.end));
  const cue = { start: tokens[i]!.start, end: tokens[i]!.end, text: word };
  return content && isClause(content.text.replace(/^that\s+/iu, '')) ? draft(content, cue, null, false, sentence) : null;
}
