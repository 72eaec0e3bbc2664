// Illnesses and events news names by a coined word ("Covid", "Ebola", "Brexit"), military operations by
// their code names ("Operation Aspides", "Operation Prosperity Guardian") and treaties by theirs ("the
// Treaty of Lisbon", "the Minsk Protocol"): capitalised like names, they are no person, body nor place
// ("Covid killed thousands", "the Brexit vote", "signed the Treaty of Lisbon").

const COINED = new Set('covid covid-19 coronavirus sars mers mpox zika ebola brexit grexit'.split(' '));

/** "Operation Aspides", "Operation Provide Comfort": "Operation" and up to three words of a code name. */
const namesOperation = (words: string[]) => words.length > 1 && words.length <= 4 && words[0] === 'Operation';

/** "Treaty of Lisbon", "Minsk Protocol", "Oslo Accords", "Paris Agreement": a treaty's word opening its name
 *  before "of", or closing it ("Convention of …" may be a body's name, and is left alone). */
const TREATY_WORDS = new Set(['treaty', 'treaties', 'protocol', 'accord', 'accords', 'agreement']);
const namesTreaty = (words: string[]) =>
  words.length > 1 && (TREATY_WORDS.has(words[words.length - 1]!.toLowerCase()) || (TREATY_WORDS.has(words[0]!.toLowerCase()) && words[1] === 'of'));

/** Whether the name is one such word ("Covid", "COVID-19"), an operation's code name or a treaty's name. */
export const namesIllnessOrEvent = (words: string[]) =>
  (words.length === 1 && COINED.has(words[0]!.toLowerCase())) || namesOperation(words) || namesTreaty(words);
