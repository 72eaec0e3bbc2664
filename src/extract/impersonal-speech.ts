// Speech told in the impersonal passive, with nobody named: "It was announced on Monday that …",
// "It is understood that …", "It has been reported that …". What follows "that" was said; who said
// it the sentence does not tell, and no one is made up for it (the quote has no speaker), unless
// "by" names one: "It was announced by the company that …".
import { contentEnd } from './content-end.js';
import { isAdverb } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import { SPEECH_PARTICIPLES, WHEN_WORDS } from './speech-participles.js';
import type { ReportSentence } from './reporting-cues.js';

/** Words between the participle and "that": when it was said ("on Monday", "last week", "yesterday"). */
const WHEN = (w: string) => WHEN_WORDS.test(w) || /^(\p{Lu}\p{Ll}+|\p{N}+)$/u.test(w);

/** The quote of an impersonal passive at token `i` ("It was announced that …"), or null. */
export function impersonalSpeech(s: ReportSentence, i: number): QuoteDraft | null {
  const { tokens, text, sentence } = s;
  if (!SPEECH_PARTICIPLES.test(tokens[i]!.text)) return null;
  let k = i - 1;
  while (k > 0 && isAdverb(tokens[k]!.text) && !/^(not|never)$/iu.test(tokens[k]!.text)) k--;
  if (tokens[k]?.text === 'been' && /^(has|had)$/u.test(tokens[k - 1]?.text ?? '')) k--;
  else if (!/^(is|was)$/u.test(tokens[k]?.text ?? '')) return null;
  // "It" opens the sentence, or a clause after a comma or a conjunction ("…, but it is understood that").
  const it = tokens[k - 1];
  const opening = k - 1 === 0 || /^(,|;|and|but|while|although|though)$/iu.test(tokens[k - 2]?.text ?? '');
  if (!it || !/^it$/iu.test(it.text) || !opening) return null;
  // "It was announced by the company that …": the speaker after "by", when the sentence names one.
  const agent = tokens[i + 1]?.text === 'by' ? s.speakers.after(tokens, i + 1) : null;
  let that = i + 1;
  if (agent) while (that < tokens.length && tokens[that]!.start < agent.end) that++;
  while (that < tokens.length && that <= i + 4 + (agent ? 8 : 0) && WHEN(tokens[that]!.text)) that++;
  if (tokens[that]?.text !== 'that') return null;
  const content = trimmed(text, tokens[that + 1]?.start ?? sentence.end, contentEnd(tokens, that, sentence.end, true));
  const cue = tokens[i]!;
  return content && content.text.split(/\s+/u).length >= 3 ? draft(content, { start: cue.start, end: cue.end, text: cue.text }, agent, false, sentence) : null;
}
