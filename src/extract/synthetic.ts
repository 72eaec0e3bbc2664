// Generated articles of any length, for the linear-time test and the speed benchmark: news prose
// dense with distinct names (people, organizations, places), direct and reported speech, and
// degenerate inputs (a file of quote marks). Deterministic: the same size gives the same text.
import { seededRandom } from '../seeded-random.js';

const FIRST = (
  'Maria Jonas Elena Tomas Ana Pieter Sofia Viktor Laura Marco Irena Daniel Nadia Oskar Clara Hugo Lena Felix ' +
  'Ingrid Pavel Greta Luis Helena Anton Olga Rafael Marta Emil Vera Samuel'
).split(' ');
const LAST = (
  'Kovacs Weber Lindqvist Moreau Novak Castell Brandt Okafor Haddad Ferreira Janssen Petrov Amsel Dorado Kessler ' +
  'Varga Holm Quist Renard Sobel Tamm Ulrich Vidal Wrede Zeller Aalto Boros Cerny Dahl Egger Falk Gruber Horvat Ibsen ' +
  'Jurado Kral Lorenz Mayer Nemeth Ortega'
).split(' ');
const ORG_WORDS = 'Northern Atlantic Helix Carvell Meridian Harbor Summit Granite Vesta Orion Sterling Keystone'.split(' ');
const ORG_HEADS = 'Group Council Bank Institute Corp Foundation Agency Party Union Association'.split(' ');
const PLACES = 'Paris Berlin Madrid Vienna Lisbon Prague Warsaw Oslo Dublin Athens Geneva Lyon Hamburg Porto Milan'.split(' ');
const CUES = 'said told warned argued noted added stressed insisted'.split(' ');

/** A news article of about `bytes` characters, with many distinct names and quotes. */
export function nameDenseArticle(bytes: number, seed = 7): string {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const org = () => `${pick(ORG_WORDS)} ${pick(ORG_WORDS)} ${pick(ORG_HEADS)}`;
  const sentences = [
    () => `${person()}, a spokeswoman for the ${org()}, ${pick(CUES)} the talks in ${pick(PLACES)} would resume on Monday.`,
    () => `“We will not accept a deal that hurts ${pick(PLACES)},” ${person()} said.`,
    () => `${person()} met ${person()} and ${person()} of the ${org()} in ${pick(PLACES)} last week.`,
    () => `The ${org()} ${pick(CUES)} that ${person()} had left ${pick(PLACES)} for ${pick(PLACES)}.`,
    () => `“The plan,” he said, “is dead.” ${pick(LAST)} told reporters that the ${org()} would appeal.`,
    () => `According to ${person()}, prices in ${pick(PLACES)} rose by 3.5 percent, while Mr. ${pick(LAST)} disagreed.`,
  ];
  const paragraphs: string[] = [`${pick(PLACES)} talks stall as ${person()} walks out`];
  let length = paragraphs[0]!.length;
  while (length < bytes) {
    const paragraph = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)()).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, bytes);
}

/** Degenerate inputs of about `bytes` characters: runs of quote marks of several styles. */
export function quoteMarkTexts(bytes: number): string[] {
  return ['"', '“', '“ ', '" a ', '‘', "''", '«'].map((unit) => `Title\n\n${unit.repeat(Math.ceil(bytes / unit.length))}`);
}
