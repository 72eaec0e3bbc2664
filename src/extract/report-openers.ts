// reportedSpeech asks every token of a sentence whether a report opens there: a cue, a participle of
// the passive ("was announced"), a speech noun with its source or its possessor, a position held, a
// verb with its particle, a topic verb. Each of those tests asks first of the word itself, and most
// words are none of these: the word's own answers, taken together once per word, pass them over.
import { boundedMemo } from './bounded-memo.js';
import { namesPosition } from './belief-forms.js';
import { beliefForm } from './belief-verbs.js';
import { cueLemma, evidenceLemma } from './cues.js';
import { DECLINING } from './declined-cues.js';
import { phrasalCueVerb } from './phrasal-cues.js';
import { colonSpeechNoun } from './colon-speech-nouns.js';
import { copularSpeechNoun } from './copular-speech-nouns.js';
import { infinitiveNoun } from './speech-noun-infinitives.js';
import { lightVerbObject } from './light-verb-nouns.js';
import { speechNounLemma } from './speech-nouns.js';
import { SPEECH_PARTICIPLES } from './speech-participles.js';
import { topicNoun } from './topic-nouns.js';
import { viewpointNoun } from './viewpoint-phrases.js';
import { mayBeBareSupport } from './bare-support.js';
import { topicVerbLemma } from './topic-verbs.js';
import { viewForm } from './names-given.js';
import { isHearsayNoun } from './unsourced-speech-nouns.js';

/** Whether a report may open at a word: false where every test of reportedSpeech after "according to"
 *  and "per" fails on the word alone. The passive and impersonal speech need a participle; a question
 *  asked, an opening participle and reportingCueAt a cue, an evidence verb or a topic verb; a noun with
 *  its source or its possessor, or with none, a speech noun or a noun of hearsay; a possessed noun with an infinitive one of its nouns; a
 *  position held, a light verb's object and a phrasal cue their own words. A test added to that loop
 *  adds its word's test here, or it never sees a word (report-openers.test.ts fails then: it reads
 *  the unit tests' sentences and the dev sets with the guard open too). */
export const mayOpenReport: (word: string) => boolean = boundedMemo(
  (word) =>
    SPEECH_PARTICIPLES.test(word) ||
    DECLINING.test(word) ||
    cueLemma(word) !== undefined ||
    evidenceLemma(word) !== undefined ||
    topicVerbLemma(word) !== undefined ||
    mayBeBareSupport(word) ||
    viewForm(word) ||
    speechNounLemma(word.toLowerCase()) !== undefined ||
    isHearsayNoun(word) ||
    infinitiveNoun(word) ||
    namesPosition(word) ||
    copularSpeechNoun(word) ||
    colonSpeechNoun(word) ||
    lightVerbObject(word) ||
    phrasalCueVerb(word) ||
    beliefForm(word) ||
    topicNoun(word) !== undefined ||
    viewpointNoun(word),
);
