// Cue verbs in a sense that reports no speech: a plea ("admitted 12 counts of fraud"), a phrasal verb
// ("called off the match"), telling apart ("can tell three from four"), adding to something
// ("adding to evidence that …"), answering a door, reporting a crime to police, a contest given up or
// claimed ("conceded the race", "declared victory"), modifying a noun ("two blast furnaces"), the
// figures a result is measured against ("beating Wall Street estimates"), or an idiom ("easier said
// than done", "too close to call", "making calls").
import { isClosedClassWord, isFiniteVerb, isFunctionWord, isPluralNoun, tagsOf } from './lexicon.js';
import { type Token, wordAt, isLowerCaseWord } from './tokens.js';
import { cueLemma, whenOrWhereWord } from './cues.js';
import { objectAfterParticle, topicVerbLemma } from './topic-verbs.js';
import { determinerNotThat, isSpeltCount } from './word-classes.js';

/** Up to `n` words after token `i`, in lower case, up to a punctuation mark or "that": the verb's object. */
function objectAfter(tokens: Token[], i: number, n: number): string[] {
  const words = tokens.slice(i + 1, i + 1 + n).map((t) => t.text.toLowerCase());
  const end = words.findIndex((w) => !/^[\p{L}\p{N}'’-]+$/u.test(w) || w === 'that');
  return end < 0 ? words : words.slice(0, end);
}

/** Whether the cue `lemma` at token `i` is used in a sense that reports no speech. */
export function otherSense(tokens: Token[], i: number, lemma: string): boolean {
  return (
    (particleVerb(tokens, i) && !objectAfterParticle(tokens, i, lemma)) ||
    (lemma === 'admit' && (pleads(tokens, i) || letsIn(tokens, i))) ||
    (lemma === 'deny' && countsCharged(tokens, i + 1)) ||
    (lemma === 'tell' && tellsApart(tokens, i)) ||
    (lemma === 'add' && addsTo(tokens, i)) ||
    (lemma === 'agree' && agreesIdiom(tokens, i)) ||
    (lemma === 'answer' && answersNothingSaid(tokens, i)) ||
    ((lemma === 'respond' || lemma === 'reply') && respondsToSomething(tokens, i)) ||
    (lemma === 'report' && reportsToAuthority(tokens, i)) ||
    (lemma === 'advise' && !advisesAction(tokens, i)) ||
    (lemma === 'accept' && !acceptsClause(tokens, i)) ||
    (lemma === 'threaten' && threatensWithoutWords(tokens, i)) ||
    (lemma === 'repeat' && repeatedThing(tokens, i)) ||
    (lemma === 'maintain' && keepsSomething(tokens, i)) ||
    (lemma === 'observe' && watchesSomething(tokens, i)) ||
    ((lemma === 'say' || lemma === 'show') && nounAfterArticle(tokens, i)) ||
    gerundAsNoun(tokens, i) ||
    modifiesNoun(tokens, i, lemma) ||
    pluralNounAfter(tokens, i) ||
    ((lemma === 'estimate' || lemma === 'forecast') && figuresMeasuredAgainst(tokens, i)) ||
    (lemma === 'order' && orderNoun(tokens, i)) ||
    (lemma === 'charge' && chargedAsState(tokens, i)) ||
    ((lemma === 'concede' || lemma === 'declare') && contestDecided(tokens, i, lemma)) ||
    (lemma === 'say' && wordAt(tokens, i + 1) === 'than' && wordAt(tokens, i + 2) === 'done') ||
    (lemma === 'call' && callIdiom(tokens, i))
  );
}

/** "a race too close to call", "spent the evening making calls", "took calls from voters": a contest
 *  no one can yet name the winner of, or calls on the telephone ("made calls for a recount" is speech). */
function callIdiom(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i - 1) === 'to' && /^(close|early)$/u.test(wordAt(tokens, i - 2))) return true;
  return (
    /^calls$/iu.test(tokens[i]!.text) &&
    /^(make|makes|making|made|take|takes|taking|took|return|returns|returning|returned)$/u.test(wordAt(tokens, i - 1)) &&
    !/^(for|to|on)$/u.test(wordAt(tokens, i + 1))
  );
}

/** "conceded the race to Ortiz", "conceding defeat", "declared victory": the outcome of a contest
 *  given up or claimed, an act and no words reported ("conceded that the race was lost" is speech). */
function contestDecided(tokens: Token[], i: number, lemma: string): boolean {
  // ("conceded the race was lost", "declared victory was near": a verb after the noun makes a clause.)
  const [first, second] = [wordAt(tokens, i + 1), wordAt(tokens, i + 2)];
  if (first === 'victory' || first === 'defeat') return !isFiniteVerb(second);
  return lemma === 'concede' && /^(the|a)$/u.test(first) && CONTESTS.test(second) && !isFiniteVerb(wordAt(tokens, i + 3));
}
const CONTESTS = /^(race|election|nomination|primary|caucus|caucuses|contest|state|seat|vote|runoff|game|match|title)$/u;

/** "was charged with assault", "men charged with fraud", "a politically charged debate": a charge a
 *  prosecutor brings, or a tone, not words (an accuser names the accused first: "charged the mayor with
 *  lying"; "angrily charged that …" is speech). */
const chargedAsState = (tokens: Token[], i: number) =>
  /^charged$/iu.test(tokens[i]!.text) && (wordAt(tokens, i + 1) === 'with' || CHARGED_TONE.test(wordAt(tokens, i - 1)));
const CHARGED_TONE = /^(politically|racially|emotionally|sexually|highly|ideologically|religiously|culturally|ethnically)$/u;

/** "in order to", "a court order", "executive orders": "order" is a noun unless a modal or "to" stands
 *  before it ("would order a review"), and "orders" unless whom or what is ordered follows ("orders his
 *  team to …", "orders that …"). */
function orderNoun(tokens: Token[], i: number): boolean {
  const form = tokens[i]!.text.toLowerCase();
  if (form === 'order') return !/^(to|will|would|could|should|can|may|might|must|did|does|do|not)$/iu.test(tokens[i - 1]?.text ?? '');
  return form === 'orders' && !/^(the|a|an|his|her|their|its|him|them|that)$/iu.test(tokens[i + 1]?.text ?? '');
}

/** The words of a plain noun-phrase object after the cue at `i`, up to the first word that ends it (a
 *  mark, a preposition or a conjunction), or undefined when what follows is a clause ("maintained the
 *  server was secure": a finite verb) or opens with "that", a quote mark or a colon. */
function plainObject(tokens: Token[], i: number): string[] | undefined {
  const next = tokens[i + 1]?.text ?? '';
  if (!/^[\p{L}\p{N}]/u.test(next) || /^that$/iu.test(next)) return undefined;
  const words = objectAfter(tokens, i, 10);
  const end = words.findIndex((w, k) => k > 0 && OBJECT_ENDS.test(w));
  const object = end < 0 ? words : words.slice(0, end);
  // ("observed Tuesday that …": the clause comes after a time.)
  if (object.length === words.length && wordAt(tokens, i + 1 + words.length) === 'that') return undefined;
  return object.some((w) => isFiniteVerb(w)) ? undefined : object;
}
const OBJECT_ENDS =
  /^(and|or|but|in|into|with|for|by|at|on|over|of|because|as|while|to|from|since|despite|through|until|after|before|during|when|amid|across)$/u;

/** "maintains a large lead", "maintained an energetic pace", "maintains the title": a thing kept, a
 *  determiner opening a plain object ("maintained that the rules were kept", "maintained the server was
 *  secure" are speech). */
function keepsSomething(tokens: Token[], i: number): boolean {
  const object = plainObject(tokens, i);
  const first = object?.[0] ?? '';
  return object !== undefined && (determinerNotThat(first) || KEPT_OPENINGS.test(first));
}
/** Words besides the determiners that open a thing kept: "some control", "close ties", "strong support". */
const KEPT_OPENINGS = /^(some|close|strong|good)$/u;

/** "observing training", "observed voting in the northern towns": an activity watched, a gerund for the
 *  object ("observed that …", "as Holt observed, …", "observed from the quay, the ferry …" are speech). */
function watchesSomething(tokens: Token[], i: number): boolean {
  const object = plainObject(tokens, i);
  return object !== undefined && /^\p{Ll}+ing$/u.test(object[0] ?? '') && !isClosedClassWord(object[0]!);
}

/** "a say in the plan", "the only show that …", "a TV show": "say" and "show" after an article, or
 *  "show" after the kind of show, are nouns ("polls that show", "the polls show" are the verbs). */
function nounAfterArticle(tokens: Token[], i: number): boolean {
  if (!/^(say|show)$/iu.test(tokens[i]!.text)) return false;
  const before = wordAt(tokens, i - 1);
  const article = (w: string) => /^(a|an|the|every|each)$/u.test(w);
  if (article(before) || (before === 'only' && article(wordAt(tokens, i - 2)))) return true;
  return /^show$/iu.test(tokens[i]!.text) && /^(tv|television|talk|radio|game|quiz|chat|cable|reality|road|news)$/u.test(before);
}

/** "Facebook found the posting, reported it …", "a collection of his writing that included a
 *  profile": an -ing form after a determiner, with a mark or a relative clause ("that" and its verb)
 *  after it, names a thing ("his warning that the quay would flood" reports a clause). */
function gerundAsNoun(tokens: Token[], i: number): boolean {
  if (!/^\p{Ll}+ing$/u.test(tokens[i]!.text) || !determinerNotThat(wordAt(tokens, i - 1))) return false;
  const next = tokens[i + 1]?.text ?? '.';
  if (/^[,;.)]$/u.test(next)) return true;
  return next.toLowerCase() === 'that' && isFiniteVerb(tokens[i + 2]?.text ?? '');
}

/** "repeated accusations", "did not respond to repeated requests": "repeated" before a bare noun
 *  qualifies it; words said again follow a determiner or a name ("repeated his promise"). */
const repeatedThing = (tokens: Token[], i: number) => /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !isClosedClassWord(tokens[i + 1]!.text);

/** "beating Wall Street estimates", "above analysts' forecasts", "ahead of City forecasts": the figures
 *  a result is measured against, a noun after a word of comparison and who made them. */
function figuresMeasuredAgainst(tokens: Token[], i: number): boolean {
  if (!/s$/u.test(tokens[i]!.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!.text;
    if (MEASURED_AGAINST.test(w)) return k < i - 1;
    if (!/^(\p{Lu}[\p{L}.&-]*|analysts|consensus|market|['’]s?)$/u.test(w)) return false;
  }
  return false;
}
const MEASURED_AGAINST =
  /^(beating|beat|beats|topping|topped|missing|missed|misses|exceeding|exceeded|above|below|ahead|than|with|short|under|over|against|trailing|lagging)$/iu;

/** "a reply to questions", "the claims", "in talks with", "to settle claims": an -s form after a
 *  preposition, a determiner or an infinitive is a plural noun, not a verb. */
function pluralNounAfter(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  return (
    /^\p{Ll}+[^s]s$/u.test(tokens[i]!.text) &&
    (/^(to|of|for|with|about|from|by|under|despite|amid|the|a|an|his|her|their|its|our|these|those|such|any|no|many|several|some)$/iu.test(before) ||
      // ("in talks with", not "persisted in arguments that": a noun of its own after these.)
      (/^(in|at|during|after)$/iu.test(before) && (cueLemma(tokens[i]!.text) ?? topicVerbLemma(tokens[i]!.text)) !== undefined) ||
      (tokens[i - 2]?.text.toLowerCase() === 'to' && isLowerCaseWord(before) && tagsOf(before).includes('Infinitive')) ||
      nounListAt(tokens, i))
  );
}

/** "new faces and voices in the council", "rumours and claims of a deal": a plural the lexicon
 *  lists, joined to a plural before it and followed by a preposition or a mark, is one more noun. */
const nounListAt = (tokens: Token[], i: number) =>
  /^(and|or)$/iu.test(tokens[i - 1]?.text ?? '') &&
  isPluralNoun(tokens[i - 2]?.text ?? '') &&
  tagsOf(tokens[i]!.text).includes('Plural') &&
  /^(of|in|from|at|across|[,.;:)])$/iu.test(tokens[i + 1]?.text ?? '.');

/** "called off the match", "warned off visitors", "wrote down the readings", "wrote that off": a
 *  verb with a particle means something else, and "that" before the particle is its object, not a
 *  clause. ("ruled that out", "pointed that out" stay: a stance stated, its content the words before.) */
function particleVerb(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  // "said down the phone" is still speech.
  if (next === 'off' || (next === 'down' && !/^(phone|line|telephone)$/u.test(wordAt(tokens, i + 3)))) return true;
  return /^(it|that|this|them|him|her)$/u.test(next) && /^(off|down|away|aside)$/u.test(wordAt(tokens, i + 2));
}

/** "advised that people stay home", "advised residents to leave": advice given in words has a clause
 *  or an infinitive; "advised the board on the merger", "lawyers advising the family" are a job. */
function advisesAction(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i + 1) === 'that') return true;
  // ("advised anyone with symptoms - even mild ones - to phone 111": an aside set off by dashes or
  // commas may stand inside the listener.)
  for (let k = i + 1; k < i + 14 && k < tokens.length; k++) {
    if (/^[,—–-]$/u.test(tokens[k]!.text) && k > i + 1) continue;
    if (!/^[\p{L}\p{N}'’-]+$/u.test(tokens[k]!.text)) return false;
    if (wordAt(tokens, k) === 'to') return isLowerCaseWord(wordAt(tokens, k + 1)) && !isClosedClassWord(wordAt(tokens, k + 1));
  }
  return false;
}

/** "accepted that he had erred", "accepted in court that …": an admission has a clause; "accepted the
 *  offer", "accepted that argument" take a thing. ("That" opens a clause when a verb follows before a mark.) */
function acceptsClause(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k < i + 6 && whenOrWhereWord(wordAt(tokens, k))) k++;
  if (wordAt(tokens, k) !== 'that') return false;
  for (let n = k + 1; n < k + 8 && /^[\p{L}\p{N}'’-]+$/u.test(tokens[n]?.text ?? ''); n++) if (isFiniteVerb(tokens[n]!.text)) return true;
  return false;
}

/** "threatened staff with a knife": a threat made with a weapon; "threatened to collapse", "threatens
 *  to overshadow the summit": a danger looming. No words in either. */
function threatensWithoutWords(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i + 1) === 'to') return LOOMING.test(wordAt(tokens, i + 2));
  const object = objectAfter(tokens, i, 6);
  const w = object.indexOf('with');
  return w > 0 && WEAPONS.test(object[w + 1] === 'a' || object[w + 1] === 'an' ? (object[w + 2] ?? '') : (object[w + 1] ?? ''));
}

const LOOMING = /^(collapse|derail|overwhelm|engulf|overshadow|overtake|unravel|spill|spiral|escalate|erupt|swamp|eclipse|sink|topple|boil|flood|break)$/u;
const WEAPONS = /^(knife|knives|gun|guns|pistol|rifle|shotgun|firearm|weapon|machete|blade|hammer|axe|bat|crowbar|screwdriver|syringe|bottle|meat)$/u;

/** "a charge of", "12 counts of", "three offences": what a defendant pleads to. */
function countsCharged(tokens: Token[], k: number): boolean {
  if (wordAt(tokens, k) === 'to') k++;
  return (
    (/^(a|an|one|several|all|both|\d+)$/u.test(wordAt(tokens, k)) || isSpeltCount(wordAt(tokens, k))) &&
    /^(counts?|charges?|offen[cs]es?)$/u.test(wordAt(tokens, k + 1))
  );
}

/** "admitted 12 counts of fraud", "admitted manslaughter", "admitted causing death by dangerous
 *  driving": a plea in court, not a report of speech ("admitted that she had erred" is one). */
function pleads(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  return countsCharged(tokens, i + 1) || (/^the$/u.test(next) && /^(charges?|offen[cs]es?)$/u.test(wordAt(tokens, i + 2))) || CRIMES.has(next);
}

const CRIMES = new Set(
  'fraud manslaughter murder theft burglary robbery assault arson perjury bribery rape affray harassment stalking blackmail kidnapping causing possessing possession'.split(
    ' ',
  ),
);

/** "admitting Velmora, Ostrava and Lind to the alliance", "efforts to admit families as refugees",
 *  "admitted into the union": someone let in, a list of names or a plain object and then "into", "as" or
 *  "to" a body ("admitted the error to the committee" and "admitted he was wrong" are speech). */
function letsIn(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < i + 14 && k < tokens.length; k++) {
    const w = wordAt(tokens, k);
    if (w === 'into' || w === 'as') return k > i + 1 || w === 'into';
    if (w === 'to') {
      const body = wordAt(tokens, k + 1) === 'the' ? k + 2 : k + 1;
      return k > i + 1 && (ADMITTING_BODIES.test(wordAt(tokens, body)) || /^\p{Lu}{2,}$/u.test(tokens[body]?.text ?? ''));
    }
    if (w === 'that' || isFiniteVerb(tokens[k]!.text) || !/^([\p{L}\p{N}'’.-]+|,)$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}
const ADMITTING_BODIES = /^(hospital|college|school|university|union|alliance|bloc|club|bar|membership|country|program|programme)$/u;

/** "can tell three objects from four", "could tell the cards apart", "can tell the difference", "too
 *  early to tell whether": telling things apart, not telling someone. */
function tellsApart(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  if (/^(whether|if|which)$/u.test(next) || (next === 'the' && wordAt(tokens, i + 2) === 'difference')) return true;
  // "I can tell you from experience": a listener makes it speech.
  if (/^(you|him|her|them|us|me)$/u.test(next)) return false;
  const object = objectAfter(tokens, i, 6);
  if (object.includes('apart')) return true;
  // "tell X from Y" only after "can", "could" or "to": "told a reporter from Reuters" is speech.
  return object.slice(1).includes('from') && /^(can|could|cannot|to)$/u.test(wordAt(tokens, i - 1));
}

/** "adding to evidence that …", "added to the pressure", "added two species to the list", "it adds
 *  up": not "she added that …" ("added to reporters" is speech). */
function addsTo(tokens: Token[], i: number): boolean {
  const next = wordAt(tokens, i + 1);
  if (next === 'up' || (next === 'to' && !/^(reporters|journalists)$/u.test(wordAt(tokens, i + 2)))) return true;
  // "added two species to the list": a thing added to a place, not "added the plan to cut taxes would fail".
  const object = objectAfter(tokens, i, 8);
  const to = object.indexOf('to', 1);
  if (to > 0 && /^(the|a|an|its|his|her|their|our)$/u.test(object[to + 1] ?? '')) return true;
  // "struggles to add subscribers", "added jobs in May": a bare plural, or any object after "to add", is what grew.
  const infinitive = wordAt(tokens, i - 1) === 'to' && /^\p{L}/u.test(tokens[i + 1]?.text ?? '') && next !== 'that';
  return infinitive || (/^\p{Ll}+[^s']s$/u.test(tokens[i + 1]?.text ?? '') && !isFiniteVerb(tokens[i + 2]?.text ?? ''));
}

/** What a speaker answers in words: "answered questions about …", "answered his critics". */
const ANSWERED_IN_WORDS = /^(questions?|quer(?:y|ies)|critics?|charges?|accusations?|allegations?|criticism|concerns?|claims?|challenges?)$/u;

/** "answered the door", "answered the phone", "can read and answer a user's email": no words answered,
 *  an object opened by a determiner that names nothing said and no clause after it. */
function answersNothingSaid(tokens: Token[], i: number): boolean {
  const object = objectAfter(tokens, i, 5);
  if (object.some((w) => /^(doors?|phones?|telephone|bell|calls?)$/u.test(w))) return true;
  const determined = /^(a|an|the|his|her|its|their|our|my|your|every|each)$/u.test(object[0] ?? '') || /['’]s$/u.test(object[0] ?? '');
  return determined && !object.some((w) => ANSWERED_IN_WORDS.test(w));
}

/** "will respond firmly to any attack", "responded to the blaze", "has not replied to requests": what
 *  is responded to, with no clause ("replied to the letter that …") nor quotation after it. */
function respondsToSomething(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (/^\p{Ll}+ly$/u.test(tokens[k]?.text ?? '')) k++;
  if (wordAt(tokens, k) !== 'to') return false;
  const next = tokens.slice(k + 1, k + 16).find((t) => /^(that|[,;:()“"‘«—–])$/iu.test(t.text));
  return !/^(that|:|[“"‘«])$/iu.test(next?.text ?? '');
}

/** "reported the theft to police", "reported him to the authorities": a crime reported, not words. */
function reportsToAuthority(tokens: Token[], i: number): boolean {
  const object = objectAfter(tokens, i, 9).join(' ');
  return /\bto (the )?(police|authorities)\b/u.test(object);
}

/** "agreed to disagree", "agreed to give it a year": no agreement on anything said. */
function agreesIdiom(tokens: Token[], i: number): boolean {
  if (wordAt(tokens, i + 1) !== 'to') return false;
  const verb = wordAt(tokens, i + 2);
  if (verb === 'disagree' || verb === 'differ') return true;
  return verb === 'give' && wordAt(tokens, i + 3) === 'it' && /^(a|an|another)$/u.test(wordAt(tokens, i + 4));
}

/** "two blast furnaces", "three slam dunks": a cue word in its base form between a number and a noun
 *  modifies the noun; a verb after a number has a pronoun, a determiner or "that" next ("the two say they"). */
function modifiesNoun(tokens: Token[], i: number, lemma: string): boolean {
  const next = tokens[i + 1]?.text ?? '';
  return (
    tokens[i]!.text.toLowerCase() === lemma &&
    (/^(\d+|several|many|few)$/iu.test(tokens[i - 1]?.text ?? '') || isSpeltCount(tokens[i - 1]?.text ?? '')) &&
    /^\p{Ll}+s$/u.test(next) &&
    !isFunctionWord(next) &&
    !isFiniteVerb(next) &&
    (tagsOf(next).length === 0 || tagsOf(next).some((t) => t === 'Plural' || t === 'Noun')) &&
    // "The two urge voters to turn out": what they are asked follows the listener.
    !/^(to|that)$/iu.test(tokens[i + 2]?.text ?? '')
  );
}
