// Speech told by a participle opening the sentence, its speaker the subject of the main clause:
// "Insisting that the deal was fair, the minister told lawmakers …", "Arguing that the tax hurt
// farmers, opposition leaders called for …".
import { cueLemma } from './cues.js';
import { isAndOrBut, isFiniteVerb } from './lexicon.js';
import { draft, trimmed, type QuoteDraft } from './quote-draft.js';
import type { ReportSentence } from './reporting-cues.js';
import { spanOf } from './tokens.js';

/** The quote of a cue in "-ing" opening the sentence (past "And", "But") with a "that" clause, said
 *  by the subject after the comma closing it; null for any other token `i`. */
export function openingParticipleReport(s: ReportSentence, i: number): QuoteDraft | null {
  const { text, sentence, tokens, speakers } = s;
  const t = tokens[i]!;
  const first = isAndOrBut(tokens[0]?.text ?? '') ? 1 : 0;
  if (i !== first || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text) || !cueLemma(t.text.toLowerCase()) || !/^that$/iu.test(tokens[i + 1]?.text ?? '')) return null;
  const subject = speakers.subject(tokens);
  const close = subject ? tokens.findIndex((x) => x.start >= subject.start) - 1 : -1;
  if (!subject || close < i + 3 || tokens[close]!.text !== ',') return null;
  // The whole subject, as the main clause's verb reads it ("opposition leaders called …").
  const verb = tokens.findIndex((x, n) => n > close + 1 && isFiniteVerb(x.text));
  const whole = verb > 0 ? speakers.before(tokens, verb, true) : null;
  const speaker = whole && whole !== 'CONJOINED' && whole.start === subject.start ? whole : subject;
  const content = trimmed(text, tokens[i + 1]!.start, tokens[close]!.start);
  return content && draft(content, spanOf(t), speaker, false, sentence);
}
