// Speech named by a noun with its source after "from" or "by": "despite assurances from the
// minister that no documents were missing", "dismissed claims by the developer that the tower would
// create 500 jobs". The source speaks; the "that" clause is what it said.
import { isClause } from './clauses.js';
import { contentEnd } from './content-end.js';
import { isAdverb, isFiniteVerb } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { openingPhraseClose } from './possessed-noun-clauses.js';
import { speechNounLemma } from './speech-nouns.js';
import { type Token, spanOf } from './tokens.js';

/** The index of "that" after a speech noun at `i` and its source after "from" or "by", or -1. */
export function sourcedNounThat(tokens: Token[], i: number): number {
  if (!speechNounLemma(tokens[i]!.text.toLowerCase()) || !/^(from|by)$/iu.test(tokens[i + 1]?.text ?? '')) return -1;
  const that = tokens.findIndex((x, n) => n > i + 2 && n <= i + 8 && /^that$/iu.test(x.text));
  if (that < 0 || tokens.slice(i + 2, that).some((x) => !/^[\p{L}\p{N}.'’-]/u.test(x.text))) return -1;
  // "claims by the developer that were rejected": "that" opening a relative clause has no subject after it.
  const after = tokens[that + 1]?.text ?? '';
  return after && /^[\p{L}\p{N}]/u.test(after) && !isFiniteVerb(after) && !isAdverb(after) ? that : -1;
}

/** The quote of a speech noun at token `i` with its source after "from" or "by", or null. */
export function nounWithSource(s: ReportSentence, i: number): QuoteDraft | null {
  const { text, sentence, tokens, speakers } = s;
  const that = sourcedNounThat(tokens, i);
  if (that < 0) return null;
  const speaker = speakers.phraseEndingAt(tokens, that - 1, true);
  if (!speaker || speaker.start !== tokens[i + 2]!.start) return null;
  // "Despite assurances from the whips that …, several members said …": a phrase opening the sentence ends at its comma.
  const phraseClose = openingPhraseClose(tokens, i, i);
  const content = trimmed(text, tokens[that]!.start, phraseClose > that ? tokens[phraseClose]!.start : contentEnd(tokens, that, sentence.end));
  const cue = tokens[i]!;
  return content && isClause(content.text.replace(/^that\s+/iu, '')) ? draft(content, spanOf(cue), speaker, false, sentence) : null;
}
