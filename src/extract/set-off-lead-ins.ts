// What a quotation after an attribution set off by commas takes from its sentence: the words before
// the attribution ("Washington, she says, “has forgotten about us.”") and the rest of the sentence
// after the closing mark ("…, she said, “is a fine example of adapting” to the tides").
import { cueLemma } from './cues.js';
import { isFiniteVerb } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { type QuotedWords, trimmed } from './quote-draft.js';
import { onlyVenueAfter } from './speech-venues.js';
import { indexBeforeName, type Token } from './tokens.js';
import { linksNarrationAt } from './word-classes.js';

/** "Washington, she says, “has forgotten about us.”": the subject before an attribution set off by
 *  commas is said too, when the quotation goes on with its predicate ("The plan, Holt told reporters
 *  on Monday, “is …”": a listener or a time may follow the cue). So is a clause, when the quotation
 *  goes on with the sentence in lower case ("The streets were empty, he added, “but people …”",
 *  "While sales are up, she said, “margins are not.”"), unless it reports someone of its own or
 *  holds a comma of its own ("…, and also, Sanders said, “to …”" is narration). The index of the comma before the attribution, or -1. */
export function subjectSaidToo(w: QuotedWords, head: Token[], j: number, who: SpeakerSurface): number {
  const last = head.length - 1;
  const comma = head.findIndex((t) => t.text === ',');
  const closing = head.findIndex((t, n) => n > j && t.text === ',');
  // (past the speaker's titles: "The new timetable, Ms. Holt said, “is …”")
  const setOff = comma > 0 && closing === last && (j === last - 1 || onlyVenueAfter(head, j + 1)) && indexBeforeName(head, who.start) === comma;
  // ("But, she said, “people …”", "Still, he added, “…”": a connective alone is the narrator's.)
  const predicate =
    !(comma === 1 && linksNarrationAt(head, 0)) &&
    /^\p{Ll}/u.test(w.content.text) &&
    !head.slice(0, comma).some((t) => /^[“”"«»:;]$/u.test(t.text) || (isFiniteVerb(t.text) && cueLemma(t.text)));
  return setOff && predicate ? comma : -1;
}

/** "The ferry, she said, “is a fine example of adapting” to the tides.": where the sentence ends when
 *  it goes on in lower case past a quotation closed without a stop, or null. */
export function clauseGoingOnEnd(w: QuotedWords): number | null {
  const { text, content, sentence } = w;
  if (/[.!?…,;:]$/u.test(content.text.trimEnd())) return null;
  const after = /^[”"’»']+\s+\p{Ll}/u.exec(text.slice(content.end, sentence.end));
  return after ? (trimmed(text, content.end, sentence.end)?.end ?? null) : null;
}
