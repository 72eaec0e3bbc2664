// Parties named for their members in the plural: "Liberal Democrats", "Christian Democrats", "Ulster
// Unionists", "Young Conservatives". Only a word parties are named by makes the party's name: alone,
// "Democrats" are its members, and so are "Senate Republicans", "Virginia Democrats", "Fellow Republicans".

const MEMBERS =
  /^(?:Democrats|Republicans|Conservatives|Socialists|Liberals|Communists|Nationalists|Greens|Unionists|Radicals|Progressives|Federalists|Separatists|Royalists|Monarchists|Reformists)$/u;
const PARTY_MODIFIERS = new Set(
  'liberal social free christian young new national democratic radical progressive popular united independent ulster scottish welsh'.split(' '),
);

/** Whether a name of two or three words is a party's members in the plural after words parties are named by. */
export function namesPartyInPlural(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !MEMBERS.test(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => PARTY_MODIFIERS.has(w.toLowerCase()));
}

/** "Democrats", "Greens": a party's members in the plural. */
export const namesPartyMembers = (word: string) => MEMBERS.test(word);
