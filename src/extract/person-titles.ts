// The roles a text gives its persons, so that "the senator" finds the person the text called a
// senator: title words before a name ("Sen. Lindsey Graham", "White House doctor Connie Mariano",
// "The minister of the economy, Mr. Reyes,") and an apposition after it ("Ann Roe, the foreign
// minister of France,"). Each name mention is read once, a bounded window around it.
import { isFiniteVerb, isFunctionWord } from './lexicon.js';
import type { Entity, TextSpan } from './types.js';
import { type HeadTest, type OpeningDescription, openingDescription } from './opening-descriptions.js';
import { extended } from './extended.js';
import { GENERIC, HEADS, roleOf } from './roles.js';
import { sharedTitleRoles } from './shared-titles.js';
import { titleAfter } from './title-after.js';
import { titleBefore } from './title-before.js';
import type { Title } from './title-words.js';

/** The title run before a name and its apposition after it. A person's roles and parties both read
 *  them (personTitles, personParties): computed once per name mention. */
const titlesAroundName = new WeakMap<TextSpan, Title[]>();
export function titlesAround(text: string, name: TextSpan): Title[] {
  let titles = titlesAroundName.get(name);
  if (!titles) titlesAroundName.set(name, (titles = [titleBefore(text, name.start), titleAfter(text, name.end)]));
  return titles;
}

/** Everything a text calls one person by title: its roles and the words that qualified them. */
export interface PersonTitles {
  roles: Set<string>;
  qualifiers: Set<string>;
  /** the roles given as past ones: "the former mayor" */
  former?: Set<string>;
}
/** Whether a person's titles fit a qualified description ("the IAEA chief": a role like its own,
 *  given with every word that qualifies it). */
export function holdsOffice(title: PersonTitles | undefined, role: string, qualifiers: string[]): boolean {
  if (!title || !qualifiers.length || !qualifiers.every((q) => title.qualifiers.has(q))) return false;
  // "his Jordanian counterpart Ayman Safadi" holds the office of the person he is the counterpart of.
  return title.roles.has(role) || title.roles.has('counterpart') || (HEADS.has(role) && [...title.roles].some((r) => HEADS.has(r)));
}
/** Every role each person is given by a title or apposition next to one of its name mentions, and
 *  the words that qualified those roles. */
export function personTitles(text: string, entities: Entity[]): Map<Entity, PersonTitles> {
  const titles = new Map<Entity, PersonTitles>();
  // ("Senators Ann Holt and Tom Reyes": the plural title is each one's.)
  const shared = sharedTitleRoles(text, entities);
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const roles = new Set<string>(shared.has(e) ? [shared.get(e)!] : []);
    const qualifiers = new Set<string>();
    const former = new Set<string>();
    for (const m of e.mentions) {
      if (m.kind !== 'NAME') continue;
      for (const title of titlesAround(text, m)) {
        for (const r of title.roles) {
          if (GENERIC.has(r)) continue;
          roles.add(r);
          if (title.former?.includes(r)) former.add(r);
        }
        if (title.roles.length) for (const q of title.qualifiers) qualifiers.add(q);
      }
    }
    if (roles.size) titles.set(e, former.size ? { roles, qualifiers, former } : { roles, qualifiers });
  }
  return titles;
}

/** A person's role description opening a sentence ("The senator then dismissed …", "The Indian
 *  diplomat told …"): its words, where they are, and its role; or null. */
export function openingRole(sentence: TextSpan): (OpeningDescription & { role: string }) | null {
  const description = openingDescription(sentence.text, sentence.start, /^(The|This)$/u, roleHead);
  return description && extended(description, { role: roleOf(description.head)! });
}

/** A person's role description owning what opens a sentence ("The president's roots also came into
 *  play."): the sentence is about that person too, so a "he" after it may be them. */
export function openingPossessorRole(sentence: TextSpan): (OpeningDescription & { role: string }) | null {
  const description = openingDescription(sentence.text, sentence.start, /^The$/u, possessorHead);
  const role = description && roleOf(description.head.replace(/['’]s?$/u, ''));
  return description && role ? extended(description, { role }) : null;
}
const possessorHead: HeadTest = (words, i) => {
  const word = words[i]!;
  const possessive = /\p{Ll}['’]s?$/u.test(word);
  const role = roleOf(word.replace(/['’]s?$/u, ''));
  if (possessive) return role && !GENERIC.has(role) ? 'head' : 'stop';
  return role || /[,;:.]$/u.test(word) || isFunctionWord(word) || isFiniteVerb(word) ? 'stop' : 'modifier';
};

/** A role word heads the description, other words qualify it ("The Indian diplomat"), a function
 *  word or a verb ends it; "The senator Ann Holt" is a title, "The senator's plan" about something else. */
const roleHead: HeadTest = (words, i) => {
  const word = words[i]!.replace(/[,;:]$/u, '');
  const role = roleOf(word);
  if (!role) return /[,;:.]$/u.test(word) || isFunctionWord(word) || isFiniteVerb(word) ? 'stop' : 'modifier';
  return GENERIC.has(role) || /^\p{Lu}/u.test(words[i + 1]!) || /['’]/u.test(word) ? 'stop' : 'head';
};
