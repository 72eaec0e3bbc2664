// What one denies when it is something said or done: "Fields denied it", "denied the allegations",
// "has denied any wrongdoing", "denied any involvement in the attacks". "Denied bail", "denied entry"
// and "denied the motion" are refusals, no speech.

/** Heads of denied objects that are claims or guilt. */
const DENIED = new Set(
  (
    'it this that them allegation allegations accusation accusations charge charges claim claims report reports story stories ' +
    'rumor rumors rumour rumours suggestion suggestions wrongdoing involvement responsibility knowledge guilt role link links ' +
    'connection connections wrongdoings misconduct affair affairs'
  ).split(' '),
);

/** Whether `head` (the last word of the object before a preposition) is something one denies saying or doing. */
export const isDeniedClaim = (head: string): boolean => DENIED.has(head);
