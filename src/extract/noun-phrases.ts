// The noun phrase a speaker's words make, read leftward from its last word: a name, a pronoun, or a
// common noun phrase back to its determiner ("the New York state attorney general"); and capitalised
// words the entity stages did not take for a name.
import {
  breaksHeadlineName,
  isClosedClassWord,
  isLeadingWord,
  isModal,
  isPastOrGerundForm,
  isPreposition,
  SUBORDINATING_CONJUNCTIONS,
  tagsOf,
} from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { namesPersons, PEOPLE_QUANTIFIERS } from './phrase-heads.js';
import { roleOf } from './roles.js';
import { isPartyName } from './role-fit.js';
import type { Entity } from './types.js';
import { POSTNOMINALS } from './entities/person-vocabulary.js';
import { AGED, ARTICLES, between, DETERMINERS, NOT_NOUN, PRONOUNS, SPEAKER_NOUNS } from './speaker-words.js';
import { isPossessiveMark, type Token, isTitleCaseWord, isLowerCaseWord } from './tokens.js';
import { hedgedCountStart } from './hedged-counts.js';
import { isAuxiliary, isSpeltCount, isWhoOrWhich } from './word-classes.js';

/**
 * The noun phrase ending at token `j`, or null when the words there cannot name a speaker.
 * `anyNoun`: next to quote marks any noun phrase may speak ("the announcer said, “…”"); next to
 * a bare cue only role and group nouns do, since "states" or "notes" may be the verb's object.
 */
export function phraseEndingAt(names: NameIndex, tokens: Token[], j: number, anyNoun = false): SpeakerSurface | null {
  const t = tokens[j];
  if (!t) return null;
  // Places speak too, for their governments: "Russia warned", "the city of Phoenix is demanding".
  const name = names.nameAt.get(t.start);
  // "“…,” the Conservative said": one of a party's members, described, not the party speaking.
  // ("The Yorkshireman said": a person's name takes no article; a word for where one comes from does.)
  if (name && describesAMember(name.entity, tokens, j)) return names.surface(tokens[j - 1]!.start, name.end, 'NOMINAL', null);
  if (name) return names.surface(name.start, name.end, 'NAME', name.entity.id);
  // "Sarah Quinn KC told": an honour after a person's name stands for the name.
  const honoured = personBeforeHonour(names, tokens, j);
  if (honoured) return names.surface(honoured.start, honoured.end, 'NAME', honoured.entity.id);
  const word = t.text.toLowerCase();
  // "Ellery himself said", "The company itself says": the reflexive stands for the phrase before it.
  if (/^(himself|herself|itself|themselves)$/u.test(word) && j > 0) return phraseEndingAt(names, tokens, j - 1, anyNoun);
  if (PRONOUNS.has(word)) return names.surface(t.start, t.end, 'PRONOUN', null);
  // "according to him": an object pronoun names the source ("those close to him" do not).
  if (/^(him|her|them)$/u.test(word) && /^according to$/iu.test(`${tokens[j - 2]?.text} ${tokens[j - 1]?.text}`)) {
    return names.surface(t.start, t.end, 'PRONOUN', null);
  }
  if ((!/^\p{L}/u.test(t.text) && !AGED.test(word)) || NOT_NOUN.has(word) || ARTICLES.has(word) || between(word)) return null;
  // "the mother of three": the head is before "of".
  if (DETERMINERS.has(word) && tokens[j - 1]?.text.toLowerCase() === 'of' && j >= 2) return phraseEndingAt(names, tokens, j - 2, anyNoun);
  const k = hedgedCountStart(tokens, contactRelativeStart(tokens, commonPhraseStart(names, tokens, j), j), j);
  // "The professor urged …", "the 45-year-old said", "Ferrari's team principal says", "The tenants
  // insist …": any noun of a person's role, age or doing, after a determiner or a possessor, may speak.
  const determined = DETERMINERS.has(tokens[k]!.text.toLowerCase()) || isPossessiveMark(tokens[k + 1]?.text ?? '');
  if (!anyNoun && !SPEAKER_NOUNS.has(word) && !(determined && (roleOf(word) || AGED.test(word) || namesPersons(t.text))) && !standsForPeople(tokens, j)) {
    // "Opponents of the ruling said": the head comes before "of".
    return tokens[k - 1]?.text.toLowerCase() === 'of' && k >= 2 ? phraseEndingAt(names, tokens, k - 2, anyNoun) : null;
  }
  return names.surface(tokens[k]!.start, t.end, 'NOMINAL', null);
}

/** One word taken for a name after "the" that describes one person: a party's name in the singular
 *  ("the Conservative", "the Tory", not "the Conservatives"), or a word for a man or woman from
 *  somewhere taken for a person's name ("the Yorkshireman"). */
function describesAMember(entity: Entity, tokens: Token[], j: number): boolean {
  const word = tokens[j]!.text;
  if (entity.name !== word || !/^the$/iu.test(tokens[j - 1]?.text ?? '')) return false;
  // ("The Yorkshireman" may be taken for a body's name as well as a person's.)
  if (entity.type !== 'LOCATION' && /\p{Ll}(?:man|woman)$/u.test(word)) return true;
  return entity.type === 'ORGANIZATION' && roleOf(word) !== null && isPartyName(word);
}

/** The person's name right before an honour or a seat at token `k` ("Sarah Quinn KC", "Tom Hale MP"). */
export function personBeforeHonour(names: NameIndex, tokens: Token[], k: number) {
  const name = k > 0 && POSTNOMINALS.test(tokens[k]?.text ?? '') ? names.nameAt.get(tokens[k - 1]!.start) : undefined;
  return name?.entity.type === 'PERSON' ? name : undefined;
}

/** A quantifier standing alone for people where a clause opens: "Many argued …", "… but others
 *  warned", "with some warning …", "A few argued" ("for some, the losses …" is no subject). */
function standsForPeople(tokens: Token[], j: number): boolean {
  const word = tokens[j]!.text.toLowerCase();
  let before = tokens[j - 1]?.text.toLowerCase();
  if (word === 'few' && before === 'a') before = tokens[j - 2]?.text.toLowerCase();
  return PEOPLE_QUANTIFIERS.has(word) && (before === undefined || /^(,|;|and|but|yet|while|whereas|though|although|with)$/u.test(before));
}

/** Where the common noun phrase ending at `j` begins: walking left to its determiner, over at most
 *  five modifiers ("the New York state attorney general"). */
function commonPhraseStart(names: NameIndex, tokens: Token[], j: number): number {
  let k = j;
  // "the country's largest teachers' union": possessive marks stay inside the phrase and do not
  // count among its five words.
  let uncounted = 0;
  while (k > 0 && j - k - uncounted < 5) {
    const step = stepLeft(names, tokens, j, k);
    k -= step.back;
    uncounted += step.uncounted;
    if (step.stops) break;
  }
  return withOrderBeforeCount(tokens, k);
}

/** "the next two states", "its last three mayors": a count opening the phrase at `k` takes in a word
 *  of order before it and the determiner before that; else `k`. */
function withOrderBeforeCount(tokens: Token[], k: number): number {
  if (k < 2 || !(isSpeltCount(tokens[k]!.text) || /^\p{N}+$/u.test(tokens[k]!.text))) return k;
  const ordered = ORDER_BEFORE_COUNT.test(tokens[k - 1]!.text) && DETERMINERS.has(tokens[k - 2]!.text.toLowerCase());
  return ordered ? k - 2 : k;
}
const ORDER_BEFORE_COUNT = /^(next|last|first|past|final|other|top)$/iu;

/** One step of the walk left from a phrase's last word: the words it takes in (`back`), how many of
 *  them do not count among the phrase's five (`uncounted`), and whether the phrase opens there (`stops`). */
interface PhraseStep {
  back: number;
  uncounted: number;
  stops: boolean;
}

/** The step at the word before `k`, for the phrase ending at `j`: a possessor's name opening the
 *  phrase, words joined before the head, the word before the phrase, or one word more (a determiner the last). */
function stepLeft(names: NameIndex, tokens: Token[], j: number, k: number): PhraseStep {
  const prev = tokens[k - 1]!;
  const mark = possessiveMarkAt(tokens, k - 1);
  const marks = mark ? 1 : 0;
  const w = prev.text.toLowerCase();
  // "Ivana Trump's brief": a possessor's name opens the phrase.
  const possessor = mark && w.length === 2 ? names.nameAt.get(tokens[k - 2]?.start ?? -1) : undefined;
  if (possessor) {
    let start = k;
    while (start > 0 && tokens[start - 1]!.start >= possessor.start) start--;
    return { back: k - start, uncounted: marks, stops: true };
  }
  const joined = joinedBeforeHead(names, tokens, j, k, w);
  if (joined) return { ...joined, uncounted: joined.uncounted + marks };
  if (opensAfterWord(tokens, k, w, mark)) return { back: 0, uncounted: marks, stops: true };
  // ("The Serie A side": a capital "A" after a capitalised word is part of a name, no article.)
  const article = DETERMINERS.has(w) && !(prev.text === 'A' && k > 2 && isTitleCaseWord(tokens[k - 2]!.text));
  return { back: 1, uncounted: marks, stops: article };
}

/** A possessive mark at `i`; a lone apostrophe only right after a plural ("teachers' union"), not
 *  the closing '' of a quotation before the name. */
const possessiveMarkAt = (tokens: Token[], i: number): boolean =>
  isPossessiveMark(tokens[i]!.text) || (/^['’]$/u.test(tokens[i]!.text) && /s$/iu.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.end === tokens[i]!.start);

/** Words joined before the head at `j`, the word before `k` (`w`) the last of them: modifiers or
 *  roles joined by "and", a town and its state before "-based", "inside" or "outside" as a modifier. */
function joinedBeforeHead(names: NameIndex, tokens: Token[], j: number, k: number, w: string): PhraseStep | null {
  // "Federal and state officials", "police and fire officials": modifiers joined before the head.
  if ((w === 'and' || w === 'or') && k < j && isJoinedModifier(names, tokens, k - 2)) return { back: 2, uncounted: 0, stops: false };
  // "The former first lady and U.S. senator said": two roles of one person; the joined role's words
  // do not count among the five.
  if (w === 'and' && roleOf(tokens[j]!.text.toLowerCase()) && roleOf(tokens[k - 2]?.text ?? '') && !names.nameAt.has(tokens[k - 2]!.start))
    return { back: 2, uncounted: 2, stops: false };
  // "The Wichita, Kansas-based company": a town and its state before "-based" make one modifier.
  if (w === ',' && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 2]?.text ?? ''))
    return { back: 1, uncounted: 1, stops: false };
  // "an inside source said", "two outside experts said": "inside" or "outside" right before the head
  // after a determiner modifies it, no preposition ("the crowd outside officials said" stays apart).
  if (INSIDE_OR_OUTSIDE.test(w) && k === j && DETERMINERS.has(tokens[k - 2]?.text.toLowerCase() ?? '')) return { back: 1, uncounted: 0, stops: false };
  return null;
}

/** Whether the phrase opens after the word before `k` (`w`, a possessive mark or not): a word no
 *  noun's modifier, a word opening the sentence or a clause, or a verb after "to" or a modal. */
function opensAfterWord(tokens: Token[], k: number, w: string, mark: boolean): boolean {
  const prev = tokens[k - 1]!.text;
  // ("The court heard CCTV footage showed …": a verb taking a clause ends the phrase before it.)
  if (!mark && (!/^[\p{L}\p{N}]/u.test(prev) || NOT_NOUN.has(w) || between(w) || TAKES_CLAUSE.test(w))) return true;
  // "Although aides said": a conjunction or preposition opening the sentence is no modifier; nor is
  // a conjunction opening a clause further on ("…, although legal experts said").
  if ((k === 1 && isLeadingWord(prev) && !DETERMINERS.has(w)) || SUBORDINATORS.test(w)) return true;
  // "to placate nervous Democrats", "may calm investors": a lower-case word after "to" or a modal
  // is the verb, not a modifier ("according to exit polls" has none).
  const opensVerb = isModal(tokens[k - 2]?.text ?? '') || /^(to|shall)$/iu.test(tokens[k - 2]?.text ?? '');
  if (!mark && /^\p{Ll}/u.test(prev) && !DETERMINERS.has(w) && opensVerb && !/^according$/iu.test(tokens[k - 3]?.text ?? '')) return true;
  if (mark) return false;
  // ("aides have been poring over polling data showing …": so does a preposition after that verb.)
  return verbTakingPhrase(tokens, k - 1) || (isPreposition(prev) && verbTakingPhrase(tokens, k - 2));
}

/** "unions that have endorsed him say", "Ann Holt is hoping voters see", "the emails, which included
 *  staff members suggesting": a participle or past form at `n` after an auxiliary or a relative
 *  pronoun is the verb the phrase is the object of, no modifier of it ("the retired officials",
 *  "polling data", "a leading expert" keep theirs). */
function verbTakingPhrase(tokens: Token[], n: number): boolean {
  const word = tokens[n]?.text ?? '';
  if (n < 1 || !isPastOrGerundForm(word, 2) || tagsOf(word).includes('Adjective')) return false;
  const before = tokens[n - 1]!.text;
  return isAuxiliary(before) || isWhoOrWhich(before) || /^that$/iu.test(before);
}

const INSIDE_OR_OUTSIDE = /^(inside|outside)$/u;

/** Verbs of hearing or learning, never a noun's modifier, that take a clause: "the jury heard …". */
const TAKES_CLAUSE = /^(heard|told|learned|learnt|saw|knew)$/u;

/** "a plan unions have vowed to fight", "a rise tenants say they cannot afford": "a" takes no
 *  plural, so a plural right after its singular noun is the subject of a relative clause with no
 *  "that", and the phrase opens there ("a few residents", "a dozen farmers" stay whole). */
function contactRelativeStart(tokens: Token[], k: number, j: number): number {
  if (!/^(a|an)$/iu.test(tokens[k]!.text) || j - k < 2) return k;
  const head = tokens[j]!.text;
  const noun = tokens[j - 1]!.text;
  const plural = /^\p{Ll}{3,}[^s]s$/u.test(head) && !isClosedClassWord(head);
  const singular = !QUANTITY.test(noun) && !tagsOf(noun).some((t) => t === 'Adjective' || t === 'Plural' || t === 'Value');
  return plural && singular && tokens.slice(k + 1, j).every((t) => isLowerCaseWord(t.text)) ? j : k;
}
const QUANTITY = /^(few|dozen|hundred|thousand|million|couple|score|handful|lot|number|host|majority|minority|pair|series|range|total|third|quarter|half)$/iu;

/** Conjunctions that open a clause of their own, whose subject comes after them, "whenever", and
 *  "why" opening a clause ("That is why critics say …"); the word is read in lower case, and "that",
 *  "as", "after" and "before" already end the phrase as NOT_NOUN. */
const SUBORDINATORS = new RegExp(`^(${SUBORDINATING_CONJUNCTIONS}|whenever|why)$`, 'u');

/** A single word that may modify a noun, not a name nor a noun phrase of its own: "Federal" in
 *  "Federal and state officials", unlike "Trump" in "Trump and campaign officials". */
function isJoinedModifier(names: NameIndex, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\p{L}+$/u.test(t.text) || names.nameAt.has(t.start)) return false;
  const w = t.text.toLowerCase();
  if (NOT_NOUN.has(w) || ARTICLES.has(w) || DETERMINERS.has(w) || between(w) || PRONOUNS.has(w)) return false;
  const before = tokens[k - 1];
  return !before || !/^[\p{L}\p{N}]/u.test(before.text) || ARTICLES.has(before.text.toLowerCase()) || DETERMINERS.has(before.text.toLowerCase());
}

/** Capitalised words ending at `j` that the lexicon does not know as common words (or, with
 *  `commonWords`, two or more capitalised words), opening their clause: a name the entity stages missed. */
export function unknownName(names: NameIndex, tokens: Token[], j: number, commonWords = false): SpeakerSurface | null {
  const unknown = (t: Token | undefined) =>
    !!t &&
    /^\p{Lu}[\p{L}'’-]+$/u.test(t.text) &&
    !names.nameAt.has(t.start) &&
    (commonWords ? !breaksHeadlineName(t.text) : tagsOf(t.text.toLowerCase()).length === 0);
  let k = j;
  while (k > 0 && j - k < 3 && unknown(tokens[k - 1])) k--;
  // Common words make a name only as a run of capitalised ones: "Network Rail", not "Network".
  if (!unknown(tokens[k]) || (commonWords && k === j)) return null;
  const opens = k === 0 || /^[,;:(]$/u.test(tokens[k - 1]!.text) || isLeadingWord(tokens[k - 1]!.text);
  return opens ? names.surface(tokens[k]!.start, tokens[j]!.end, 'NOMINAL', null) : null;
}
