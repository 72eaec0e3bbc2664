// "Kelvo College", "Harlow University", "the Velmora Institute": a name of two words or more a school's word
// ends names the school, a body (as the CoNLL and GUM annotations both type them), however a place's
// context reads around it ("back in Kelvo College", "studied at Harlow University").

/** Words that end a school's or a scholarly body's name. */
const SCHOOL_HEADS = new Set(['university', 'college', 'school', 'academy', 'institute', 'polytechnic', 'seminary', 'conservatory', 'conservatoire']);

/** Whether the name has two words or more, the last a school's word. */
export const endsInSchoolHead = (words: string[]) => words.length > 1 && SCHOOL_HEADS.has(words[words.length - 1]!.toLowerCase());

/** "the Velmora Unified School District", "Harlow Independent School District": a district named for its
 *  schools is the body that runs them (as GUM types it), no place, though "District" ends places' names. */
export const namesSchoolDistrict = (words: string[]) =>
  words.length > 2 && /^districts?$/iu.test(words[words.length - 1]!) && words[words.length - 2]!.toLowerCase() === 'school';
