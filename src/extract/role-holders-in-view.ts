// Who a description of a person is when the text named no one in its role: the last speaker going
// on, someone known only by the role (of a body, an office or a possessor), or the person in view.
import type { Entity } from './types.js';
import type { SpeakerSurface } from './name-index.js';
import type { Antecedents } from './antecedents.js';
import { portrays } from './speaker-phrases.js';
import { descriptionQualifiers, qualifierKey } from './title-words.js';
import { roleOf, runsABody } from './roles.js';
import { describesOrganization } from './description-heads.js';
import { newcomerSinceLastQuote, subjectSinceLastQuote } from './speech-history.js';
import { DESCRIBED_POSSESSOR, REPRESENTATIVE, type RoleRead } from './role-readings.js';

/** The holder when the text named no one in the role: the last speaker going on ("Bruno Fernandes said
 *  … The Manchester United player added: …"), one of the organization or office the description
 *  names, else the person in view. */
export function holderInView(r: RoleRead): Entity | null {
  const { history, q, role, fits } = r;
  const organization = r.a.organizationInside(r.surface);
  const last = history.last?.entity;
  return (
    (organization && /^add/iu.test(q.cue?.text ?? '') && !REPRESENTATIVE.has(role ?? '') && last && fits(last) ? last : null) ??
    (knownOnlyByRole(r, organization) ? memberOf(r, organization) : personInView(r))
  );
}

/** Whether the description is someone else known only by a role the text gave: "Pagliano's lawyer",
 *  "Clinton's spokesman", "the broadcaster's director general"; an official of a place or organization
 *  ("Connecticut's tax commissioner"), not the person before; one of an organization named inside the
 *  description ("The Acme executive", as "Acme's executive"). */
function knownOnlyByRole({ q, phrase, role, possessor, body }: RoleRead, organization: Entity | null): boolean {
  return !!(
    q.sentence < 0 ||
    organization ||
    DESCRIBED_POSSESSOR.test(phrase) ||
    (body !== undefined && describesOrganization(body)) ||
    speaksForOffice(phrase, role) ||
    (possessor !== undefined && (possessor.type !== 'PERSON' || REPRESENTATIVE.has(role ?? '')))
  );
}

/** "The prime minister's spokesman", "the president's lawyer": one who speaks for an office-holder
 *  the text described, someone else than whoever spoke last. */
const OFFICE_POSSESSOR = /^the (?:[\p{L}-]+ )?([\p{L}-]+)['’]s [\p{L}-]+$/u;
const speaksForOffice = (phrase: string, role: string | null): boolean => {
  const office = OFFICE_POSSESSOR.exec(phrase)?.[1];
  return !!office && REPRESENTATIVE.has(role ?? '') && !!roleOf(office);
};
/** Someone known by a role only: one the next paragraph names ("Connecticut's tax commissioner says …
 *  ⏎ Kevin Sullivan says …"), else one the text named with the organization inside the description
 *  ("Mikel Arteta praised … in Arsenal's win. … the Arsenal manager told"), or who runs it. */
function memberOf(r: RoleRead, organization: Entity | null): Entity | null {
  const { a, history, q, surface, role, fits } = r;
  const ofOrganization = (e: Entity) => !!organization && fits(e) && a.namedTogether(e, organization, surface.start);
  return (
    a.namedInNextParagraph(surface, q.sentence, fits) ??
    subjectSinceLastQuote(a, history, q, surface, ofOrganization) ??
    (history.last?.entity && ofOrganization(history.last.entity) ? history.last.entity : null) ??
    (organization ? runnerOf(a, surface, role, organization, fits) : null)
  );
}

/** "The Veltrix boss said" where the story titled its boss without the firm ("Chief executive Sandra
 *  Okafor told staff"), or gave one its name ("Greystone's planning director, Tom Hadley"): the nearest
 *  person before titled to run a body, with no qualifier but the firm's ("finance chief" is a
 *  department's). Only a description naming no domain of its own ("the Veltrix finance chief" does). */
function runnerOf(a: Antecedents, surface: SpeakerSurface, role: string | null, organization: Entity, fits: (e: Entity) => boolean): Entity | null {
  const own = new Set(organization.name.split(/\s+/u).map(qualifierKey));
  if (!role || !runsABody(role) || descriptionQualifiers(surface.text).some((q) => !own.has(q))) return null;
  // Titled without the firm, only a firm's own top roles ("President Barack Obama" runs no FBI).
  const runs = (e: Entity) => {
    const title = a.titles.get(e);
    if (!title || ![...title.qualifiers].every((q) => own.has(q))) return false;
    return [...title.roles].some((r) => (title.qualifiers.size ? runsABody(r) : FIRM_HEADS.has(r)));
  };
  return a.nearest(surface.start, (e) => fits(e) && runs(e))?.e ?? null;
}

const FIRM_HEADS = new Set(['chief', 'executive', 'ceo', 'boss', 'founder', 'chairman', 'chairwoman']);

/** The person in view the description goes on about: one who became the subject after the last quote
 *  ("Kyle Walker apologized to fans. “We let you down,” the defender wrote."), the one asked, a newcomer,
 *  the last speaker, the subject of the sentence before, the most salient or the nearest who fits. */
function personInView({ a, history, q, surface, before, phrase, question, fits }: RoleRead): Entity | null {
  const last = history.last?.entity;
  return (
    subjectSinceLastQuote(a, history, q, surface, fits) ??
    (question?.asked && fits(question.asked) ? question.asked : null) ??
    newcomerSinceLastQuote(a, history, q, surface, fits) ??
    (last && fits(last) && !portrays(phrase) ? last : null) ??
    // "… Margrethe Vestager welcomed the fine. The Danish commissioner told …": a description
    // opening its sentence goes on about the subject of the sentence before.
    (a.layout.sentences[q.sentence]?.start === surface.start ? a.previousSubject(before, fits, '') : null) ??
    a.salience.best(before, (e) => (fits(e) ? 1 : 0)) ??
    a.nearest(surface.start, fits)?.e ??
    null
  );
}
