// Who a description of a person as a quote's speaker refers to: "the senator", "the Republican
// nominee", "Obama's former strategist": the person the text named in the role (the description
// read once: role-readings.ts; with no one named in it: role-holders-in-view.ts; a campaign's
// candidate: campaign-speakers.ts).
import type { Entity } from './types.js';
import { firstStartingAtOrAfter } from './span-index.js';
import type { QuoteDraft } from './quotes.js';
import type { SpeakerSurface } from './name-index.js';
import { type Antecedents, ROLE_WINDOW } from './antecedents.js';
import { heldFormerly, holdsRole, namesOnlyItsHolder } from './role-fit.js';
import { compoundRole, PERSON_ROLES, RANKS } from './roles.js';
import { type Resolution, type SpeechHistory, subjectSinceLastQuote } from './speech-history.js';
import { givenTrade, POSSESSED, type RoleRead, roleReading } from './role-readings.js';
import { holderInView } from './role-holders-in-view.js';

// Definite descriptions: an article, a demonstrative, a time word, or a possessor.
const DEFINITE = new RegExp(`^(the|this|that|former|current|retired)\\b|${POSSESSED.source}`, 'u');
export const PERSON_NOUNS = new RegExp(`^(the |this |that |an? )?([\\p{L}\\p{N}.'’-]+ ){0,5}((${RANKS})-)?(${[...PERSON_ROLES].join('|')})$`, 'iu');

/** A compound role ending in a word for one person ("the fisherwoman"). */
const ONE_COMPOUND = /(?:man|woman|person)$/u;
/** Whether a description names a person by role: definite, or one the story introduces after it. */
export function describesPersonByRole(a: Antecedents, q: QuoteDraft, surface: SpeakerSurface, phrase: string): boolean {
  // ("the fisherwoman": a compound role no list holds, as "the congresswoman"; one person, as the list's are.)
  const head = surface.text.split(/\s+/u).pop()!;
  const role = PERSON_NOUNS.test(phrase) || (ONE_COMPOUND.test(head) && compoundRole(head) !== null) || givenTrade(a, phrase) !== null;
  return role && (DEFINITE.test(phrase) || a.introducedLater(surface, phrase, q.sentence));
}

/** "Donald Trump says … The Republican nominee noted": news names its subject again by role.
 *  The person the text gave that role ("Sen. Ann Holt" for "the senator") comes first; a
 *  headline's description ("Senator says …") names someone the article introduces below, as
 *  does a lead's ("A former party chairman says …" before "said Don Fowler"). */
export function roleHolder(
  a: Antecedents,
  history: SpeechHistory,
  q: QuoteDraft,
  surface: SpeakerSurface,
  before: number,
  described: string | null,
): Resolution {
  const r = roleReading(a, history, q, surface, before);
  const entity = holderNamed(r);
  // "A senior official said … The official said": a speaker known only by this description.
  if (!entity && described) return { entity: null, name: described };
  // "The inspector explained …" with no inspector named, a lawyer or a mother known through
  // someone else: someone unnamed.
  if (!entity && (namesOnlyItsHolder(r.role) || r.servesSomeone)) return { entity: null, name: null };
  return { entity: entity ?? holderInView(r), name: null };
}

/** The holder the text names: one introduced after a description that introduces them, else one the
 *  text gave its age, home, nation, office, former role or subject, the most salient or nearest in the
 *  role, or (with no one named before in it) the one the next sentences name in it. */
function holderNamed(r: RoleRead): Entity | null {
  const { a, history, q, surface, before, phrase, role, fits, withRole } = r;
  return (
    introducedHolder(r) ??
    a.aged.personAged(phrase, fits) ??
    a.homes.personFrom(surface.text, fits) ??
    // "The German leader said" after "President Mark Dalton met Chancellor Anna Vogel of Germany".
    a.nations.personOf(surface.text, surface.start, withRole, fits) ??
    // "The IAEA chief said" after "IAEA Director General Rafael Grossi" and "Iran's nuclear chief".
    a.officeHolder(surface.start, role ?? '', surface.text, fits) ??
    // "Tom Pike, the former mayor, … The mayor, Ann Holt, … the former mayor said": one the text gave
    // the role as a past one before one who holds it (news may title either way, so only a preference).
    (/\b(former|ex)\b/iu.test(phrase) ? a.salience.best(before, (e) => (withRole(e) && heldFormerly(a.titles.get(e), role) ? 1 : 0), ROLE_WINDOW) : null) ??
    // "Iowa's governor, Kim Reynolds, took a different view. …, the governor said": of two governors,
    // the one the sentence before opens with since the last quote, however much the other spoke.
    subjectSinceLastQuote(a, history, q, surface, withRole) ??
    storySubject(r) ??
    a.salience.best(before, (e) => (withRole(e) ? 1 : 0), ROLE_WINDOW) ??
    a.nearest(surface.start, withRole)?.e ??
    // "The Ohio attorney general is confirming … Attorney General Ann Holt said": with no one named
    // before in the role, the one the next sentences name in it.
    (role ? a.namedSoonAfter(surface.end, withRole) : null)
  );
}

/** Words news calls the person its story is about by, which the story need not title anyone with. */
const EPITHETS = new Set('candidate nominee businessman businesswoman billionaire mogul tycoon developer'.split(' '));
/** How many times more the story names its subject than anyone else the description fits. */
const SUBJECT_LEAD = 2;

/** "Donald Pike, who bought two golf courses … Course owner Ann Holt said … the candidate boasted":
 *  with nobody titled so, a bare "the candidate" or "the businessman" is the person the story names
 *  most, far more than anyone else who fits, not whoever was named last. */
function storySubject({ a, phrase, role, fits }: RoleRead): Entity | null {
  // (Only the bare word: "the Democratic candidate" or "the Texas businessman" says more of whom it means.)
  if (!role || !EPITHETS.has(role) || phrase !== `the ${role}`) return null;
  const counts = new Map<Entity, number>();
  for (const { e } of a.names) {
    if (e.type !== 'PERSON') continue;
    if (holdsRole(a.titles.get(e), role)) return null;
    counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const ranked = [...counts].filter(([e]) => fits(e)).sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] >= SUBJECT_LEAD * second[1]) ? first[0] : null;
}

/** The one a description the story introduces before naming them stands for ("A former party chairman
 *  says …" before "said Don Fowler"): named soon after in the role, later in it, else the lead's person. */
function introducedHolder({ a, q, surface, phrase, role, servesSomeone, fits, withRole }: RoleRead): Entity | null {
  if (!a.introducedLater(surface, phrase, q.sentence) || servesSomeone) return null;
  return (
    a.namedSoonAfter(surface.end, withRole) ??
    (role ? holderNamedLater(a, surface.end, withRole) : null) ??
    (q.sentence < 0 ? headlineHolder(a, q, fits) : a.namedSoonAfter(q.end, fits))
  );
}

/** Whom a headline's description names: the lead's first person ("Arsenal boss admits … ⏎ Mikel Arteta
 *  conceded …"); but a lead opening with an indefinite article introduces someone it does not name yet,
 *  the one the headline describes, named after it ("Former harbour chief calls for … ⏎ A former harbour
 *  chief says Mayor Ann Holt should … ⏎ “…,” said Tom Reed"), not one the lead names as it goes on. */
function headlineHolder(a: Antecedents, q: QuoteDraft, fits: (e: Entity) => boolean): Entity | null {
  const { lead } = a.layout;
  if (lead && /^an?\s/iu.test(lead.text)) return a.namedSoonAfter(lead.end, fits);
  return a.leadPerson(fits) ?? a.namedSoonAfter(q.end, fits);
}

/** "A coroner has warned … ⏎ … Senior coroner Kevin McLoughlin recorded …": the first person after
 *  `pos` the story gives the role a lead's description names, however far on, before anyone else
 *  named soon after (the victim the lead spoke of). */
function holderNamedLater(a: Antecedents, pos: number, withRole: (e: Entity) => boolean): Entity | null {
  for (let i = firstStartingAtOrAfter(a.names, pos); i < a.names.length; i++) if (withRole(a.names[i]!.e)) return a.names[i]!.e;
  return null;
}
