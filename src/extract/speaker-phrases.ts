// What a speaker phrase that is no name says of whom it stands for: a nationality or an age ("the
// Spaniard", "the 45-year-old"), one unnamed person ("a retired nurse"), a name of its own inside a
// description ("the Unite union").
import { demonyms, NATIONALITY_NOUNS } from './gazetteer.js';
import { isFiniteVerb, isFunctionWord, isKnownPlace } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import { type HeadTest, openingDescription } from './opening-descriptions.js';
import { roleOf } from './roles.js';
import { AGED, PARENT_OF_COUNT } from './speaker-words.js';
import { sideOfCompetition } from './speaker-heads.js';
import type { Entity, TextSpan } from './types.js';

/** "the German forward", "the 24-year-old striker": a description by nationality or age portrays the
 *  person the story is about, like "the Dane", whoever spoke last. */
export const portrays = (phrase: string): boolean =>
  phrase
    .split(' ')
    .slice(1, -1)
    .some((w) => /^\d+-year-old$/u.test(w) || (demonyms.has(w) && !w.endsWith('s')));

/** "the Yorkshireman", "the mum-of-two": one person portrayed by where they come from (a word no list of
 *  peoples holds, written with a capital) or by their children, as by a nationality (`description` as written). */
export function portraysPerson(description: string): boolean {
  const m = /^[Tt]he (\S+)$/u.exec(description);
  if (!m) return false;
  return PARENT_OF_COUNT.test(m[1]!.toLowerCase()) || (/^\p{Lu}\p{Ll}+(?:man|woman)$/u.test(m[1]!) && !roleOf(m[1]!));
}

/** "the Spaniard", "the German", "the 45-year-old": one person named by nationality or age (a plural
 *  is a people). */
export function nationalityNoun(phrase: string): boolean {
  // "the 45-year-old" portrays as a nationality does.
  if (/^the \S+$/u.test(phrase) && AGED.test(phrase.slice(4))) return true;
  // "the England international", "the Brazil international": a player capped by a country.
  if (/^the \p{L}+ international$/u.test(phrase)) return true;
  // "the Vermont independent", "the Ohio Democrat": a politician by the place and the party.
  const member = /^the ((?:\p{L}+ )?\p{L}+) (democrat|republican|independent)$/u.exec(phrase);
  if (member && isKnownPlace(member[1]!)) return true;
  // ("the New Zealander", "the South African": a people's name of two words.)
  const m = /^the (\p{L}+(?: \p{L}+)?)$/u.exec(phrase);
  if (!m) return false;
  // "the Vatican" is the place's own name (Vatican City), not one of its people.
  const place = demonyms.get(m[1]!);
  return NATIONALITY_NOUNS.has(m[1]!) || (!!place && !m[1]!.endsWith('s') && !place.toLowerCase().split(' ').includes(m[1]!));
}

/** "the experts I interviewed" → "the experts", "a study published on Monday" → "a study": a
 *  relative clause without "who" or "that" is no part of what the speakers are called. */
export const withoutReducedRelative = (phrase: string) =>
  phrase
    .replace(/^(.+?\p{L})\s+(?:I|we|you|he|she|they)\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u, '$1')
    // "a study published (on Wednesday)", "a report released last week": a participle after a document.
    .replace(
      /^(.*\b(?:study|report|survey|poll|analysis|paper|review|statement|letter|audit))\s+(?:published|released|issued|conducted|commissioned|obtained|seen|sent|filed)\b.*$/u,
      '$1',
    );

/** "The Unite union said": a capitalised word the recogniser did not take (not a demonym such as
 *  "German") names the organization itself, not one named before. */
export function ownNameIn(surface: SpeakerSurface): boolean {
  const words = surface.text.split(/\s+/u).slice(1, -1);
  // ("The Premier League club": a competition's name is not the club's.)
  if (sideOfCompetition(surface, { text: words.join(' ') })) return false;
  // "the Oslo-based company", "the Saudi-led coalition", "the Wichita, Kansas-based company": a name
  // made a modifier names another thing.
  const modifier = (w: string, n: number) => /-\p{Ll}+$/u.test(w) || (w.endsWith(',') && /-\p{Ll}+$/u.test(words[n + 1] ?? ''));
  // ("The South Korean firm": a people's name of two words is no name either.)
  const people = (w: string, n: number) => [w, `${words[n - 1]} ${w}`, `${w} ${words[n + 1]}`].some((d) => demonyms.has(d.toLowerCase()));
  return words.some((w, n) => /^\p{Lu}/u.test(w) && w !== 'I' && !people(w, n) && !modifier(w, n));
}

/** People the news quotes for what happened to them or what they saw, who hold no role: "one victim". */
export const BYSTANDERS = new Set(
  (
    'victim witness survivor neighbour neighbor customer passenger patient parent worker employee protester fan supporter ' +
    'vendor member volunteer voter shopper tourist visitor motorist relative friend colleague onlooker bystander homeowner tenant local'
  ).split(' '),
);

/** Whether a speaker phrase describes one person who may be `gender` (null: any): "a retired
 *  nurse", "one victim", and, for `definite`, "the charity's chairwoman"; not "officials" or "the ministry". */
export function describesOnePerson(surface: SpeakerSurface | null | undefined, gender: Entity['gender'], definite = false): boolean {
  const determiner = definite ? /^(an?|one|another|the|his|her|their|its|[\p{L}.-]+['’]s)\s/iu : /^(an?|one|another)\s/iu;
  if (surface?.kind !== 'NOMINAL' || !determiner.test(surface.text)) return false;
  const head = surface.text.split(/\s+/u).pop()!.toLowerCase();
  if (roleOf(head) !== head && !BYSTANDERS.has(head)) return false;
  const told = /(wo)?man$|actress$|mother$|wife$|daughter$|sister$/u.exec(head);
  return !told || !gender || (told[0] === 'man' ? 'MALE' : 'FEMALE') === gender;
}

/** A bystander's noun heads the description ("The tenant, who …", "A passenger"; not a role after
 *  "the", which stories give named people: "The former governor"; but a role after "a" is someone
 *  unnamed: "A Department of Health spokeswoman"); other words qualify it, a function word (not
 *  "of" inside a name) or a verb ends it; "The witness Ann Holt" is a title. */
const bystanderHead: HeadTest = (words, i, first) => {
  const word = words[i]!.replace(/[,;:]$/u, '').toLowerCase();
  const indefinite = /^(A|An|One)$/u.test(words[first]!);
  if (BYSTANDERS.has(word) || (indefinite && roleOf(word) === word)) return /^\p{Lu}/u.test(words[i + 1]!) ? 'stop' : 'head';
  const inName = /^(of|for|and)$/u.test(word) && /^\p{Lu}/u.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i + 1]!);
  return /[,;:.]$/u.test(words[i]!) || (isFunctionWord(word) && !inName) || isFiniteVerb(word) ? 'stop' : 'modifier';
};

/** The description of one bystander of `gender` opening `sentence` ("The tenant, who asked not to be
 *  named, suffered …"), as a speaker surface, or null. */
export function bystanderOpening(sentence: TextSpan, gender: Entity['gender']): SpeakerSurface | null {
  const found = openingDescription(sentence.text, sentence.start, /^(The|A|An|One)$/u, bystanderHead);
  const surface: SpeakerSurface | null = found && { start: found.start, end: found.end, text: found.text, kind: 'NOMINAL', entityId: null };
  return surface && describesOnePerson(surface, gender, true) ? surface : null;
}
