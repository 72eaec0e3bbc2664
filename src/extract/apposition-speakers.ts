// The speaker before an apposition that ends right before its cue: "Jane Roe, a spokeswoman for the
// ministry, said", "The state’s campaign chairman, Phil Lovas, said", "China, the North's only ally, said".
import {
  isAdverb,
  isFiniteAuxiliary,
  isFiniteVerb,
  isLeadingWord,
  isPreposition,
  isUnlistedPastForm,
  isVerbForm,
  tagsOf,
  finiteVerbWithin,
} from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt, unknownName } from './noun-phrases.js';
import { ARTICLES, DETERMINERS } from './speaker-words.js';
import { headOf } from './speaker-heads.js';
import { placeListStart } from './place-lists.js';
import { roleOf } from './roles.js';
import { type Token, lastIndexOfWord } from './tokens.js';
import { OPENING_SUBORDINATORS } from './word-classes.js';
import { namedApposition } from './named-appositions.js';

/** The speaker before an apposition ending in the comma at `j`. */
export function speakerBeforeApposition(names: NameIndex, tokens: Token[], j: number, anyNoun: boolean): SpeakerSurface | null {
  // (The comma that opens what is set off before `j`, if any: both checks read from it.)
  const opening = lastIndexOfWord(tokens, ',', j);
  if (joinedClauseBefore(tokens, opening, j) || clauseOfItsOwn(tokens, opening, j)) return null;
  return namedApposition(names, tokens, j) ?? describedBeforeApposition(names, tokens, j, anyNoun) ?? oneDescribed(names, tokens, j);
}

/** "… went badly with Republicans, and the meeting ended early, said a source": a clause joined by a
 *  conjunction is no apposition, and the speaker stands after the cue. */
function joinedClauseBefore(tokens: Token[], opening: number, j: number): boolean {
  return opening >= 0 && /^(and|but|or|yet)$/iu.test(tokens[opening + 1]?.text ?? '') && tokens.slice(opening + 2, j).some((t) => pastOrFinite(t.text));
}

/** "Even if the mill closed, some jobs would move, said Tom Reed": words set off before the cue that
 *  open with their own subject and hold an auxiliary are a clause of what was said, no apposition
 *  (not "a lawyer who has …", "the aide she had hired": a relative clause describes). */
function clauseOfItsOwn(tokens: Token[], opening: number, j: number): boolean {
  // (A participle after it goes on with that clause's subject: "…, her husband would be …, possibly calling …".)
  let cue = j + 1;
  while (cue < j + 3 && isAdverb(tokens[cue]?.text ?? '')) cue++;
  if (/ing$/u.test(tokens[cue]?.text ?? '')) return false;
  if (opening < 0 || !OWN_SUBJECT.test(tokens[opening + 1]?.text ?? '')) return false;
  const words = tokens.slice(opening + 2, j);
  const auxiliary = words.findIndex((t) => isFiniteAuxiliary(t.text));
  return auxiliary > 0 && !words.slice(0, auxiliary).some((t) => RELATIVE_OR_PRONOUN.test(t.text));
}
const OWN_SUBJECT = /^(the|some|many|most|all|no|its|his|her|their|our|this|these|those)$/iu;
const RELATIVE_OR_PRONOUN = /^(who|whom|whose|which|that|where|when|i|you|he|she|it|we|they|[,(–—-])$/iu;

/** A finite verb, or a word in "-ed" the lexicon does not know ("deteriorated"). */
const pastOrFinite = (word: string) => isFiniteVerb(word) || isUnlistedPastForm(word);

/**
 * Apposition: "Jane Roe, a spokeswoman for the ministry, said". The apposition may hold commas of
 * its own ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"): the
 * speaker is the first name or pronoun before a comma. Places inside it ("of Ashton, Md.", "on the
 * Mall") are not the head it describes. A place that opens the sentence does speak: "China, the
 * North's only ally, said".
 */
function describedBeforeApposition(names: NameIndex, tokens: Token[], j: number, anyNoun: boolean): SpeakerSurface | null {
  let place: SpeakerSurface | null = null;
  for (let k = j - 1; k > 0 && j - k <= 30; k--) {
    if (tokens[k]!.text !== ',' || subjectOfSetOffClause(tokens, k, j)) continue;
    const phrase = phraseEndingAt(names, tokens, names.pastBrackets(tokens, k - 1));
    if (insideDescriptionBefore(names, tokens, k, phrase) || afterWhose(names, tokens, phrase)) continue;
    const reading = readingAtComma(names, tokens, k, phrase, anyNoun);
    if (reading === 'place') place = phrase;
    else if (reading) return reading.speaker;
  }
  return place;
}

/** "Tom Pike, whose firm, Harbour Data, runs the ferries, said": a finite verb right after the comma at
 *  `k` (an adverb may stand before it), in the present, makes the phrase before the comma the subject of a clause set off
 *  inside the description, no apposition (not "Ann Holt, head of the board, said"). */
function subjectOfSetOffClause(tokens: Token[], k: number, j: number): boolean {
  let v = k + 1;
  while (v < j && isAdverb(tokens[v]!.text)) v++;
  // (A past may be a participle that describes: "The survey, conducted by …, finds", "The aides, led by …, told".)
  const word = tokens[v]?.text ?? '';
  return v < j && isFiniteVerb(word) && !roleOf(word) && !tagsOf(word).includes('PastTense');
}

/** "Tom Pike, whose firm, …, said": what "whose" possesses is the relative clause's, no speaker. */
const afterWhose = (names: NameIndex, tokens: Token[], phrase: SpeakerSurface | null): boolean =>
  !!phrase && /^whose$/iu.test(tokens[names.indexAt(tokens, phrase.start) - 1]?.text ?? '');

/** What the phrase before a comma of an apposition gives: the speaker (or none, which ends the search),
 *  a place that speaks if no other phrase further back does ('place'), or nothing (null: read on). */
type CommaReading = { speaker: SpeakerSurface | null } | 'place' | null;

/** Whether the phrase before the comma at `k` is inside the description of a name further back. */
function insideDescriptionBefore(names: NameIndex, tokens: Token[], k: number, phrase: SpeakerSurface | null): boolean {
  // "Ann Roe, president of the Farmers Union, which …, said": that organization is inside the
  // description of a name further back.
  const described = phrase && headOf(names, tokens, phrase, false);
  if (described && described !== phrase && described.kind === 'NOMINAL' && apposedAt(tokens, names.indexAt(tokens, described.start) - 1)) return true;
  // "Naveed Sattar, a professor at the University of Glasgow, who …, said": "who" after a body
  // closing an apposition is the person it describes.
  if (/^who$/iu.test(tokens[k + 1]!.text) && bodyName(names, phrase) && tokens.slice(1, k).some((t) => t.text === ',')) return true;
  // "Sean Rice, the player's father, who also acts as his agent, said": "who" after a description
  // set off after a person's name is that person, as the description is.
  if (/^who$/iu.test(tokens[k + 1]!.text) && phrase?.kind === 'NOMINAL' && apposedToPerson(names, tokens, names.indexAt(tokens, phrase.start))) return true;
  // "Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said": a body
  // after a preposition is inside the description of a person named before it.
  return bodyName(names, phrase) && afterPreposition(tokens, names.indexAt(tokens, phrase!.start)) && personBefore(names, tokens, k);
}

/** What the phrase before the comma at `k` gives: the head of a phrase no place, a determined subject,
 *  the unnamed speaker before the comma, or what a place gives. */
function readingAtComma(names: NameIndex, tokens: Token[], k: number, phrase: SpeakerSurface | null, anyNoun: boolean): CommaReading {
  // "… unpopular with voters, candidates have more room to drop it, said Tom Pike": the object of a
  // preposition or a verb inside a clause is no subject, and the words after its comma no apposition
  // ("Tom Pike, who sits on the council, a body of nine, said": the subject further back may be).
  if (phrase && !names.isPlace(phrase)) {
    const head = headOf(names, tokens, phrase);
    return head && objectInClause(tokens, names.indexAt(tokens, head.start)) ? null : { speaker: head };
  }
  const subject = determinedSubjectBefore(names, tokens, k, phrase);
  if (subject) return { speaker: subject };
  if (!phrase) {
    const unnamed = unnamedBeforeComma(names, tokens, k);
    return unnamed ? { speaker: unnamed } : null;
  }
  return placeReading(names, tokens, phrase, anyNoun);
}

/** "The airline, owned by IAG, said", "Another email, dated May 2022, said", "On Monday, the airline, …, said":
 *  a determined noun phrase opening the clause before the comma at `k` is its subject, whatever its head. */
function determinedSubjectBefore(names: NameIndex, tokens: Token[], k: number, phrase: SpeakerSurface | null): SpeakerSurface | null {
  const subject = phrase ?? phraseEndingAt(names, tokens, k - 1, true);
  const from = subject ? names.indexAt(tokens, subject.start) : -1;
  const opensClause = from === 0 || tokens[from - 1]?.text === ',' || tokens.slice(0, from).every((t) => isLeadingWord(t.text));
  const determiner = tokens[from]?.text.toLowerCase() ?? '';
  // ("One, a retired nurse, said": a determiner alone is described by the apposition, below.)
  const determined = ARTICLES.has(determiner) || (DETERMINERS.has(determiner) && subject!.end > tokens[from]!.end);
  return subject && determined && opensClause ? subject : null;
}

/** "Officials in Kyiv, speaking on condition of anonymity, said": the head before the place, or
 *  before a list of places ("Officials in Britain and France, which …, said"); else the place itself
 *  when only leading words stand before it. */
function placeReading(names: NameIndex, tokens: Token[], phrase: SpeakerSurface, anyNoun: boolean): CommaReading {
  const at = tokens.findIndex((t) => t.start === phrase.start);
  const list = placeListStart(names, tokens, at);
  // ("A fan, who lives in Frome, Somerset, said": a place in a relative clause, and the verb before it, describe.)
  if (insideRelativeClause(tokens, list)) return null;
  if (/^(in|at|from|of)$/iu.test(tokens[list - 1]?.text ?? '')) {
    const head = phraseEndingAt(names, tokens, list - 2, anyNoun);
    // ("Ann Holt, facing a challenge in Velmora, a port, said": the object of a participle or a verb is no subject.)
    if (head && objectOfVerb(tokens, names.indexAt(tokens, head.start))) return null;
    if (head) return { speaker: head };
  }
  return placeOpensSentence(names, tokens, at) ? 'place' : null;
}

/** "Even China, …, said", "The Kremlin, in a statement, said": only leading words before the place at
 *  `at`; "Saudi Arabia and the United States, which …, urged": or another name joined by "and". */
function placeOpensSentence(names: NameIndex, tokens: Token[], at: number): boolean {
  const leading = (to: number) => tokens.slice(0, to).every((t) => isLeadingWord(t.text) || isAdverb(t.text) || /^(even|and|but|the)$/iu.test(t.text));
  const article = /^the$/iu.test(tokens[at - 1]?.text ?? '') ? 1 : 0;
  const joined = /^and$/iu.test(tokens[at - 1 - article]?.text ?? '') ? phraseEndingAt(names, tokens, at - 2 - article) : null;
  return leading(at) || (joined?.kind === 'NAME' && leading(names.indexAt(tokens, joined.start)));
}

/** Whether a participle or a finite verb in lower case stands right before the phrase at token `at`. */
const objectOfVerb = (tokens: Token[], at: number): boolean => {
  const before = tokens[at - 1]?.text ?? '';
  return /^\p{Ll}+ing$/u.test(before) || isVerbForm(before);
};

/** Whether the token at `at` is inside a relative clause set off by a comma ("…, who lives in Leeds,"). */
const insideRelativeClause = (tokens: Token[], at: number): boolean =>
  tokens.slice(0, at).some((t, n) => /^(who|which)$/iu.test(t.text) && tokens[n - 1]?.text === ',');

/** Whether the phrase at token `at` follows a preposition, past an article. */
function afterPreposition(tokens: Token[], at: number): boolean {
  const before = /^the$/iu.test(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  return /^(at|of|for|from|with|in)$/iu.test(tokens[before]?.text ?? '');
}

/** Words that open a clause with the phrase after them for its subject: the subordinators, and the
 *  prepositions that may subordinate ("after", "as", "than"). */
const OPENS_CLAUSE = new RegExp(`^(${OPENING_SUBORDINATORS}|after|before|till|as|than)$`, 'iu');

/** Whether the phrase at token `at` is the object of a preposition or a verb in a clause whose verb
 *  stands before it: "is unpopular with voters", "lacks support from her colleagues" (not "A
 *  spokesman for the ministry", a description with no verb). */
function objectInClause(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  // (A capitalised word may be a name the lexicon also knows as a verb.)
  const clauseVerb = (word: string) => /^\p{Ll}/u.test(word) && isFiniteVerb(word);
  // ("after Tom Pike, a harbour official, complained …": "after" may open a clause whose subject it is.)
  if (OPENS_CLAUSE.test(before) || (!isPreposition(before) && !clauseVerb(before))) return false;
  return tokens.slice(lastIndexOfWord(tokens, ',', at) + 1, at).some((t) => clauseVerb(t.text));
}

/** Whether a person's name closes the words before an earlier comma than the one at `k`, within the
 *  30 words an apposition is looked for in. */
function personBefore(names: NameIndex, tokens: Token[], k: number): boolean {
  for (let c = k - 1; c > 0 && k - c <= 30; c--) {
    if (tokens[c]!.text !== ',') continue;
    if (names.nameAt.get(tokens[c - 1]!.start)?.entity.type === 'PERSON') return true;
  }
  return false;
}

/** Whether the phrase at token `at` is set off by a comma after a person's name ("Sean Rice, the player's father"). */
const apposedToPerson = (names: NameIndex, tokens: Token[], at: number): boolean =>
  tokens[at - 1]?.text === ',' && at > 1 && names.nameAt.get(tokens[at - 2]!.start)?.entity.type === 'PERSON';

const bodyName = (names: NameIndex, phrase: SpeakerSurface | null) => phrase?.kind === 'NAME' && names.nameAt.get(phrase.start)?.entity.type === 'ORGANIZATION';

/** Whether the comma at `k` sets off an apposition, not the close of a phrase opening the sentence
 *  ("In a joint statement, the ambassadors of 12 countries, including Kenya, called …"). */
function apposedAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === ',' && !(isLeadingWord(tokens[0]!.text) && !finiteVerbWithin(tokens, 0, k));
}

/** The speaker before the comma at `k` when the words there make no speaker phrase of their own. */
function unnamedBeforeComma(names: NameIndex, tokens: Token[], k: number): SpeakerSurface | null {
  // "Meta, which owns Facebook, said": a capitalised word the entity stages missed, opening the sentence.
  // "Network Rail, which owns the tracks, said": so may capitalised common words that open it.
  const unknown = unknownName(names, tokens, k - 1) ?? unknownName(names, tokens, k - 1, true);
  if (unknown && names.indexAt(tokens, unknown.start) === 0) return unknown;
  // "a nurse at one of the group's hospitals, who asked not to be named, told": the head its phrase hangs from.
  const whole = phraseEndingAt(names, tokens, k - 1, true);
  const hanging = whole && headOf(names, tokens, whole);
  if (hanging && hanging !== whole && hanging.start < whole.start) return hanging;
  // "a nurse at the hospital, who asked not to be named, told": the head before its phrase.
  const prep = tokens
    .slice(Math.max(0, k - 5), k)
    .map((t) => /^(at|in|from|for|with)$/iu.test(t.text))
    .lastIndexOf(true);
  return prep >= 0 ? phraseEndingAt(names, tokens, Math.max(0, k - 5) + prep - 1) : null;
}

/** "One, a retired nurse from Ohio, said": the apposition describes the one counted. */
function oneDescribed(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  if (!/^(one|another|others|some|many|several|most|both)$/iu.test(tokens[0]?.text ?? '') || tokens[1]?.text !== ',') return null;
  const described = phraseEndingAt(names, tokens, j - 1, true);
  return described && described.start > tokens[1]!.start ? headOf(names, tokens, described) : null;
}
