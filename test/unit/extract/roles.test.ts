// Roles a text gives its persons, read from titles before a name and appositions after it.
import { describe, expect, it } from 'vitest';
import { descriptionQualifiers } from '../../../src/extract/title-words.js';
import { holdsOffice } from '../../../src/extract/person-titles.js';
import { roleOf } from '../../../src/extract/roles.js';
import { titleAfter } from '../../../src/extract/title-after.js';
import { titleBefore } from '../../../src/extract/title-before.js';
import { extract } from '../../../src/extract/index.js';

const titleRoles = (text: string, name: string) => titleBefore(text, text.indexOf(name)).roles;
const appositionRoles = (text: string, name: string) => titleAfter(text, text.indexOf(name) + name.length).roles;

describe('roles', () => {
  it('reads role words, abbreviations and plurals', () => {
    expect(roleOf('Sen.')).toBe('senator');
    expect(roleOf('ministers')).toBe('minister');
    expect(roleOf('Judge')).toBe('judge');
    expect(roleOf('table')).toBeNull();
    expect(['Ald.', 'Det.', 'Insp.', 'Cpl.'].map(roleOf)).toEqual(['alderman', 'detective', 'inspector', 'corporal']);
  });

  it('finds no role in the names every object answers to ("constructor", "__proto__"), and extraction goes on', () => {
    expect(['constructor', '__proto__', 'toString', 'valueOf'].map(roleOf)).toEqual([null, null, null, null]);
    const quotes = extract('Grid news\n\nThe constructor Lena Hart said on Monday that the bridge was safe.').quotes;
    expect(quotes.map((q) => [q.speaker.name, q.text])).toEqual([['Lena Hart', 'the bridge was safe']]);
  });

  it('knows offices beyond government and newsroom ones', () => {
    expect(['Treasurer', 'comptroller', 'detectives', 'Archbishop', 'negotiator', 'epidemiologist'].map(roleOf)).toEqual([
      'treasurer',
      'comptroller',
      'detective',
      'archbishop',
      'negotiator',
      'epidemiologist',
    ]);
    expect(appositionRoles('Mark Dale, a former state treasurer, spoke.', 'Mark Dale')).toEqual(['treasurer']);
  });

  it('reads the title run before a name', () => {
    expect(titleRoles('On Monday Sen. Ann Holt spoke.', 'Ann Holt')).toEqual(['senator']);
    expect(titleRoles('He met City Hall doctor Ann Holt there.', 'Ann Holt')).toEqual(['doctor']);
    expect(titleRoles('The 34-year-old former state senator Ann Holt spoke.', 'Ann Holt')).toEqual(['senator']);
    // A prime minister is "the premier" too.
    expect(titleRoles('Later Prime Minister Karl Dahl spoke.', 'Karl Dahl')).toEqual(['premier', 'minister']);
  });

  it('stops at a word that is no part of a title', () => {
    expect(titleRoles('The judge told Ann Holt to sit.', 'Ann Holt')).toEqual([]);
  });

  it('reads a description set before a name with a comma', () => {
    expect(titleRoles('The minister of trade, Mr. Reyes, spoke.', 'Reyes')).toEqual(['minister']);
    // The second of two persons introduced so, joined by "and".
    const pair = 'The health minister, Ana Ruiz, and the finance minister, Pedro Salas, met.';
    expect(titleBefore(pair, pair.indexOf('Pedro'))).toEqual({ roles: ['minister'], qualifiers: ['finance'] });
    // A possessor in the article's place.
    expect(titleRoles("Holt's lawyer, Ivan Cruz, spoke.", 'Ivan Cruz')).toEqual(['lawyer']);
    // A possessive pronoun in the article's place.
    expect(titleRoles('The court heard him. His attorney, Ivan Cruz, spoke.', 'Ivan Cruz')).toEqual(['attorney']);
    expect(titleRoles('Their coach, Rosa Lind, was calm.', 'Rosa Lind')).toEqual(['coach']);
  });

  it('takes a noun naming what an office deals with for a qualifier, not an adjective', () => {
    expect(descriptionQualifiers('The finance minister')).toEqual(['finance']);
    expect(descriptionQualifiers('the police chief')).toEqual(['police']);
    expect(descriptionQualifiers('the new minister')).toEqual([]);
    expect(descriptionQualifiers('the embattled minister')).toEqual([]);
  });

  it('reads an apposition after a name', () => {
    expect(appositionRoles('Ann Holt, the foreign minister of Chile, said so.', 'Ann Holt')).toEqual(['minister']);
    expect(appositionRoles('Tom Reyes, president of the union, said so.', 'Tom Reyes')).toEqual(['president']);
    expect(appositionRoles('Tom Reyes (D-Ohio), a former mayor, said so.', 'Tom Reyes')).toEqual(['mayor']);
    expect(appositionRoles('Tom Reyes, who met the president, said so.', 'Tom Reyes')).toEqual([]);
  });

  it('reads the words that qualify a role, before or after the name', () => {
    const titled = (text: string) => titleBefore(text, text.indexOf('Ann Holt'));
    expect(titled('He met U.N. Secretary-General Ann Holt there.')).toEqual({ roles: ['secretary-general'], qualifiers: ['un'] });
    // (A rank before the role makes an office of its own: the deputy chief is no chief.)
    expect(titled("He met the IAEA's deputy chief Ann Holt.")).toEqual({ roles: ['deputy-chief'], qualifiers: ['iaea'] });
    expect(titled("He met Iran's nuclear chief Ann Holt.")).toEqual({ roles: ['chief'], qualifiers: ['iran'] });
    expect(titled('He met the Iranian envoy Ann Holt.')).toEqual({ roles: ['envoy'], qualifiers: ['iran'] });
    expect(titled('He met the nuclear chief Ann Holt.')).toEqual({ roles: ['chief'], qualifiers: [] });
    expect(titleAfter('Ann Holt, the head of the Wildlife Fund, said so.', 'Ann Holt'.length)).toEqual({ roles: ['head'], qualifiers: ['wildlife', 'fund'] });
  });

  it('matches a qualified description to a title of the same body and a like role', () => {
    const director = { roles: new Set(['director', 'general']), qualifiers: new Set(['iaea']) };
    expect(holdsOffice(director, 'chief', descriptionQualifiers('The IAEA chief'))).toBe(true);
    expect(holdsOffice(director, 'spokesman', descriptionQualifiers('The IAEA spokesman'))).toBe(false);
    expect(holdsOffice(director, 'chief', descriptionQualifiers('The UN chief'))).toBe(false);
    expect(holdsOffice(director, 'chief', descriptionQualifiers('the chief'))).toBe(false);
  });

  it('reads counsel’s side from a court report’s participle, and finds them as "the prosecutor"', () => {
    expect(titleRoles('The court heard the details. Prosecuting, Joan Reeve said the thefts went on for years.', 'Joan Reeve')).toEqual(['prosecutor']);
    expect(titleRoles('Defending, Tom Ash said his client was sorry.', 'Tom Ash')).toEqual(['lawyer']);
    const story =
      'Test article\n\nProsecuting, Joan Reeve said the thefts had been found by a nephew. “She covered her tracks with skill,” the prosecutor said.';
    expect(extract(story).quotes.map((q) => q.speaker.name)).toEqual(['Joan Reeve', 'Joan Reeve']);
  });
});
