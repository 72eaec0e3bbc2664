// The verbs that report a topic or an object (topic-speech.ts), and where in a sentence that topic
// starts: after the preposition of a topic ("spoke of her early years", "spoke out Tuesday about"), after
// "for" ("apologized for his remarks"), after the noun of "raised questions about", or at the object.
import { regularForms, SPEECH_NOUNS } from './cues.js';
import { isCalendarWord, isClosedClassWord, isDurationWord, isFiniteAuxiliary, isMeasureWord, isVerbForm } from './lexicon.js';
import { speechNounLemma } from './speech-nouns.js';
import { CHARACTERIZING, givesName } from './names-given.js';
import { STANCE_ADJECTIVES } from './stance-adjectives.js';
import { isPossessiveMark, type Token, wordAt } from './tokens.js';
import { ARTICLES, SPELT_COUNT_ALTERNATIVES } from './word-classes.js';

/** Verbs whose topic follows a preposition, with the prepositions that open it: "spoke of", "joked about". */
const TOPIC_PREPOSITIONS: Record<string, string[]> = {
  speak: ['about', 'of', 'on', 'against'],
  talk: ['about', 'of'],
  complain: ['about', 'of'],
  joke: ['about'],
  comment: ['on'],
  remark: ['on'],
  boast: ['about', 'of'],
  brag: ['about', 'of'],
  muse: ['about', 'on'],
  reminisce: ['about'],
  rail: ['against'],
  rant: ['about', 'against'],
  gripe: ['about'],
  elaborate: ['on'],
  opine: ['on'],
  write: ['about', 'of'],
  tweet: ['about'],
  testify: ['about'],
  warn: ['about', 'of', 'against'],
  // "objected to the new mast": an objection made, to what.
  object: ['to'],
  caution: ['against'],
  lash: ['at'],
  hit: ['at'],
  weigh: ['on'],
  // "said, referring to the deal", "pointed to the falling crime rate": what a speaker draws attention to.
  refer: ['to'],
  point: ['to'],
  // "said, alluding to his rival's ambitions": what a speaker hints at.
  allude: ['to'],
  // "pushed for a ban", "advocated for the new quay", "asked for a recount": what a speaker asks to
  // have done or given is what the words were for.
  push: ['for'],
  advocate: ['for'],
  argue: ['for'],
  lobby: ['for'],
  ask: ['for'],
  // "voted for the levy", "voted against Ann Holt": a vote cast is a stance taken on what it was for.
  vote: ['for', 'against'],
  // "vouched for his rival's record", "acquiesced to the board's demands", "balked at the plan",
  // "scoffed at the idea", "bristled at the suggestion": a stance taken on what was said or asked.
  vouch: ['for'],
  acquiesce: ['to', 'in'],
  balk: ['at'],
  scoff: ['at'],
  bristle: ['at'],
  // "reminded voters of the flood", "reminded her staff about the vote": what a speaker brings back to
  // mind, after the one reminded (topicStart below).
  remind: ['of', 'about'],
  // "sided with the union": whose stance one takes ("side" and "sides" are nouns, FORMS below).
  side: ['with'],
  // "has been critical of the plan": a stance taken, after "be" (stance-adjectives.ts).
  ...Object.fromEntries([...STANCE_ADJECTIVES].map((a) => [a, ['of']])),
};
/** Those whose "for" opens what is asked for ("pushed for a ban"), with nothing but an adverb before it. */
const ASKING_FOR = new Set(['push', 'advocate', 'argue', 'lobby', 'ask', 'vote']);
/** The particle some of them need: "lashed out at", "hit out at", "weighed in on". */
const PARTICLE: Record<string, string> = { lash: 'out', hit: 'out', weigh: 'in' };

/** Verbs whose object is what they speak of: "discussed the budget", "praised the firefighters". */
const OBJECT_VERBS = new Set(
  (
    'discuss address mention criticize criticise praise condemn denounce mock ridicule deride endorse slam blast lambaste ' +
    'lambast chastise rebuke scold berate castigate decry hail laud commend applaud thank congratulate blame insult disparage ' +
    'belittle attack defend deplore welcome taunt deny attribute dispute tout outline echo paraphrase reference repeat credit oppose support ' +
    // "assailed the judge", "chided his rivals", "bemoaned the state of the roads", "downplayed the risk",
    // "contradicted her own aide", "invoked the town's history", "retweeted a post by …"; "backed the
    // levy", "is backing Ann Holt": a stance taken, as "endorsed" and "supported" are
    'assail chide bemoan downplay contradict invoke retweet back ' +
    // "rebutted the charge", "rebuts the council's claims": what was said, answered against
    'rebut liken ' +
    // "offered her condolences", "offers a blunt assessment": only a thing said (spoken-of.ts)
    'offer ' +
    // "explained his decision", "explaining the campaign's plan": what the explanation was of
    'explain ' +
    // "listed the qualities a nominee needs", "listing the facts left out": what was set out one by one
    'list ' +
    // "released its findings", "unveiled a plan", "published an open letter": a thing said made public
    // (spoken-of.ts)
    'release issue publish unveil'
  ).split(' '),
);
/** Verbs whose object, after a particle, is what they set out in words: "laid out his plan", "spelled
 *  out her concerns"; without it they lay and spell other things. */
const PARTICLE_OBJECT: Record<string, string[]> = {
  lay: ['lay', 'lays', 'laid', 'laying'],
  spell: ['spell', 'spells', 'spelled', 'spelt', 'spelling'],
};
/** Verbs whose thing spoken of follows "for": "apologized for his remarks". */
const FOR_VERBS = new Set(['apologize', 'apologise']);
/** "raised questions about his health", "voiced concern over the plan": the topic follows the noun. */
const RAISED = /^(rais|voic|express)(e|es|ed|ing)$/iu;
const RAISED_NOUNS = /^(questions|concerns?|doubts|alarm|outrage|frustration|dismay|reservations|fears|worries|misgivings|qualms|objections|opposition)$/iu;

/** Verbs of this kind that are not speech cues elsewhere, with all their forms. */
const FORMS = new Map<string, string>();
for (const base of [...Object.keys(TOPIC_PREPOSITIONS), ...OBJECT_VERBS, ...FOR_VERBS, ...CHARACTERIZING, 'raise']) {
  // ("support" and "supporting" are as often a noun and an adjective: "won support", "a supporting role";
  // "back" is as often an adverb or a particle: "came back", "back in 2010".)
  if (base === 'speak' || base === 'hit' || base === 'write' || base === 'support' || base === 'back' || base === 'side' || base === 'list') continue;
  if (STANCE_ADJECTIVES.has(base)) {
    FORMS.set(base, base);
    continue;
  }
  for (const f of regularForms(base)) FORMS.set(f, base);
}
for (const f of ['speak', 'speaks', 'spoke', 'spoken', 'speaking']) FORMS.set(f, 'speak');
for (const f of ['hit', 'hits', 'hitting']) FORMS.set(f, 'hit');
// ("Groups supporting Ann Holt spent …": the participle after who supports; "a supporting role", "in
// supporting her" are none, ownAct in topic-speech.ts.)
for (const f of ['supports', 'supported', 'supporting']) FORMS.set(f, 'support');
for (const f of ['backs', 'backed', 'backing']) FORMS.set(f, 'back');
// ("a long list of", "his wish list": the bare form is as often the noun.)
for (const f of ['lists', 'listed', 'listing']) FORMS.set(f, 'list');
// ("social issues", "the issues of the day": "issues" is as often the noun.)
FORMS.delete('issues');
for (const [base, forms] of Object.entries(PARTICLE_OBJECT)) for (const f of forms) FORMS.set(f, base);
// ("the other side", "both sides", "a siding": only the past is the verb for sure.)
FORMS.set('sided', 'side');
// "distanced himself from the bill": a stance taken away from what was said or done ("to keep their
// distance", "a distance of"; the verb's other forms, with the reflexive, topicStart below).
for (const f of ['distances', 'distanced', 'distancing']) FORMS.set(f, 'distance');
// ("shrugged off", "waved away": only with their particle, objectAfterParticle below.)
for (const base of ['shrug', 'brush', 'wave', 'laugh']) for (const f of regularForms(base)) FORMS.set(f, base);

/** Verbs whose object after their particle is what they speak of: "talked up her plans", "pointed
 *  out the flaws", "called out the council"; without the particle they talk of, point to and call
 *  other things. "shrugged off the criticism", "brushed aside questions about …", "waved away the
 *  charge", "laughed off the report": a claim or a question dismissed, a stance taken on what was
 *  said (without the particle they shrug, brush, wave and laugh). */
const PARTICLE_BEFORE_OBJECT: Record<string, RegExp> = {
  talk: /^up$/u,
  point: /^out$/u,
  call: /^out$/u,
  ...Object.fromEntries(['shrug', 'brush', 'wave', 'laugh'].map((v) => [v, /^(off|aside|away)$/u])),
};

/** The reflexive of "distanced himself from". */
const REFLEXIVE = /^(himself|herself|themselves|itself|myself|ourselves|yourself)$/u;

/** Whether the verb at `i` is one whose object follows its particle, with the particle after it. */
export const objectAfterParticle = (tokens: Token[], i: number, lemma: string): boolean =>
  PARTICLE_BEFORE_OBJECT[lemma]?.test(tokens[i + 1]?.text.toLowerCase() ?? '') ?? false;

/** The lemma of a verb that may report a topic or an object ("spoke" → "speak"), or undefined. */
export const topicVerbLemma = (word: string): string | undefined => FORMS.get(word.toLowerCase());

/** "complained about …", "commented on …": a cue with its topic's preposition right after it, whose
 *  topic is what was said rather than any words before it. */
export function topicFrame(tokens: Token[], i: number, lemma: string): boolean {
  return TOPIC_PREPOSITIONS[lemma]?.includes(tokens[i + 1]?.text.toLowerCase() ?? '') ?? false;
}

/** "praised the volunteers for their work", "blasted the ball over the bar": a verb whose object
 *  is what it speaks of, when it is one. */
export const objectVerb = (lemma: string): boolean => OBJECT_VERBS.has(lemma) || lemma in PARTICLE_OBJECT;

/** The index of the first word of what the verb at `i` speaks of, or -1. */
export function topicStart(tokens: Token[], i: number, lemma: string): number {
  const w = (k: number) => wordAt(tokens, k);
  let k = i + 1;
  if (lemma in PARTICLE_OBJECT) return w(k) === 'out' ? objectStart(tokens, k + 1) : -1;
  // ("pointed out in December that …", "called out to her": no object after the particle, -1.)
  if (objectAfterParticle(tokens, i, lemma)) return objectStart(tokens, k + 1);
  if (lemma === 'remind') return remindedOf(tokens, k);
  if (lemma === 'distance') return REFLEXIVE.test(w(k)) && w(k + 1) === 'from' ? k + 2 : -1;
  // "pushed back on the plan", "pushed back against claims that …": a stance taken against it.
  if (lemma === 'push' && w(k) === 'back' && /^(on|against)$/u.test(w(k + 1))) return isCalendarWord(w(k + 2)) ? -1 : k + 2;
  // "spoke emotionally of", "spoke out Tuesday about", "spoke to reporters about", "talked at length about".
  // Those that need a particle speak of nothing without it ("Tesco weighed on the index", "hit at the ball").
  if (PARTICLE[lemma] && w(k) !== PARTICLE[lemma]) return -1;
  if (PARTICLE[lemma] ? w(k) === PARTICLE[lemma] : w(k) === 'out') k++;
  const prepositions = TOPIC_PREPOSITIONS[lemma];
  if (prepositions) {
    while (isAdverbish(w(k))) k++;
    const opensTopic = prepositions.includes(w(k));
    // ("pushed the cart for an hour": what is asked for follows the verb, past an adverb at most.)
    if (ASKING_FOR.has(lemma) && !opensTopic) return -1;
    for (const end = k + 6; k < end && !prepositions.includes(w(k)); k++) {
      // ("spoke outside the courthouse about", "talked for an hour about": where, when, to whom; no verb.)
      if (!/^[\p{L}\p{N}]/u.test(w(k)) || (isVerbForm(w(k)) && !isCalendarWord(w(k)))) return -1;
    }
    // ("spoke to a gathering of leaders": past other words, "of" is the gathering's.)
    // ("which RT pointed to as an example": the topic stands before, in the relative pronoun.)
    if (!prepositions.includes(w(k)) || (w(k) === 'of' && !opensTopic) || w(k + 1) === 'as') return -1;
    // "spoke on Tuesday", "spoke for about five minutes": a time or an amount, not a topic.
    return isCalendarWord(w(k + 1)) ||
      (w(k) === 'about' && amountAt(tokens, k + 1)) ||
      countOfTimesAt(tokens, k + 1) ||
      (w(k) === 'for' && whileFor(tokens, k + 1))
      ? -1
      : k + 1;
  }
  if (FOR_VERBS.has(lemma)) return w(k) === 'for' ? k + 1 : -1;
  // ("raised objections to the plan", "voiced opposition to the mast": what is opposed follows "to".)
  const about = /^(objections|opposition)$/u.test(w(k)) ? /^(to|over)$/u : /^(about|over|regarding|on)$/u;
  if (RAISED.test(w(i)) && RAISED_NOUNS.test(w(k)) && about.test(w(k + 1))) return k + 2;
  if (!OBJECT_VERBS.has(lemma) && !givesName(lemma) && lemma !== 'recall') return -1;
  // ("recalled of the talks", "recalled last week", "recalled 300,000 cars": no object recalled aloud.)
  if (lemma === 'recall' && (/^(of|last|this|earlier|later|once)$/iu.test(w(k)) || /^\p{N}/u.test(w(k)) || isCalendarWord(w(k)))) return -1;
  // ("discussed how to fund the pier", "to discuss whether to appeal": a question discussed.)
  if (lemma === 'discuss' && /^(how|why|what|whether|where|when|who|which)$/u.test(w(k))) return k;
  return objectStart(tokens, k);
}

/** "reminded the crowd of the stakes", "reminding her staff about …": the topic after "of" or "about"
 *  past the one reminded (up to five words, no verb, no mark), or -1; no one reminded, no topic
 *  ("reminded of home" is a memory stirred), and "reminds me of", "reminds us of" is a likeness seen
 *  ("The mayor reminds me of a ship's captain"), no words. */
function remindedOf(tokens: Token[], k: number): number {
  const w = (n: number) => wordAt(tokens, n);
  if (/^(me|us)$/u.test(w(k))) return -1;
  for (let n = k + 1; n <= k + 5; n++) {
    if (/^(of|about)$/u.test(w(n))) return isCalendarWord(w(n + 1)) ? -1 : n + 1;
    if (!/^[\p{L}\p{N}]/u.test(w(n)) || isVerbForm(w(n))) return -1;
  }
  return -1;
}

/** A word opening an amount: a figure, a count spelt out or "half" ("40", "five", "twenty-five"). */
const AMOUNT_OPENING = new RegExp(`^(\\p{N}|(?:one|half|${SPELT_COUNT_ALTERNATIVES})\\b)`, 'u');

/** Whether an amount opens at `k` after "about": "about five minutes", "about 40 minutes", "about half",
 *  "about an hour" ("talked about a revolution" has a topic). */
function amountAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (/^(a|an)$/u.test(w)) return isMeasureWord(tokens[k + 1]?.text ?? '');
  return AMOUNT_OPENING.test(w);
}

/** Whether "for" at `k - 1` tells how long or which time, not what is asked for: "argued for months
 *  that …", "asked for the second time whether …", "pushed for hours". */
function whileFor(tokens: Token[], k: number): boolean {
  const w = (n: number) => wordAt(tokens, n);
  if (isDurationWord(w(k)) || /^(ages|long|now|so|too)$/u.test(w(k))) return true;
  return w(k) === 'the' && /^(first|second|third|last|next|\p{N}+(st|nd|rd|th))$/u.test(w(k + 1)) && /^times?$/u.test(w(k + 2));
}

/** Whether a count of times opens at `k`: "spoke on only a few occasions", "had spoken of a few days earlier". */
function countOfTimesAt(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + 4 && COUNTING.test(tokens[n]?.text ?? '')) n++;
  const word = tokens[n]?.text ?? '';
  return n > k && (/^(occasions?|times)$/iu.test(word) || isDurationWord(word));
}
const COUNTING = new RegExp(`^(only|just|a|an|few|several|many|numerous|\\p{N}+|${SPELT_COUNT_ALTERNATIVES})$`, 'iu');

/** The index of the object's first word from `k`, past an adverb before it, or -1 for none. */
function objectStart(tokens: Token[], k: number): number {
  const w = (n: number) => wordAt(tokens, n);
  // "praised publicly the …", not "discuss recently released polls": an adverb before a determiner or a name.
  while (isAdverbish(w(k)) && (ARTICLES.has(w(k + 1)) || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) k++;
  const first = tokens[k]?.text ?? '';
  // "blasted off", "hit back", "defended against": a particle or a preposition, no object.
  // ("the post she retweeted was deleted": the verb closes a clause on its object, before it.)
  if (
    !/^[\p{L}\p{N}]/u.test(first) ||
    isFiniteAuxiliary(first) ||
    /^(off|back|out|up|down|away|against|to|toward|towards|that|how|why|what|whether|if|in|on|at|for|with|by|from|as|into|over|between|among|during|because|although|though|unless|until)$/iu.test(
      first,
    )
  )
    return -1;
  return k;
}

export const isAdverbish = (w: string) =>
  /^\p{Ll}{3,}ly$/u.test(w) || /^(also|again|repeatedly|publicly|then|later|still|even|sharply|strongly|openly)$/u.test(w);

/** Words said again: "repeated his claim", "repeated a familiar refrain", not "repeated the feat". */
const SAID_AGAIN = /^(refrain|mantra|line|lines|points|charge|charges|attack|attacks|criticism|call|calls|position|joke|jokes|talking)$/u;

/** Whether what "repeated" or "credited" takes is something said: words said again ("repeated his
 *  promise"), and for "credited" the one praised with what for ("credited the crew with saving her"). */
export function objectOfSaying(lemma: string, words: Token[]): boolean {
  // ("repeated its claim that …": the claim reports its own clause.)
  if (lemma === 'repeat')
    return (
      leadingNouns(words).some((w) => SAID_AGAIN.test(w) || SPEECH_NOUNS.has(w) || !!speechNounLemma(w)) &&
      !words.some((t, n) => t.text.toLowerCase() === 'that' && !!speechNounLemma(words[n - 1]?.text.toLowerCase() ?? ''))
    );
  if (lemma === 'credit') return words.some((t) => /^(with|for|to)$/iu.test(t.text));
  return true;
}

/** The words of a phrase up to its first function word after the first ("a promise | she made", "her
 *  campaign's line | this week"), lower-cased. */
function leadingNouns(words: Token[]): string[] {
  const end = words.findIndex((t, n) => n > 0 && !isPossessiveMark(t.text) && isClosedClassWord(t.text));
  return words.slice(0, end < 0 ? 5 : Math.min(end, 5)).map((t) => t.text.toLowerCase());
}
