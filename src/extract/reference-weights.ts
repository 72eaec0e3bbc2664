// The points a reference earns its entity's salience: more as a subject, as a speaker, as a person
// introduced with a role; fewer inside a quotation, in reported speech or as a possessor.
import type { Entity, Span } from './types.js';

const RECENT = 100;
const SUBJECT = 80;
const SPOKE = 60;
const POSSESSOR = -40;
/** "…, which concerns Henry Crespo, president of the caucus.": a person introduced by an apposition is about to speak. */
const INTRODUCED = 80;
const QUOTED = -1000;
const REPORTED = -50;

/** One reference to an entity, with the features salience weighs. */
export interface Reference extends Span {
  entity: Entity;
  sentence: number;
  subject: boolean;
  possessor: boolean;
  quoted: boolean;
  /** a resolved speaker: the entity spoke here */
  spoke: boolean;
  /** a name mention (a speaker reference by name adds only the speaker points to it) */
  named: boolean;
  /** inside what someone is reported to have said ("Ann said Clinton lied") */
  reported?: boolean;
  /** followed by an apposition giving the person's role ("Ann Holt, a nurse,") */
  introduced?: boolean;
  /** a possessor owning the subject, a thing, of its clause ("Holt's island roots came into play") */
  owner?: boolean;
}

/** How many sentences on an owner of the subject weighs as a subject: the next sentence may go on
 *  about them ("… came into play. In Honolulu, he told …"); further on, they were only a possessor. */
const OWNER_REACH = 1;

/** The points one reference gives its entity, `distance` sentences back. */
export function referenceWeight(
  r: Pick<Reference, 'subject' | 'possessor' | 'quoted' | 'spoke' | 'named' | 'reported' | 'introduced' | 'owner'>,
  distance: number,
): number {
  const owning = !!r.owner && distance <= OWNER_REACH;
  const points =
    (r.named ? RECENT : 0) +
    (r.subject || owning ? SUBJECT : 0) +
    (r.spoke ? SPOKE : 0) +
    (r.possessor && !owning ? POSSESSOR : 0) +
    (r.quoted ? QUOTED : 0) +
    (r.reported ? REPORTED : 0) +
    (r.introduced ? INTRODUCED : 0);
  return Math.max(0, points) / 2 ** distance;
}
