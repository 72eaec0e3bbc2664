// Where and when speech was given, as a sentence names it around the cue: "said in a statement on
// Thursday", "told reporters in Beijing", "in a statement posted on its website", "during a meeting with …".
import { cueLemma, INFINITIVE_VERBS } from './cues.js';
import { isAdverb, isCalendarWord, isFiniteVerb } from './lexicon.js';
import type { Token } from './tokens.js';
import type { TextSpan } from './types.js';
import { trimmed } from './quote-draft.js';
import { WEEKDAY_ALTERNATIVES } from './word-classes.js';

/** Prepositions that open where or when a cue's words were said: "said at a briefing", "said after the vote". */
export const PREPOSITIONS = new Set(
  'at in on during after before from with to via through over under amid outside inside ahead following throughout'.split(' '),
);

// Participles on the venue noun: "in a statement posted on its website", "carried by the news agency".
export const VENUE_PARTICIPLES = /^(posted|issued|released|published|carried|broadcast|aired|sent|made|given|held|delivered|shared)$/iu;

// Where it was said, closing the content: "in a statement", "on Twitter"; and when, next to where:
// "in a statement on Thursday". A time alone closing the content ("his house was hit on Saturday
// night", "would file a motion on Tuesday") is when what was said happened, and stays.
// "in an interview published on Saturday", "in an email Saturday to his panel": a participle or a
// listener on the venue noun, a time between, stay with the venue.
const WEEKDAY = `(?:${WEEKDAY_ALTERNATIVES})`;
const SPEECH_VENUE = String.raw`in (?:an?|his|her|their|its) (?:written |joint |brief |recent |separate |televised |radio |phone |telephone )?(?:statement|interview|email|post|tweet|speech|letter|op-ed)(?: (?:published|posted|aired|broadcast|released))?(?: ${WEEKDAY})?(?: (?:with|to) [\p{L}\p{N} .'’-]{1,40}?)?|on (?:Twitter|Facebook|Instagram|television|TV|(?:its|his|her|their) website)`;
const SPEECH_TIME = `(?:on |last |this )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?|yesterday|today`;
const TRAILING_VENUE = new RegExp(`(?:[\\s,]+(?:${SPEECH_VENUE}|${SPEECH_TIME}))+[\\s.,;:!?”"’)]*$`, 'u');
const HOLDS_VENUE = new RegExp(`[\\s,](?:${SPEECH_VENUE})`, 'u');

/** `end` moved back past a trailing "in a statement on Thursday". */
export function withoutTrailingVenue(text: string, start: number, end: number): number {
  const m = TRAILING_VENUE.exec(text.slice(start, end));
  if (!m || m.index === 0 || !HOLDS_VENUE.test(m[0])) return end;
  // "prices should ease by next year": a time the content itself is about stays.
  if (/\b(by|until|before|after|since|from|within|through|for|than)\s*$/iu.test(text.slice(start, start + m.index))) return end;
  // "said it asked for the emails back in a letter to the FBI": where a speech the content reports was given stays.
  if (
    text
      .slice(start, start + m.index)
      .split(/\s+/u)
      .some((w) => cueLemma(w) && isFiniteVerb(w))
  )
    return end;
  return start + m.index;
}

/** The words said without the times and venues closing them, to judge whether they make a clause:
 *  "reported the plan on Monday" reports a noun phrase. */
export function withoutTrailingTimes(content: string): string {
  const m = TRAILING_VENUE.exec(content);
  return m && m.index > 0 ? content.slice(0, m.index) : content;
}

/** What "late", "early", "last" or "this" may stand before, as when it was said: "late on Friday", "this morning". */
const TIME_AFTER = /^(on|in|week|weekend|month|year|morning|afternoon|evening|night)$/iu;

/** After a cue, up to a comma or the end: nothing, or where, when or to whom it was said ("on
 *  Wednesday", "in a statement posted on its website", "told reporters in Beijing"). */
export function onlyVenueAfter(tokens: Token[], n: number): boolean {
  for (let m = n; m < tokens.length; m++) {
    const w = tokens[m]!.text;
    if (w === ',' || /^[.!?]$/u.test(w)) return true;
    if (m - n >= 14 || /^[“"‘«:;]$/u.test(w) || /^(that|how|why|whether)$/iu.test(w)) return false;
    if (
      m === n &&
      !(
        PREPOSITIONS.has(w.toLowerCase()) ||
        /^(of|by|reporters|journalists|me|us|him|her|them)$/iu.test(w) ||
        /^[\p{Lu}\p{N}]/u.test(w) ||
        isCalendarWord(w) ||
        isAdverb(w) ||
        // "late Thursday", "early on Friday", "last week", "this morning"
        (/^(late|early|last|this|next)$/iu.test(w) && (isCalendarWord(tokens[m + 1]?.text ?? '') || TIME_AFTER.test(tokens[m + 1]?.text ?? '')))
      )
    )
      return false;
    if (isFiniteVerb(w) && !VENUE_PARTICIPLES.test(w)) return false;
  }
  return true;
}

/** "during a meeting with …", "at a campaign stop in Flint", "on the sidelines of the summit": the
 *  occasion of the speech, closing a content. */
const SPEECH_EVENT =
  /(,?\s+(?:during|at|in|on the sidelines of)\s+(?:a|an|the|his|her|their|its|this|that|\p{Lu}[\p{L}.]*['’]s)\s+(?:[^\s,;]+\s+){0,4}?(?:meeting|meetings|talks|conference|forum|summit|rally|ceremony|session|visit|phone call|call|interview|speech|address|event|hearing|briefing|gathering|debate|stop|sidelines|press conference)\b)(.*)$/isu;

/** "from the Senate floor", "on its Facebook page", "on air", "to reporters", "for this article": where,
 *  through what or to whom a phrase was said; "despite …", "in the wake of …": what it was said against
 *  or after. Each closes the phrase as an occasion does. */
const SPEECH_SETTING =
  /(\s+(?:from the (?:\p{Lu}\p{L}+ )?floor|on (?:the )?air|on (?:its|his|her|their) (?:Facebook page|Twitter (?:account|feed)|blog|website|radio show|show|podcast)|to (?:reporters|journalists|the press|(?:the )?(?:campaign )?audiences?|(?:his|her|their) supporters)|for this (?:story|article|report)|despite|in the wake of)\b)(.*)$/isu;

/** The setting closing a phrase, when a phrase of two words at least stands before it ("praised it despite
 *  criticism" keeps its pronoun's reading) and, for a place or listener, no comma follows it ("keeping
 *  the ferry running, compared to …" is said). */
function settingAfterPhrase(phrase: string): RegExpExecArray | null {
  const setting = SPEECH_SETTING.exec(phrase);
  if (!setting || phrase.slice(0, setting.index).trim().split(/\s+/u).length < 2) return null;
  return /^\s+(despite|in)\b/iu.test(setting[1]!) || !setting[2]!.includes(',') ? setting : null;
}

/** After an occasion, a short phrase of where at most, then an infinitive: " in Washington not to move". */
const INFINITIVE_NEXT = /^(?:\s+(?:in|at|on|with)\s+[^,;]{1,40}?)?,?\s+(not\s+)?to\s+\p{Ll}/u;
/** An object naming someone: a name, a pronoun, or a noun phrase with its determiner. */
const ONE_NAMED = /^(?:\p{Lu}|(?:the|his|her|their|its|him|them|us|me)\s)/u;

/** "stressed the need for talks during a meeting with his Iraqi counterpart": where a phrase was
 *  said is no part of it, unless an infinitive the cue takes follows it ("urged the union during a
 *  meeting on Friday to call off the strike"). */
export function withoutSpeechEvent(text: string, lemma: string, content: TextSpan | null): TextSpan | null {
  if (content && lemma !== 'say' && lemma !== 'tell' && !content.text.split(/\s+/u).some((w) => isFiniteVerb(w))) {
    const venue = SPEECH_EVENT.exec(content.text) ?? settingAfterPhrase(content.text);
    // ("warned the leader during their meeting in Washington not to move on the shoal": what a verb
    // taking an infinitive asks or warns the one it names goes on past the occasion; "urged restraint
    // during a rally to mark …" names no one.)
    const next = venue ? INFINITIVE_NEXT.exec(content.text.slice(venue.index + venue[1]!.length)) : null;
    const goesOn = !!next && INFINITIVE_VERBS.has(lemma) && (!!next[1] || ONE_NAMED.test(content.text));
    if (venue && venue.index > 0 && !goesOn) Object.assign(content, trimmed(text, content.start, content.start + venue.index));
  }
  return content;
}
