// "Residents interviewed by the Guardian said", "A lawsuit filed on Tuesday in federal court in Boston
// alleges": a past participle right after the subject opens a clause of its own (a reduced relative),
// and the names inside that clause are not who speaks. The subject before the participle is, except for
// a document and its author ("A report released by the World Bank says": the bank speaks).
import { hasRegularPastShape, isCalendarWord, isFiniteVerb, isFunctionWord, singularsOf } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { phraseEndingAt } from './noun-phrases.js';
import { ARTICLES, DETERMINERS, ISSUED_DOCUMENTS, lastWord, SPEAKER_NOUNS, SPEAKING_DOCUMENTS } from './speaker-words.js';
import { headOf } from './speaker-heads.js';
import { roleOf } from './roles.js';
import { DOCUMENT_NOUNS, SPEECH_NOUNS } from './cues.js';
import { NOT_PARTICIPLE } from './clause-openings.js';
import { namesPeople, PEOPLE_QUANTIFIERS } from './phrase-heads.js';
import { isTitleCaseWord, type Token } from './tokens.js';

const IRREGULAR_PARTICIPLES = new Set('seen written given sent taken made held brought shown drawn known led sought told read heard'.split(' '));

/** Participles whose agent ("by X") wrote what the document says. */
const AUTHORING = new Set('released issued published signed written filed drafted prepared commissioned compiled produced posted sent conducted'.split(' '));

/** Words that open the phrase after such a participle: "filed on Tuesday", "interviewed by the Guardian". */
const AFTER_PARTICIPLE =
  /^(by|in|on|at|from|with|of|to|for|during|after|before|last|this|earlier|late|early|outside|inside|near|under|over|through|since|across|around|yesterday|today|overnight)$/iu;

/** Where a subject may open: the sentence's start, after a comma, a colon or a quote mark, or "and"/"but". */
const OPENS_SUBJECT = /^([,:;“"‘«—–-]|and|but)$/iu;

const STOPS = /^([,;:()“”"‘’«»—–-]|that|who|which|whose|whom|and|but|or|when|where|while)$/iu;

/** An article or a word for one more before a person: "a", "the", "another". */
const ONE = /^(a|an|the|another)$/iu;

const isParticiple = (w: string) => hasRegularPastShape(w) || IRREGULAR_PARTICIPLES.has(w);

/** The speaker of a subject with a reduced relative clause ending at token `j` (the last word before the
 *  cue), or null when the words before the cue are no such subject. */
export function subjectBeforeReducedRelative(names: NameIndex, tokens: Token[], j: number): SpeakerSurface | null {
  for (let k = j - 1; k > 0; k--) {
    const w = tokens[k]!.text;
    // ("Activists supporting Tom Pike and Ann Holt said": two names joined in the participle's object.)
    if (STOPS.test(w) && !joinsNames(names, tokens, k)) return null;
    const acting = actingPeopleAt(tokens, k);
    const opensClause = (isParticiple(w) && (AFTER_PARTICIPLE.test(tokens[k + 1]!.text) || isCalendarWord(tokens[k + 1]!.text))) || acting;
    // ("The city waited before the judge ruled", "Two months passed before Ann Holt said": a past
    // form closing its clause, then a conjunction of time whose own subject stands right before the cue.)
    if (opensClause && clauseOfTimeAfter(names, tokens, k, j)) return null;
    if (!opensClause) {
      // ("overseeing the count", "staffing the field hospital": after an article a verb's form is a noun.)
      if (isFiniteVerb(w) && !ARTICLES.has(tokens[k - 1]!.text.toLowerCase())) return null;
      continue;
    }
    const before = tokens[k - 1]!.text;
    // ("Nurses staffing …": a people noun the lexicon also knows as a verb is still the subject.)
    const subject = phraseEndingAt(names, tokens, k - 1, true);
    // ("the Harbour Trust seen by …": the last word of a name is no verb.)
    const named = subject?.kind === 'NAME' && /^\p{Lu}/u.test(before);
    if (!/^[\p{L}\p{N}]/u.test(before) || ((isFunctionWord(before) || isFiniteVerb(before)) && !acting && !named)) return null;
    // "The lawyer for a man accused of fraud told": the head the subject hangs from opens the clause.
    const head = subject && headOf(names, tokens, subject);
    const at = head ? names.indexAt(tokens, head.start) : -1;
    if (!subject || !head) return null;
    // "A letter from the Veterans League obtained by the Ledger warns": the document's issuer, named
    // after "from" or "by", speaks; who came by the document does not.
    if (at > 0 && !OPENS_SUBJECT.test(tokens[at - 1]!.text)) return issuedBy(names, tokens, head.kind === 'NAME' ? head : subject);
    return (AUTHORING.has(w) && authorOf(names, tokens, subject, k, j)) || head;
  }
  return null;
}

/** Conjunctions that open a clause of their own after a verb: "waited before the judge ruled",
 *  "gathered outside because the mayor said". */
const TIME_CONJUNCTION = /^(after|before|since|because|until|once|although|though)$/iu;

/** Whether the past form at `k` is the verb of a clause closed by a conjunction of time (or cause)
 *  whose subject ends at `j`, right before the cue: a pronoun, a name or a people's noun ("before the
 *  judge ruled"; not "Residents questioned after the crash said", where the time belongs to the
 *  participle). The conjunction may follow the verb's own words ("The dock workers gathered outside
 *  the hall after Ann Holt endorsed …": the past form with a place after it is the sentence's verb). */
function clauseOfTimeAfter(names: NameIndex, tokens: Token[], k: number, j: number): boolean {
  if (!isParticiple(tokens[k]!.text) || j <= k + 1) return false;
  const subject = phraseEndingAt(names, tokens, j, false);
  if (!subject) return false;
  let opens = names.indexAt(tokens, subject.start);
  while (opens > k + 2 && ARTICLES.has(tokens[opens - 1]!.text.toLowerCase())) opens--;
  const conjunction = tokens[opens - 1]?.text ?? '';
  return opens >= k + 2 && TIME_CONJUNCTION.test(conjunction) && (subject.kind !== 'NOMINAL' || namesPeople(lastWord(subject).toLowerCase()));
}

/** Documents that speak for whoever they are from, one or more: "a letter from", "a memo by", "a study by". */
const FROM_ISSUER = new Set([...[...ISSUED_DOCUMENTS, ...SPEAKING_DOCUMENTS].flatMap((w) => [w, `${w}s`]), 'studies', 'analyses']);

/** Words of a date before a document noun, with its article: "A Feb. 1", "the March 3". */
const DATING = /^(a|an|the|\p{Lu}\p{Ll}*|\.|\d{1,4}(?:st|nd|rd|th)?)$/u;

/** The phrase `issuer` when it names who issued a document opening the clause, after "from" or "by":
 *  "A letter from the Veterans League", "A Feb. 1 memo by Ann Holt"; otherwise null. */
function issuedBy(names: NameIndex, tokens: Token[], issuer: SpeakerSurface): SpeakerSurface | null {
  let p = names.indexAt(tokens, issuer.start) - 1;
  // ("from the American Legion": a people's word before the name is part of what names the issuer.)
  for (let words = 0; p > 0 && words < 3 && (ARTICLES.has(tokens[p]!.text.toLowerCase()) || isTitleCaseWord(tokens[p]!.text)); words++) p--;
  if (p < 2 || !/^(from|by)$/iu.test(tokens[p]!.text) || !FROM_ISSUER.has(tokens[p - 1]!.text.toLowerCase())) return null;
  const document = phraseEndingAt(names, tokens, p - 1, true);
  if (document?.kind !== 'NOMINAL') return null;
  // ("A Feb. 1 letter": an article and a date before the noun still open the clause.)
  let opens = names.indexAt(tokens, document.start);
  while (opens > 0 && DATING.test(tokens[opens - 1]!.text)) opens--;
  return opens === 0 || OPENS_SUBJECT.test(tokens[opens - 1]!.text) ? issuer : null;
}

/** Whether token `k` is an "and" between two names: "Tom Pike and Ann Holt", "Velmora Bank and the Korvena Port Authority". */
function joinsNames(names: NameIndex, tokens: Token[], k: number): boolean {
  if (tokens[k]!.text !== 'and') return false;
  const next = /^the$/iu.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  const left = phraseEndingAt(names, tokens, k - 1, true);
  return left?.kind === 'NAME' && names.nameAt.has(tokens[next]?.start ?? -1);
}

/** "Lawyers representing the family said", "Officials overseeing the count said", "Critics including
 *  the mayor said", "The attorney representing Sarah Lee told": a present participle with its object
 *  after people at the clause's start (one of them after an article); those people speak. */
function actingPeopleAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text;
  if (!/^\p{Ll}{3,}ing$/u.test(w) || (NOT_PARTICIPLE.has(w) && w !== 'including')) return false;
  const people = tokens[k - 1]?.text ?? '';
  const plural = /^\p{L}+s$/u.test(people) && (SPEAKER_NOUNS.has(people.toLowerCase()) || [people, ...singularsOf(people.toLowerCase())].some(namesPeople));
  // ("A harbour official speaking to reporters said", "Another party source speaking to the Gazette":
  // up to two lower-case modifiers between the article and the people noun.)
  let article = k - 2;
  while (article > k - 4 && article > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[article]!.text) && !isFunctionWord(tokens[article]!.text)) article--;
  const one = ONE.test(tokens[article]?.text ?? '') && (namesPeople(people) || roleOf(people) !== null);
  // ("Staff working at the depot said", "Police searching the depot said": a people noun with no
  // plural's "s" opening the sentence, after capitalised words at most but no article: "A union representing …" is the rule above's.)
  // ("Several leading Republicans said": a quantifier is no noun of its own.)
  const quantifier = DETERMINERS.has(people.toLowerCase()) || PEOPLE_QUANTIFIERS.has(people.toLowerCase());
  const peopleWord = !quantifier && (namesPeople(people) || SPEAKER_NOUNS.has(people.toLowerCase()));
  const opening = peopleWord && tokens.slice(0, k - 1).every((t) => /^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.text.toLowerCase()));
  return (plural || one || opening) && /^[\p{L}\p{N}]/u.test(tokens[k + 1]?.text ?? '');
}

/** "A report released on Monday by the World Bank": the name after "by", for a document. */
function authorOf(names: NameIndex, tokens: Token[], subject: SpeakerSurface, participle: number, j: number): SpeakerSurface | null {
  const noun = lastWord(subject).toLowerCase();
  if (!DOCUMENT_NOUNS.has(noun) && !SPEECH_NOUNS.has(noun.replace(/s$/u, '')) && !/^(letters?|papers?|complaints?|lawsuits?|suits?)$/u.test(noun)) return null;
  const by = tokens.findIndex((t, n) => n > participle && n <= j && /^by$/iu.test(t.text));
  if (by < 0) return null;
  let k = by + 1;
  while (k <= j && ARTICLES.has(tokens[k]!.text.toLowerCase())) k++;
  const name = k <= j ? names.nameAt.get(tokens[k]!.start) : undefined;
  return name ? names.surface(name.start, name.end, 'NAME', name.entity.id) : null;
}
