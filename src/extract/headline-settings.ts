// A headline that names its speaker and then, before the colon, whom the words were for, where they
// were said or what about: "Holt to Harlow Voters: Pike Will Raise Your Taxes", "Pike at Port Rally:
// The Quay Will Reopen", "Holt on the Levy: It Will Hurt Farmers". The person or body opening the
// headline said the clause after the colon; the phrase of the setting is no part of the speaker.
import { namesPeople } from './phrase-heads.js';
import type { SpeakerSurface } from './name-index.js';
import { lastWord } from './speaker-words.js';
import type { SpeakerFinder } from './speakers.js';
import type { Token } from './tokens.js';

/** The prepositions of a setting: the listener ("to"), the place or event ("at"), the topic ("on"). */
const SETTING = /^(to|at|on)$/iu;
/** The most words a setting takes before the colon ("to Harlow Port Workers"). */
const LONGEST_SETTING = 5;
/** Nouns that "on" or "at" turn into a state, not a topic or a place: "on trial", "on the ropes", "at odds". */
const STATES =
  /^(track|trial|defensive|offensive|ropes|rise|move|attack|mend|edge|fire|brink|verge|record|hold|notice|leave|board|course|top|risk|odds|war|stake|crossroads|large|peace|ease|last|home|work|heart|loose|bottom|helm|wheel|front|lead|hook|spot|run|way)$/iu;
/** The most words of a title before the name ("Former Harbour Chief Tom Pike"). */
const MOST_TITLE_WORDS = 3;

/** The person or body by name opening a headline whose words before the colon at `colon` go on with
 *  a setting ("Holt to Voters:", "Pike at Rally:", "Holt on Levy:"), or null. */
export function speakerBeforeSetting(text: string, tokens: Token[], colon: number, speakers: SpeakerFinder): SpeakerSurface | null {
  const setting = tokens.findIndex((t, n) => n > 0 && n < colon && SETTING.test(t.text));
  if (setting < 1 || colon - setting < 2 || colon - setting > LONGEST_SETTING) return null;
  const who = speakers.phraseEndingAt(tokens, setting - 1);
  if (who?.kind !== 'NAME' || !titledFromStart(tokens, who)) return null;
  if (!speakers.isPersonAt(who.start) && !speakers.isOrganizationEndingAt(who.end)) return null;
  const preposition = tokens[setting]!.text.toLowerCase();
  // ("Pike to Step Down: Sources": after "to", a listener, not what someone is to do; "Holt at 80:", an age.)
  if (preposition === 'to' && !listenerBefore(text, tokens, setting, colon, speakers)) return null;
  if (preposition === 'at' && /^\d/u.test(tokens[setting + 1]!.text)) return null;
  // ("Pike on Trial: Jurors Hear …", "Holt at Odds: …": a state the person is in, no topic or place.)
  if (preposition !== 'to' && STATES.test(tokens[tokens[setting + 1]!.text.toLowerCase() === 'the' ? setting + 2 : setting + 1]!.text)) return null;
  return who;
}

/** Whether the name opens the headline, or a title of a few words does before it ("Former Mayor Tom Pike"). */
function titledFromStart(tokens: Token[], who: SpeakerSurface): boolean {
  const first = tokens.findIndex((t) => t.start === who.start);
  return first >= 0 && first <= MOST_TITLE_WORDS && tokens.slice(0, first).every((t) => /^\p{L}[\p{L}.'’-]*$/u.test(t.text));
}

/** Whether the words from "to" at `to` up to the colon are a listener: a person, people or a body,
 *  or a name the story writes again in capitals within a sentence ("to Planned Parenthood"). */
function listenerBefore(text: string, tokens: Token[], to: number, colon: number, speakers: SpeakerFinder): boolean {
  const first = /^(the|his|her|their|its)$/iu.test(tokens[to + 1]!.text) ? to + 2 : to + 1;
  const listener = speakers.phraseEndingAt(tokens, colon - 1, true);
  if (!listener || listener.start > tokens[first]!.start) return false;
  if (listener.kind === 'NAME') return speakers.isPersonAt(listener.start) || speakers.isOrganizationEndingAt(listener.end);
  return namesPeople(lastWord(listener)) || namedAgainInStory(text, tokens[tokens.length - 1]!.end, text.slice(tokens[first]!.start, listener.end));
}

/** Whether capitalised words recur in the story after `from` inside a sentence, after a word in lower
 *  case: a name ("told a Planned Parenthood gathering"), not a headline's capitals ("Step Down"). */
function namedAgainInStory(text: string, from: number, words: string): boolean {
  if (!/^\p{Lu}/u.test(words)) return false;
  for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
    if (/\p{Ll}[,;]?\s+$/u.test(text.slice(Math.max(0, at - 4), at)) && !/^[\p{L}\p{N}]/u.test(text[at + words.length] ?? '')) return true;
  }
  return false;
}
