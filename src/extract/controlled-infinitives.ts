// An infinitive of speech after a verb's object has that object for its subject: in "The vote led her
// to declare …", "The paper sent a reporter to the harbour to ask …", "a tool allowing users to tell …"
// and "leaving many to wonder …" she, the reporter, the users and the many speak, not the sentence's
// subject. The object is a person or people: a pronoun, a name, a noun for people or a quantifier.
// An appeal or a wish ("urged senators to reject …", "wants voters to recall …") stays the subject's:
// what the object is asked to do is what the subject said.
import { namesSomeone } from './phrase-heads.js';
import { isFiniteVerb, isPreposition } from './lexicon.js';
import type { SpeakerSurface } from './name-index.js';
import type { SpeakerFinder } from './speakers.js';
import { nounPhraseEnd, SPEAKER_NOUNS, WRITINGS } from './speaker-words.js';
import { DOCUMENT_NOUNS } from './cues.js';
import { emptyItAt } from './expletive-it.js';
import type { Token } from './tokens.js';

/** Verbs whose object does what the infinitive after it says: "led X to", "allowed X to", "prompted X to". */
const CONTROL_VERBS = new RegExp(
  `^(?:${[
    'allow',
    'permit',
    'enable',
    'lead',
    'send',
    'leave',
    'force',
    'compel',
    'prompt',
    'persuade',
    'convince',
    'get',
    'cause',
    'inspire',
    'drive',
    'dispatch',
  ].join('|')})(?:s|es|ed|d|ing)?$|^(?:led|sent|left|got|gotten|drove|driven|driving|leaving|getting)$`,
  'iu',
);

/** Documents and outlets, which speak as a subject but are sent or left to do nothing of their own. */
const DOCUMENTS = new Set([...DOCUMENT_NOUNS, ...WRITINGS, 'newspaper', 'website', 'network']);

/** Object pronouns that stand for someone the story names. */
const OBJECT_PRONOUNS = /^(?:him|her|them)$/iu;
/** Quantifiers standing for people on their own: "leaving many to wonder". */
const PEOPLE_QUANTIFIERS = /^(?:many|some|others|few|most|all|everyone|everybody|someone|somebody)$/iu;
/** Prepositions of where someone was sent before what they were sent to do: "sent a host to the streets to ask". */
const WHERE_TO = /^(?:to|into|onto|across|around|through|out)$/iu;

/** The object of a control verb that the speech infinitive at `cue` ("to" right before it) goes with,
 *  or null when the words before "to" are no such object. */
export function controllingObject(speakers: SpeakerFinder, tokens: Token[], cue: number): SpeakerSurface | null {
  const to = cue - 1;
  if (tokens[to]?.text.toLowerCase() !== 'to') return null;
  for (let verb = to - 2; verb >= Math.max(0, to - 12); verb--) {
    const word = tokens[verb]!.text;
    if (!/^[\p{L}\p{N}'’.-]+$/u.test(word)) return null;
    // "It is common for news outlets to portray …": "for" gives the infinitive its subject.
    if (/^for$/iu.test(word) && emptyItBefore(tokens, verb)) {
      const object = objectAfter(speakers, tokens, verb + 1);
      return object?.next === to ? object.surface : null;
    }
    if (!CONTROL_VERBS.test(word)) continue;
    // ("The mayor wants to ask …": no object between the verb and "to".)
    const object = objectAfter(speakers, tokens, verb + 1);
    if (!object) return null;
    const rest = tokens.slice(object.next, to);
    // ("sent a host to the streets of the city to ask": where the object was sent, no verb in it.)
    const placed =
      !rest.length || (WHERE_TO.test(rest[0]!.text) && rest.length <= 7 && rest.every((t) => /^[\p{L}\p{N}'’.-]+$/u.test(t.text) && !isFiniteVerb(t.text)));
    return placed ? object.surface : null;
  }
  return null;
}

/** The person or people opening at `k` as a verb's object, and where the words after them go on. */
function objectAfter(speakers: SpeakerFinder, tokens: Token[], k: number): { surface: SpeakerSurface; next: number } | null {
  const first = tokens[k];
  if (!first) return null;
  if (OBJECT_PRONOUNS.test(first.text) || PEOPLE_QUANTIFIERS.test(first.text))
    return { surface: speakers.surface(first.start, first.end, OBJECT_PRONOUNS.test(first.text) ? 'PRONOUN' : 'NOMINAL', null), next: k + 1 };
  const end = nounPhraseEnd(tokens, k);
  if (isPreposition(tokens[end]!.text)) return null;
  const phrase = speakers.phraseEndingAt(tokens, end, true);
  if (!phrase) return null;
  const head = tokens[end]!.text.toLowerCase();
  // ("sent a letter to residents to explain": a document sent explains nothing of its own.)
  const person = phrase.kind === 'NAME' || namesSomeone(head) || (SPEAKER_NOUNS.has(head) && !DOCUMENTS.has(head));
  if (!person) return null;
  // (The phrase the finder reads back may run past the verb: "tool allowing users".)
  const surface = phrase.start >= first.start ? phrase : speakers.surface(first.start, tokens[end]!.end, 'NOMINAL', null);
  return { surface, next: end + 1 };
}

/** Whether an empty "it" opens the clause of the "for" at `k` ("It is common for …", "it's not
 *  unreasonable for …"), a few words before it: "for" there gives the subject of what follows, not a
 *  purpose or a beneficiary ("praised her for", "a plan for residents to"). */
function emptyItBefore(tokens: Token[], k: number): boolean {
  for (let n = k - 1; n >= Math.max(0, k - 6); n--) {
    if (emptyItAt(tokens, n)) return true;
    if (!/^[\p{L}'’]+$/u.test(tokens[n]!.text)) return false;
  }
  return false;
}
