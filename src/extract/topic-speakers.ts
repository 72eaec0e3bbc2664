// Whether the subject of a topic verb can speak with it (topic-speech.ts): a person or a body, a
// pronoun, a noun for people; for acts of the body only a person, never armed forces.
import type { SpeakerSurface } from './name-index.js';
import { namesPeople } from './phrase-heads.js';
import { isPollShare } from './poll-shares.js';
import { roleOf } from './roles.js';
import type { ReportSentence } from './reporting-cues.js';
import { lastWord, SPEAKER_NOUNS } from './speaker-words.js';

/** Verbs a figure or a term does as often as a speaker: "the data points to", "the term refers to". */
const POINTING = new Set(['point', 'refer']);
/** Verbs that are acts of the body as often as of words: their speaker must be a person, their
 *  object something said or done ("attacked his rival", not "attacked the convoy"); a company or a
 *  government recalls cars and envoys, a person what happened. */
export const ACTS = new Set(['attack', 'defend', 'recall']);
/** People by no office: "a man attacked a reporter's camera". */
const ANYONE = /^(man|woman|men|women|person|persons|people|boy|girl|youth|teenager|gunman|suspect|driver|passenger)$/u;
/** A fraction of a group standing for its members: "Two-thirds", "three-quarters". */
const FRACTION = /^(?:\p{L}+-)?(?:thirds|quarters|fifths)$/iu;
/** Heads of subjects that do not speak: troops and weapons for acts of the body. */
export const FORCES = /^(troops|soldiers|forces|army|military|militants|rebels|insurgents|fighters|police|jets|drones|missiles|gunmen|attackers)$/u;

/** Whether the subject can speak with this verb: a name of a person or a body, a pronoun, a noun
 *  for people or a body; for acts of the body only a person, never armed forces. */
export function speaks(s: ReportSentence, speaker: SpeakerSurface, lemma: string): boolean {
  const name = s.speakers.nameAt.get(speaker.start);
  const head = lastWord(speaker);
  if (ACTS.has(lemma)) {
    if (speaker.kind === 'NAME') return name?.entity.type === 'PERSON';
    if (speaker.kind === 'PRONOUN') return /^(he|she|i|we|his|her)$/iu.test(speaker.text);
    // "the senator attacked", not "protesters attacked": an office, not a crowd.
    return roleOf(head) !== null && !FORCES.test(head) && !ANYONE.test(head);
  }
  // ("Kelso County voted for Ann Holt": a place's votes are its voters' count, no stance of its own.)
  if (speaker.kind === 'NAME') return !!name && !(lemma === 'vote' && name.entity.type === 'LOCATION');
  // ("We condemn …" in a statement read out: first persons speak in quotations, not in topics reported.)
  // ("It refers to the share of …", "it points to a slowdown": a term or a figure points, nobody speaks.)
  if (speaker.kind === 'PRONOUN') return !/^(i|we|you)$/iu.test(speaker.text) && !(POINTING.has(lemma) && /^it$/iu.test(speaker.text));
  // ("56 percent would vote for Ann Holt", "Two-thirds oppose the levy": a share of those polled speaks for them.)
  return SPEAKER_NOUNS.has(head) || namesPeople(head) || /^(another|one|others)$/u.test(head) || isPollShare(speaker.text) || FRACTION.test(head);
}
