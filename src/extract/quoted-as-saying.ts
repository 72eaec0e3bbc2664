// "IRNA quoted a senior official as saying …": the one quoted speaks, not the subject (reported-speakers.ts).
import { PREPOSITIONS } from './speech-venues.js';
import { isFormOfBe } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';

/** The index of "quoted" or "cited" in "IRNA quoted a senior official as saying" when the cue at `i`
 *  is that "saying", or -1. */
export function quotingVerbBefore(tokens: Token[], i: number): number {
  if (!/ing$/u.test(tokens[i]!.text) || tokens[i - 1]?.text.toLowerCase() !== 'as') return -1;
  const back = Math.max(0, i - 16);
  const verb = tokens.slice(back, i - 2).findLastIndex((t) => /^(quoted|quotes|quote|quoting|cited|cites|citing)$/iu.test(t.text));
  return verb < 0 ? -1 : back + verb;
}

/** "IRNA quoted a senior official as saying …", "The agency cited Ann Holt as saying …": the
 *  one quoted speaks, not the subject. */
export function quotedAsSaying(text: string, tokens: Token[], i: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const at = quotingVerbBefore(tokens, i);
  if (at < 0) return null;
  const back = Math.max(0, i - 16);
  const from = tokens[at + 1]!;
  // "X was quoted by SPA as saying", "X was quoted in a 2013 message as saying": in the passive the subject speaks.
  if (/^by$/iu.test(from.text) || isFormOfBe(tokens[at - 1]?.text ?? '')) return null;
  // "quoted the head of the agency, Ali Rezaei, as saying": the name in apposition closes the phrase;
  // "quoted the ONDH, a government watchdog, as saying": the name before the apposition.
  let last = tokens[i - 2]!.text === ',' ? i - 3 : i - 2;
  let who = speakers.phraseEndingAt(tokens, last, true);
  const opensApposition = last < i - 2 ? tokens.slice(back, last).findLastIndex((t) => t.text === ',') : -1;
  if (opensApposition > 0 && who?.kind !== 'NAME') {
    // ("the Human Rights Observatory (ONDH), a watchdog,": past its initials in brackets.)
    let end = back + opensApposition - 1;
    if (tokens[end]!.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
    const named = speakers.phraseEndingAt(tokens, end, true);
    if (named?.kind === 'NAME') [last, who] = [end, named];
  }
  // "quoted a senior official in the president's office as saying": the one the phrase opens with.
  const opening = at + 1;
  const preposition = opening + tokens.slice(opening, last).findIndex((t) => PREPOSITIONS.has(t.text.toLowerCase()));
  const head = who && who.start > from.start && preposition > opening ? speakers.phraseEndingAt(tokens, preposition - 1, true) : null;
  if (head && head.start === from.start) return head;
  if (who && who.start >= from.start) return who;
  // A name the recogniser did not take ("quoted Sisi as saying") is still the one quoted.
  const words = tokens.filter((t) => t.start >= from.start && t.end <= tokens[last]!.end);
  if (!words.every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text))) return null;
  const end = tokens[last]!.end;
  return { start: from.start, end, text: text.slice(from.start, end), kind: 'NAME', entityId: null };
}
