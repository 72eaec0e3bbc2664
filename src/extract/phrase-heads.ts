// Which word of a speaker phrase speaks: English noun phrases put their head first and attach the
// rest with prepositions ("Experts on trade", "Mr. Reyes of the Farmers Union", "attorneys for the
// family"), or put modifiers before it ("CNN host Ana Silva", "European Union leaders"). Word lists
// only; the walking is done by speaker-heads.ts, which knows the names.
import { isClosedClassWord, tagsOf } from './lexicon.js';
import { compoundRole, roleOf } from './roles.js';
import { isLowerCaseWord } from './tokens.js';

/** Prepositions that attach a phrase to the noun before it. */
export const ATTACHING = /^(of|for|at|in|into|from|on|with|around|across|near|to|about|by|inside|outside|within|among|across)$/iu;

/** Heads that count a group whose members follow "of": "A group of parents", "one of the doctors". */
export const PARTITIVE = new Set(
  'group groups number majority minority handful dozens hundreds thousands millions couple one some most many several none each all both few half rest'.split(
    ' ',
  ),
);

/** Nouns that speak for the organization they name before them ("the Reuters survey", "a CNN
 *  spokeswoman"): a representative or a document of it. */
const SPEAKS_FOR = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople spokesmen official officials representative representatives aide aides ' +
    'statement report survey study poll polls letter memo release filing complaint lawsuit ad ads video website data analysis ' +
    'document documents editorial article records estimate estimates figures analysis review audit'
  ).split(' '),
);

/** Whether a noun speaks for the organization it goes with ("a spokesman at the trust", "an official at the club"). */
export const speaksForBody = (word: string): boolean => SPEAKS_FOR.has(word.toLowerCase());

/** Quantifiers that stand alone for people: "Many argued …", "with some warning that …". */
export const PEOPLE_QUANTIFIERS = new Set('some many others several most few'.split(' '));

/** Nouns for people that are no office ("experts", "critics", "a GOP source"): the people speak, not a name before them. */
const PEOPLE = new Set([
  ...(
    'source experts sources observers critics supporters donors members residents voters activists people workers protesters journalists insiders veterans allies colleagues friends neighbors neighbours fans ' +
    'peacekeepers troops soldiers monitors inspectors investigators rescuers medics doctors nurses staff employees shareholders investors traders ' +
    'advocate advocates campaigner campaigners friend neighbour neighbor colleague relative relatives cousin ' +
    // those a disaster, a crime or an institution touches: "Grenfell survivors" are not the group named Grenfell
    'survivor survivors victim victims families parents students pupils passengers patients refugees migrants villagers tenants'
  ).split(' '),
  ...PEOPLE_QUANTIFIERS,
]);

/** Whether a noun names people by role or office ("leaders", "nominee", "reporters") without
 *  speaking for the organization that modifies it ("E.U. leaders" are not the E.U.). */
export function namesPeople(word: string): boolean {
  const w = word.toLowerCase();
  // ("Fishermen" opening a sentence is no compound role: capitalised, it may be a name, "Chapman".)
  return !SPEAKS_FOR.has(w) && (PEOPLE.has(w) || (roleOf(w) !== null && (w === word || compoundRole(w) === null)));
}

/** Whether a noun names people as a speaker's head may: by role or office in any case ("Leaders",
 *  "nominee"), or, in lower case, by what they do ("shoppers"). */
export const namesSomeone = (word: string): boolean => namesPeople(word) || namesPersons(word);

/** Whether a word in lower case names a person or people by office, role or what they do: the
 *  nouns above but the quantifiers, those the lexicon marks as doers ("tenants", "pilots"), and
 *  doers it does not know, made of a verb it does ("shoppers", "viewers", "consumers"). */
export function namesPersons(word: string): boolean {
  if (!isLowerCaseWord(word) || PEOPLE_QUANTIFIERS.has(word) || isClosedClassWord(word) || word.endsWith('body')) return false;
  if (namesPeople(word)) return true;
  const tags = tagsOf(word);
  if (tags.includes('Actor')) return true;
  const stem = tags.length === 0 && PLURAL_DOER.test(word) ? word.slice(0, -3) : '';
  // "readers" ← "read", "consumers" ← "consume", "shoppers" ← "shop"
  const verbs = stem.length < 3 ? [] : [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return verbs.some((v) => v !== '' && tagsOf(v).includes('Infinitive'));
}
const PLURAL_DOER = /(?:er|or)s$/u;

/** Words a title run may hold between a possessor or organization and a person's name:
 *  "Clinton’s campaign manager Robby Mook", "CNN host Ana Silva", "European Council President Donald Tusk". */
export function isTitleWord(word: string): boolean {
  return roleOf(word) !== null || TITLE_MODIFIER.test(word);
}
/** Whether the "of" at `k` names a title's office, between a title word and a capitalised one:
 *  "Secretary of State Ann Holt", "Minister of Foreign Affairs Tom Pike". */
export function opensOffice(tokens: readonly { text: string }[], k: number): boolean {
  return tokens[k]?.text === 'of' && k > 0 && isTitleWord(tokens[k - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
}
const TITLE_MODIFIER =
  /^(['’]s|campaign|communications?|press|political|policy|national|chief|senior|deputy|vice|former|top|executive|managing|general|state|federal|foreign|defense|finance|health|interior|legal|staff|news|tv|radio|correspondent|contributor)$/iu;
