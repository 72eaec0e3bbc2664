// Illnesses and events news names by a coined word ("Covid", "Ebola", "Brexit"), and military
// operations by their code names ("Operation Aspides", "Operation Prosperity Guardian"): capitalised like
// names, they are no person, body nor place ("Covid killed thousands", "the Brexit vote").

const COINED = new Set('covid covid-19 coronavirus sars mers mpox zika ebola brexit grexit'.split(' '));

/** "Operation Aspides", "Operation Provide Comfort": "Operation" and up to three words of a code name. */
const namesOperation = (words: string[]) => words.length > 1 && words.length <= 4 && words[0] === 'Operation';

/** Whether the name is one such word ("Covid", "COVID-19") or an operation's code name. */
export const namesIllnessOrEvent = (words: string[]) => (words.length === 1 && COINED.has(words[0]!.toLowerCase())) || namesOperation(words);
