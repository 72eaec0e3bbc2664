// The subject opening a clause, past leading phrases and title words ("Meanwhile, it …",
// "Democratic candidate Hillary Clinton …"); the one set after its cue is in speaker-after-cue.ts.
import {
  isAdverbBeforeVerb,
  isAndOrBut,
  isCalendarWord,
  isCopula,
  isFunctionWord,
  isLeadingWord,
  isModal,
  isPerfectAuxiliary,
  isPluralNoun,
  isPreposition,
  isVerbForm,
  singularsOf,
  SUBORDINATING_CONJUNCTIONS,
} from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { organizationPart } from './organization-parts.js';
import { isCourtesyTitle, personsOwn } from './persons-own.js';
import { emptyItAt } from './expletive-it.js';
import { isCapitalisedMember } from './home-places.js';
import { namesPeople, opensOffice, PARTITIVE } from './phrase-heads.js';
import { firstStartingAtOrAfter } from './span-index.js';
import { DETERMINERS, endsInPlural, countsAPart, NOT_NOUN, nounPhraseEnd, PRONOUNS, SPEAKER_NOUNS } from './speaker-words.js';
import { isPossessiveMark, type Token, isTitleCaseWord } from './tokens.js';
import { dayAndPlaceOpening } from './opening-adverbials.js';

/** The subject opening a sentence, past leading phrases ("During the meeting with X, Shamkhani …",
 *  "Meanwhile, it …"), or past title words before a name ("Democratic candidate Hillary Clinton").
 *  With `loose`, for a participle whose speaker nothing else names ("The mayor left the hall, saying …"),
 *  also past an adverb opening the clause and a verb or an adverb its phrase runs on into. */
export function clauseSubject(names: NameIndex, tokens: Token[], loose = false): SpeakerSurface | null {
  const starts = [0, ...tokens.flatMap((t, n) => (t.text === ',' ? [n + 1] : []))];
  // ("It’s a big if, but Ann Holt was in Velmora, stressing …": an empty "it" names no one; it stays
  // the subject only where no other clause has one.)
  let empty: SpeakerSurface | null = null;
  for (const opening of starts) {
    // ("It was a long night, and Ann Holt said …": after an empty "it", a clause joined by "and" or "but".)
    const k = empty && isAndOrBut(tokens[opening]?.text ?? '') ? opening + 1 : opening;
    const first = tokens[k];
    if (!first) return empty;
    const word = first.text.toLowerCase();
    if (word === 'it' && emptyItAt(tokens, k)) {
      empty ??= names.surface(first.start, first.end, 'PRONOUN', null);
      continue;
    }
    if (PRONOUNS.has(word)) return names.surface(first.start, first.end, 'PRONOUN', null);
    // "Four of the commission's seven members disowned …": a part of a group is the whole phrase.
    if (countsAPart(word) && tokens[k + 1]?.text.toLowerCase() === 'of') {
      const end = nounPhraseEnd(tokens, k + 2);
      // ("One of the men, Tom Pike, 70, had served … and said": the person named in apposition.)
      if (phraseEndingAt(names, tokens, end)) return apposedPerson(names, tokens, end + 1) ?? names.surface(first.start, tokens[end]!.end, 'NOMINAL', null);
    }
    // ("Then he cut into …", "Later the mayor left …": an adverb with no comma after it, before the subject.)
    if (loose && openingAdverb(first.text) && /^\p{L}/u.test(tokens[k + 1]?.text ?? '')) return clauseSubject(names, tokens.slice(k + 1), true);
    // "This year, he rose to …", "A few minutes later they rushed …", "On Sunday morning Mr. Trump
    // made …": a phrase of when opening the sentence is no subject; the subject follows it.
    // (Not a name that holds a time word: "The Sunday Times".)
    const when = timePhraseEnd(tokens, k);
    if (when > k && !tokens.slice(k, when).some((t) => names.nameAt.has(t.start))) {
      if (tokens[when]?.text === ',' || dayAndPlaceOpening(tokens, k)) continue;
      const after = subjectRightAfterTimePhrase(names, tokens, when, loose);
      if (after) return after;
    }
    if (leadsUpToSubject(names, tokens, k)) continue;
    // "At a rally in Ames, Iowa, on Sunday, Holt …": the region written after a town is no subject.
    if (regionAfterTown(names, tokens, k)) continue;
    return nameOpening(names, tokens, k) ?? determinedSubject(names, tokens, k, loose) ?? empty;
  }
  return empty;
}

/** With no comma after a phrase of when, the subject opening right after it: a pronoun, a determiner or
 *  a name, not "In the days following …", nor the rest of a title: "The Sunday Courier". */
function subjectRightAfterTimePhrase(names: NameIndex, tokens: Token[], when: number, loose: boolean): SpeakerSurface | null {
  const next = tokens[when]?.text ?? '';
  const after =
    PRONOUNS.has(next.toLowerCase()) || DETERMINERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next) ? clauseSubject(names, tokens.slice(when), loose) : null;
  return after && (after.kind === 'NAME' || !/^\p{Lu}/u.test(next) || PRONOUNS.has(next.toLowerCase())) ? after : null;
}

const TIME_UNITS = /^(seconds|minutes|moments|hours|days|weeks|months|years|decades)$/u;

/** Whether the word at `k` opens a leading phrase, the subject after it: a word that is no noun, an
 *  adverb, a number, a leading word ("During …", "Meanwhile", "In 2010"), a participle whose phrase a
 *  comma closes ("Trying to …, she"), or a lapse of time ("Hours later, she issued …"). */
function leadsUpToSubject(names: NameIndex, tokens: Token[], k: number): boolean {
  const first = tokens[k]!;
  const word = first.text.toLowerCase();
  // ("Later, she released …": "later" and "earlier", which the lexicon lists as comparatives.)
  // ("Kelly Vance drew …", "Carly Fiorina drew …": a name the article typed is no adverb in -ly.)
  const named = names.nameAt.get(first.start)?.start === first.start;
  // ("Asked whether …, Ann Holt shook her head and said …": a past participle before a lower-case
  // word opens a clause too; "Jared Holt" is a name.)
  const pastParticiple = !named && /^\p{Lu}\p{Ll}+ed$/u.test(first.text) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
  const participle = (/^\p{Lu}\p{Ll}+ing$/u.test(first.text) || pastParticiple) && tokens.slice(k).some((t) => t.text === ',');
  const lapse = TIME_UNITS.test(word) && /^(later|earlier|ago)$/iu.test(tokens[k + 1]?.text ?? '');
  return (
    NOT_NOUN.has(word) ||
    (!named && /ly$|where$|while$/u.test(word)) ||
    /^\p{N}/u.test(word) ||
    isLeadingWord(first.text) ||
    isAdverbBeforeVerb(word) ||
    participle ||
    lapse
  );
}

/** Words that open a phrase of when: "this year", "last week", "a few minutes later", "on Sunday morning". */
const WHEN_OPENERS = /^(this|that|last|next|early|late|each|every|a|an|the|few|several|some|on|in|by|one|two|three)$/iu;
const WHEN_WORDS =
  /^(year|years|week|weeks|month|months|day|days|night|nights|morning|afternoon|evening|weekend|season|spring|summer|fall|autumn|winter|hours|minutes|moments|decade|decades|time)$/iu;

/** The index past a phrase of when opening at `k` ("This year", "A few minutes later", "On Sunday
 *  morning", "The day before"), or -1: its words end with a time word (and "later", "earlier", "ago" or "before"). */
function timePhraseEnd(tokens: Token[], k: number): number {
  let n = k;
  while (n < k + 3 && WHEN_OPENERS.test(tokens[n]?.text ?? '')) n++;
  let timed = -1;
  for (; n < k + 5 && (WHEN_WORDS.test(tokens[n]?.text ?? '') || isCalendarWord(tokens[n]?.text ?? '')); n++) timed = n + 1;
  if (timed < 0) return -1;
  if (/^(later|earlier|ago|before)$/iu.test(tokens[timed]?.text ?? '')) timed++;
  return timed;
}

/** "Then", "And even", "Later": a word before the subject that opens no clause or phrase of its own
 *  (not "While he …", "After the vote …"). */
const openingAdverb = (word: string) => (isLeadingWord(word) || isAdverbBeforeVerb(word.toLowerCase())) && !isPreposition(word) && !SUBORDINATORS.test(word);
const SUBORDINATORS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|whilst|whenever|as|once|whether|than|that|how|what|why|who|which)$`, 'iu');

/** Whether the place opening at `k` is the region of a town named just before it and is closed by a
 *  comma too ("in Salem, Oregon, Holt …", "in Beaumont, Tex., Holt …"): the town a place or a capitalised word no other name holds. */
function regionAfterTown(names: NameIndex, tokens: Token[], k: number): boolean {
  const place = names.nameAt.get(tokens[k]!.start);
  if (place?.entity.type !== 'LOCATION' || k < 2 || tokens[k - 1]!.text !== ',' || !/^\p{Lu}/u.test(tokens[k - 2]!.text)) return false;
  // ("admitting Poland, Hungary, and the Czech Republic": a list goes on with "and".)
  // ("in Beaumont, Tex., Holt …": the abbreviation's period before the comma.)
  let after = firstStartingAtOrAfter(tokens, place.end);
  if (tokens[after]?.text === '.' && tokens[after]!.start === place.end) after++;
  if (tokens[after]?.text !== ',' || /^(and|or)$/iu.test(tokens[after + 1]?.text ?? '')) return false;
  const town = tokens
    .slice(Math.max(0, k - 5), k - 1)
    .flatMap((t) => names.nameAt.get(t.start) ?? [])
    .find((n) => n.end >= tokens[k - 2]!.end);
  return !town || town.entity.type === 'LOCATION';
}

/** A name among the first words of the clause opening at `k`, past title words, or a part of a
 *  named organization ("the U.N. refugee agency"); a place or a possessor is none. */
function nameOpening(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  let office = false;
  for (let n = k, reach = k + 5; n < Math.min(tokens.length, reach) && /^[\p{L}\p{N}.'’-]/u.test(tokens[n]!.text); n++) {
    const name = names.nameAt.get(tokens[n]!.start);
    const part = name?.entity.type === 'ORGANIZATION' ? organizationPart(tokens, firstStartingAtOrAfter(tokens, name.end)) : null;
    if (part) return names.surface(tokens[k]!.start, tokens[part.end]!.end, 'NOMINAL', null);
    // "Marsh's spokesman, Eli Cohen, declined …": a possessor is no subject.
    const possessor = name && isPossessiveMark(tokens[firstStartingAtOrAfter(tokens, name.end)]?.text ?? '');
    // ("Hillary Clinton's campaign manager Robby Mook": the name after the possessor's titles.)
    if (possessor) reach = n + 6;
    // ("Secretary of Homeland Security Ann Holt", "The dean of Velmora's law school …": past an office,
    // only a person's name is the subject; the office's own words may be a body's name.)
    if (name && office && name.entity.type !== 'PERSON') {
      n = firstStartingAtOrAfter(tokens, name.end) - 1;
      continue;
    }
    if (name && name.entity.type !== 'LOCATION' && !possessor)
      return names.personAfterTitle(tokens, name.end) ?? names.surface(name.start, name.end, 'NAME', name.entity.id);
    // ("Former Secretary of State Ann Holt drew …": "of" naming a title's office goes on to the name.)
    if (n > k && opensOffice(tokens, n)) {
      office = true;
      reach = Math.max(reach, n + 5);
    } else if (n > k && /^\p{Ll}/u.test(tokens[n]!.text) && isFunctionWord(tokens[n]!.text)) break;
  }
  return null;
}

/** The subject phrase opening at `k` when no name opens it: after a determiner or a possessor, its
 *  head noun ("The main opposition party on Tuesday rejected …"), or the name set beside it. */
function determinedSubject(names: NameIndex, tokens: Token[], k: number, loose: boolean): SpeakerSurface | null {
  const first = tokens[k]!;
  const possessive = isPossessiveMark(tokens[k + 1]?.text ?? '');
  const owner = personalPossessorAt(names, tokens, k);
  if (!(DETERMINERS.has(first.text.toLowerCase()) || possessive || owner) || !tokens[k + 1])
    return phraseEndingAt(names, tokens, k) ?? barePlural(names, tokens, k);
  const name = possessive || owner ? undefined : names.nameAt.get(tokens[k + 1]!.start);
  // "A New York judge has rejected …", "The Velmora Republican won and says …": a place before a noun,
  // or before a party's member or an office, only says where the person is from.
  const next = tokens.find((t) => t.start >= (name?.end ?? 0))?.text ?? '';
  const modifier = name?.entity.type === 'LOCATION' && (/^\p{Ll}/u.test(next) || isCapitalisedMember(next));
  if (name && !modifier) return names.surface(name.start, name.end, 'NAME', name.entity.id);
  // "The main opposition party on Tuesday rejected …", "Kenya's ruling party …": the phrase's head
  // is its last noun before the verb or an adverbial.
  const end = nounPhraseEnd(tokens, k);
  // "Sudan's ambassador, Al-Harith Idriss, rejected …", "Kenya's Cabinet Secretary for Energy, Opiyo
  // Wandayi, welcomed …": the name in apposition, past what the role is of, is the person.
  const comma = /^(of|for|at)$/iu.test(tokens[end + 1]?.text ?? '') ? tokens.findIndex((t, n) => n > end + 1 && n <= end + 7 && t.text === ',') : end + 1;
  const named = apposedPerson(names, tokens, comma);
  if (named) return named;
  // "Tom Pike's wife is breaking her silence and saying …": the role held towards the person speaks;
  // else the possessor, as before ("Tom Pike's campaign").
  if (owner) return personsOwn(names, tokens, k, peopleWordEnd(tokens, owner.mark + 1, end), owner.start) ?? phraseEndingAt(names, tokens, k);
  // "A group of nurses sent …": a group speaks as the people it is made of.
  if (PARTITIVE.has(tokens[end]?.text.toLowerCase() ?? '') && tokens[end + 1]?.text.toLowerCase() === 'of') {
    const whole = nounPhraseEnd(tokens, end + 2);
    if (whole > end + 1 && phraseEndingAt(names, tokens, whole, true)) return names.surface(first.start, tokens[whole]!.end, 'NOMINAL', null);
  }
  if (!loose) return phraseEndingAt(names, tokens, end);
  // ("The mayor left the hall", "The nurse later sued": the phrase ran on into a verb or an adverb.)
  for (let j = end; j > k; j--) {
    const phrase = phraseEndingAt(names, tokens, j);
    if (phrase) return phrase;
  }
  // ("The departments issued new guidance, saying …": a plural right before the clause's verb is its
  // subject, and what it does with words it says, whatever its noun.)
  for (let j = k + 1; j <= end; j++) if (pluralBeforeVerb(tokens, j)) return phraseEndingAt(names, tokens, j, true);
  return titleBeforeVerb(names, tokens, k);
}

/** The name of a person's possessor opening the clause at `k`, past a courtesy title ("Ann Holt's …",
 *  "Mr. Pike's …"): where it starts and its mark (a one-word name after no title reads as any possessor). */
function personalPossessorAt(names: NameIndex, tokens: Token[], k: number): { start: number; mark: number } | undefined {
  const at = isCourtesyTitle(tokens[k]!.text) ? k + 1 : k;
  const name = names.nameAt.get(tokens[at]?.start ?? -1);
  if (name?.entity.type !== 'PERSON' || name.start !== tokens[at]!.start) return undefined;
  const mark = firstStartingAtOrAfter(tokens, name.end);
  return mark > k + 1 && isPossessiveMark(tokens[mark]?.text ?? '') ? { start: name.start, mark } : undefined;
}

/** The last of the first run of words naming people from `from` to `end` ("right-hand woman" in "…'s
 *  right-hand woman rallied supporters"), or `end`: the phrase may have run on into the clause's verb. */
function peopleWordEnd(tokens: Token[], from: number, end: number): number {
  const first = tokens.slice(from, end + 1).findIndex((t) => namesPeople(t.text));
  if (first < 0) return end;
  let last = from + first;
  while (last < end && namesPeople(tokens[last + 1]!.text)) last++;
  return last;
}

/** "Younger voters were more likely to …", "Harbour workers took to …": a plural with words before it
 *  and no determiner speaks through its last noun, as one opened by a determiner does. */
function barePlural(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  // (Not a possessive or another function word before the noun: "its drivers" is an object's phrase.)
  const end = tokens[k + 1] && !isFunctionWord(tokens[k]!.text) ? nounPhraseEnd(tokens, k) : k;
  return end > k && endsInPlural(tokens[end]!.text) ? phraseEndingAt(names, tokens, end) : null;
}

/** The person named after the comma at `comma` and closed by a comma, in apposition to the phrase
 *  before it ("Sudan's ambassador, Al-Harith Idriss, rejected …"); past a title before the name
 *  ("The council's education chief, Cllr Mike Harris, apologised …"). */
function apposedPerson(names: NameIndex, tokens: Token[], comma: number): SpeakerSurface | null {
  if (tokens[comma]?.text !== ',') return null;
  const named = names.personStartingAt(tokens[comma + 1]?.start ?? -1) ?? names.personAfterTitle(tokens, tokens[comma]!.end);
  return named && tokens.find((t) => t.start >= named.end)?.text === ',' ? named : null;
}

/** "The Gazette intervened, saying …", "The Post objected, arguing …": capitalised words after "The"
 *  and before the clause's verb are the title of a paper or a body the entity stages missed, whose
 *  words the participle reports ("The Herald said …" already speaks so before a finite cue). */
function titleBeforeVerb(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  if (!/^the$/iu.test(tokens[k]!.text)) return null;
  let j = k + 1;
  while (j < k + 4 && isTitleCaseWord(tokens[j]?.text ?? '')) j++;
  return j > k + 1 && isVerbForm(tokens[j]?.text ?? '') ? names.surface(tokens[k + 1]!.start, tokens[j - 1]!.end, 'NOMINAL', null) : null;
}

/** Whether the word at `j` is a plural noun, one the lexicon knows or that of a speaker's noun ("ministries"),
 *  followed by a verb of what it did: "The departments issued", "The ministries have withdrawn". */
function pluralBeforeVerb(tokens: Token[], j: number): boolean {
  // (Not "The effects are difficult to predict", "The stakes would …": a state or what may be, no act.)
  const next = tokens[j + 1]?.text ?? '';
  if (!isPerfectAuxiliary(next) && !(isVerbForm(next) && !isCopula(next) && !isModal(next))) return false;
  const word = tokens[j]?.text ?? '';
  return isPluralNoun(word) || singularsOf(word.toLowerCase()).some((s) => SPEAKER_NOUNS.has(s));
}
