// "Trump opened the rally saying he felt fresh", "Bingham thanked the crowd saying they had been
// brilliant": a participle of saying right after a verb's object goes with the verb's subject, as
// after a comma; the object is no speaker unless it is one that can speak, a document or words
// ("Police issued a statement saying …", "She wrote a letter saying …", "He met officials saying …").
import { cueLemma, DOCUMENT_NOUNS, SPEECH_NOUNS } from './cues.js';
import { isCopula, isVerbForm, singularsOf } from './lexicon.js';
import type { NameIndex, SpeakerSurface } from './name-index.js';
import { clauseSubject } from './clause-subjects.js';
import { namesPeople } from './phrase-heads.js';
import { ISSUED_DOCUMENTS, lastWord } from './speaker-words.js';
import { isLowerCaseWord, type Token } from './tokens.js';

/** Participles that only report words spoken: not "calling for", "urging", which a campaign or a motion does. */
const SAYING = new Set(['say', 'tell', 'add', 'insist', 'admit', 'explain', 'joke', 'declare', 'reveal', 'confess']);

/** Writing that says what follows it as an object: "put up a sign saying", "sent a text saying". */
const WRITING = new Set([...ISSUED_DOCUMENTS, ...'sign banner placard poster notice petition motion leaflet text card ad advert'.split(' ')]);

/** Whether a noun can say what follows it as a verb's object: people, a document or words (not "the rally", "his campaign"). */
const canSpeak = (head: string) => [head, ...singularsOf(head)].some((w) => namesPeople(w) || DOCUMENT_NOUNS.has(w) || SPEECH_NOUNS.has(w) || WRITING.has(w));

/** The subject of the verb whose object `phrase` (a description) stands right before the participle cue, or null. */
export function subjectBeforeObject(names: NameIndex, tokens: Token[], cue: number, phrase: SpeakerSurface): SpeakerSurface | null {
  const participle = tokens[cue]?.text ?? '';
  if (phrase.kind !== 'NOMINAL' || !/^\p{Ll}+ing$/u.test(participle) || !SAYING.has(cueLemma(participle) ?? '')) return null;
  // ("started out the debate saying", "kicked off the rally saying": a particle may stand between verb and object.)
  const before = names.indexAt(tokens, phrase.start) - 1;
  const verb = /^(out|off|up)$/u.test(tokens[before]?.text ?? '') ? before - 1 : before;
  // ("closed the meeting saying": a past form the lexicon reads as an adjective is the verb before an object.)
  const word = tokens[verb]?.text ?? '';
  if (verb < 1 || !isLowerCaseWord(word) || !isVerbForm(word) || canSpeak(lastWord(phrase))) return null;
  return clauseSubject(names, tokens.slice(0, verb + 1));
}

/** "Tom Pike was on KTV talking about …", "went on KTV saying …": a body's name ending at `j` after "on",
 *  right before a participle cue, is where the subject of the verb before "on" spoke; that subject
 *  speaks, or null. */
export function subjectBeforeOutlet(names: NameIndex, tokens: Token[], cue: number, j: number): SpeakerSurface | null {
  if (j !== cue - 1 || !/^\p{Ll}+ing$/u.test(tokens[cue]?.text ?? '')) return null;
  const name = names.nameAt.get(tokens[j]!.start);
  if (name?.end !== tokens[j]!.end || name.entity.type !== 'ORGANIZATION') return null;
  // ("was on the Harbour Board arguing …": past an article before the name.)
  const first = names.indexAt(tokens, name.start);
  const on = /^the$/iu.test(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1;
  const verb = tokens[on - 1]?.text ?? '';
  if (tokens[on]?.text !== 'on' || !isLowerCaseWord(verb) || !(isCopula(verb) || isVerbForm(verb))) return null;
  return clauseSubject(names, tokens.slice(0, on));
}
