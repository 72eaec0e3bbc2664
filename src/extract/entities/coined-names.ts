// Illnesses and events news names by a coined word ("Covid", "Ebola", "Brexit"): capitalised like
// names, they are no person, body nor place ("Covid killed thousands", "the Brexit vote").
const COINED = new Set('covid covid-19 coronavirus sars mers mpox zika ebola brexit grexit'.split(' '));

/** Whether the name is one such word ("Covid", "COVID-19"). */
export const namesIllnessOrEvent = (words: string[]) => words.length === 1 && COINED.has(words[0]!.toLowerCase());
