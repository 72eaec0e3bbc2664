// Who "the regulator" or "the watchdog" is: the body the story shows punishing or inspecting
// ("Ofwat has fined Severn Trent", "fined £40m by the Financial Conduct Authority"), never the one
// punished, whatever the story names between them.
import type { Entity } from './types.js';

/** Bodies that oversee others: "the regulator", "the watchdog". */
export const OVERSEERS = new Set(['regulator', 'watchdog', 'ombudsman']);

/** Participles of a body acting on one it oversees; and the verbs (with "investigating"). */
const SANCTIONED = '(?:fined|censured|sanctioned|penali[sz]ed|reprimanded|rated|banned|investigated|inspected)';
const SANCTION = `(?:${SANCTIONED}|investigating)`;
/** A name, then its verb: "Ofwat has fined", "The Care Quality Commission rated", "the FCA is investigating". */
const ACTS_AFTER = new RegExp(`^\\s+(?:(?:has|have|had|is|are|was|were|also|now|today)\\s+){0,2}${SANCTION}\\b`, 'u');
/** The agent of a passive sanction before a name: "fined £40m by the ", "was censured by ". */
const AGENT_BEFORE = new RegExp(`\\b${SANCTION}\\b[^.;:“”"]{0,40}\\bby\\s+(?:the\\s+)?$`, 'u');
/** The one acted on: "fined Severn Trent", "Barclays has been fined". */
const ACTED_ON_BEFORE = new RegExp(`\\b${SANCTION}\\s+(?:the\\s+)?$`, 'u');
const ACTED_ON_AFTER = new RegExp(`^\\s+(?:(?:has|have|had)\\s+been|(?:is|are|was|were)(?:\\s+being)?)\\s+(?:also\\s+)?${SANCTIONED}\\b`, 'u');

/** Each organization's part, read once from its name mentions (an entity belongs to one text). */
const parts = new WeakMap<Entity, { oversees: boolean; overseen: boolean }>();
function partOf(text: string, e: Entity): { oversees: boolean; overseen: boolean } {
  let part = parts.get(e);
  if (!part) {
    const names = e.mentions.filter((m) => m.kind === 'NAME');
    part = {
      oversees: names.some((m) => ACTS_AFTER.test(text.slice(m.end, m.end + 40)) || AGENT_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))),
      overseen: names.some((m) => ACTED_ON_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || ACTED_ON_AFTER.test(text.slice(m.end, m.end + 40))),
    };
    parts.set(e, part);
  }
  return part;
}

/** Whether the text shows the organization punishing or inspecting another. */
export const oversees = (text: string, e: Entity): boolean => partOf(text, e).oversees;

/** Whether the text shows the organization punished or inspected by another. */
export const overseenIn = (text: string, e: Entity): boolean => partOf(text, e).overseen;
