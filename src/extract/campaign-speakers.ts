// Who a campaign, a team or an office speaks for: "The Clinton campaign said", "her office said",
// "the campaign says" after the candidate opened the sentence before.
import type { Entity } from './types.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { firstOf } from './name-mentions.js';
import { GENDER } from './speaker-words.js';
import type { Resolution, SpeechHistory } from './speech-history.js';
import { unnamedGoesOn } from './unnamed-speakers.js';
import { personNamedAfter } from './role-readings.js';

const CAMPAIGN = /^(the )?(([\p{L}.'’-]+ ){0,3})?(campaign|camp)$/iu;

/** Whether a description names a campaign, a team or an office that speaks for its person. */
export function speaksForPerson(surface: SpeakerSurface, document: boolean): boolean {
  const phrase = surface.text.toLowerCase();
  return (
    CAMPAIGN.test(phrase) ||
    /\p{Lu}\p{L}+(['’]s)? team$/u.test(surface.text) ||
    /^(\p{Lu}[\p{L}.-]*['’]s|[Hh]is|[Hh]er) (press )?office$/u.test(surface.text) ||
    (document && /^(his|her) /u.test(phrase))
  );
}

/** "The Clinton campaign said", "her statement": a campaign speaks for its candidate, named
 *  inside the phrase or, for "the campaign", the person opening the sentence before ("Ann
 *  Holt plans … The campaign says"), else the last person whose campaign the text named. */
export function candidateOf(a: Antecedents, history: SpeechHistory, q: QuoteDraft, surface: SpeakerSurface, before: number): Resolution {
  const { layout, text, nearest, mentionsBefore, openingSubject, previousSubject } = a;
  const phrase = surface.text.toLowerCase();
  const previous = layout.sentences[q.sentence - 1];
  let entity: Entity | null =
    nearest(surface.end, (e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'NAME' && m.start >= surface.start && m.end <= surface.end))?.e ??
    // "The campaign of Democrat Marcus Ellery called …".
    personNamedAfter(a, surface.end, /^\s+of\s+(?:[\p{L}.-]+\s+){0,3}$/u) ??
    (phrase === 'the campaign' && previous ? openingSubject(previous.end - 1, (e) => e.type === 'PERSON') : null) ??
    firstOf(
      mentionsBefore(surface.start, (e) => e.type === 'PERSON'),
      ({ m }) => /^(['’]s)?\s+(\p{L}+\s+)?(campaign|team)\b/iu.test(text.slice(m.end, m.end + 30)),
    )?.e ??
    null;
  // "her campaign": the person "her" is, as for the pronoun alone; after what it said, the person
  // that opens ("Dina Herrera will visit the area, her office said").
  const gender = GENDER.get(phrase.split(' ')[0]!);
  const ofGender = (e: Entity) => e.type === 'PERSON' && (!e.gender || e.gender === gender);
  // "The governor declared … In a statement, his office said": the office of someone unnamed who just spoke.
  if (gender && !entity && unnamedGoesOn(a, history, q, before, gender)) return { entity: null, name: history.last!.name };
  if (gender && !entity)
    entity =
      (surface.start >= q.end && q.kind === 'INDIRECT' ? openingSubject(q.end, ofGender) : null) ??
      previousSubject(before, ofGender, '') ??
      nearest(before, ofGender)?.e ??
      null;
  return { entity, name: null };
}
