// What a court, a jury or an inquiry heard: reported speech whose speaker the sentence leaves out. It
// is the speech of whoever the story last showed addressing the hearing, and no quote without one.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { saidAndSpeakers as said } from '../../support/extraction.js';

describe('speech a hearing heard', () => {
  it('"The jury was told that …" after a prosecutor addressed the jury is the prosecutor\'s', () => {
    expect(said('Prosecutor Ann Roe told the jury that the van was stolen. The jury was told that the driver fled on foot.')).toEqual([
      ['the van was stolen', 'Ann Roe'],
      ['the driver fled on foot', 'Ann Roe'],
    ]);
  });

  it('a prosecution service speaking outside court is not shown addressing the hearing', () => {
    expect(said('The Crown Prosecution Service said it would review the judgment. The court heard that she had called police 11 times.')).toEqual([
      ['it would review the judgment', 'Crown Prosecution Service'],
    ]);
  });

  it('"The court heard how …" and "…, the inquiry heard." after counsel spoke', () => {
    expect(said('Prosecuting, Tom Reyes said the fire was started deliberately. The court heard how the door had been locked.')).toEqual([
      ['the fire was started deliberately', 'Tom Reyes'],
      ['how the door had been locked', 'Tom Reyes'],
    ]);
    expect(said('Counsel to the inquiry, Ann Holt, said the alarms had failed. The fire spread within minutes, the inquiry heard.')).toEqual([
      ['the alarms had failed', 'Ann Holt'],
      ['The fire spread within minutes', 'Ann Holt'],
    ]);
  });

  it('a report inside what "…, the inquiry heard" closes ends before the hearing\'s comma', () => {
    expect(
      said('Counsel to the inquiry, Ann Holt, said the alarms had failed. Relatives were told in a letter that staffing was safe, the inquiry heard.'),
    ).toEqual([
      ['the alarms had failed', 'Ann Holt'],
      ['Relatives were told in a letter that staffing was safe', 'Ann Holt'],
      ['staffing was safe', null],
    ]);
  });

  it('heard before anyone is shown addressing the hearing: the first counsel who does; a named court hears too', () => {
    expect(said('Ann Roe took cash from patients, Reading Crown Court heard. Prosecuting, Tom Reyes said she targeted the frail.')).toEqual([
      ['Ann Roe took cash from patients', 'Tom Reyes'],
      ['she targeted the frail', 'Tom Reyes'],
    ]);
  });

  it('heard before anyone addressed the hearing is not the speech of a witness who gives evidence after it', () => {
    expect(said('AN INQUEST has heard that the cyclist had no lights. His brother, Dean Cole, told the hearing he had warned him.')).toEqual([
      ['he had warned him', 'Dean Cole'],
    ]);
    expect(said('The hearing was told that a nurse saw the fall. The resident’s son, Ian Platt, told the panel his mother was frail.')).toEqual([
      ['his mother was frail', 'Ian Platt'],
    ]);
    // Counsel addressing the hearing after the witness still opened the case.
    expect(
      said(
        'The tenant was never warned, Leeds Crown Court heard. Carl Moss told the court he had posted a letter. Prosecuting, Tom Reyes said no letter came.',
      ),
    ).toEqual([
      ['The tenant was never warned', 'Tom Reyes'],
      ['he had posted a letter', 'Carl Moss'],
      ['no letter came', 'Tom Reyes'],
    ]);
  });

  it('"…, a jury heard on Tuesday.": the day after the cue closes the sentence too', () => {
    expect(said('A nurse injected babies with air, a jury heard on Tuesday. Opening the case, prosecutor Tom Reyes said the unit was busy.')).toEqual([
      ['A nurse injected babies with air', 'Tom Reyes'],
      ['the unit was busy', 'Tom Reyes'],
    ]);
    expect(said('Ann Roe took cash from patients, the court was told yesterday. Prosecuting, Tom Reyes said she targeted the frail.')[0]).toEqual([
      'Ann Roe took cash from patients',
      'Tom Reyes',
    ]);
  });

  it('"a public inquiry has heard": an article and words qualifying the hearing; the hearing told is no speaker', () => {
    expect(said('Cladding remains on 400 towers, a public inquiry has heard. Counsel to the inquiry, Ann Holt, said ministers were warned.')).toEqual([
      ['Cladding remains on 400 towers', 'Ann Holt'],
      ['ministers were warned', 'Ann Holt'],
    ]);
    expect(said('Prosecutor Ann Roe told the jury that the van was stolen. The driver fled on foot, the jury was told.')).toEqual([
      ['the van was stolen', 'Ann Roe'],
      ['The driver fled on foot', 'Ann Roe'],
    ]);
  });

  it('a headline\'s "…, court hears" and "…, inquiry told" report for who addressed it below, not for the hearing', () => {
    const quotes = extract('Nurse stole from patients, court hears\n\nProsecuting, Tom Reyes said she targeted the frail.').quotes;
    expect(quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['Nurse stole from patients', 'Tom Reyes'],
      ['she targeted the frail', 'Tom Reyes'],
    ]);
    expect(extract('Cladding still on towers, inquiry told\n\nThe minister resigned.').quotes).toEqual([]);
  });

  it('a pronoun after "heard" opens the clause', () => {
    expect(said('Prosecutor Ann Roe told the jury that the van was stolen. The court heard he sold it the next day.')).toContainEqual([
      'he sold it the next day',
      'Ann Roe',
    ]);
  });

  it('with nobody known to have addressed the hearing, no quote', () => {
    expect(said('The court heard that the van was stolen.')).toEqual([]);
    expect(said('Ann Holt said the bridge was safe. The jury was told the van had been stolen.')).toEqual([['the bridge was safe', 'Ann Holt']]);
  });

  it('what a hearing heard without a clause is no speech', () => {
    const before = 'Prosecutor Ann Roe told the jury that the van was stolen. ';
    expect(said(`${before}The court heard evidence from three witnesses.`)).toHaveLength(1);
    expect(said(`${before}The jury was told to ignore the remark.`)).toHaveLength(1);
  });

  it('a witness who told a court by its name addresses the hearing: "told Avon Coroner\'s Court" then "The inquest heard that …"', () => {
    expect(said('Driver Keith Dunmore told Avon Coroner’s Court he had checked his mirrors. The inquest heard that the sensor was off.')).toEqual([
      ['he had checked his mirrors', 'Keith Dunmore'],
      ['the sensor was off', 'Keith Dunmore'],
    ]);
    expect(said('Nurse Ann Holt told Leeds Crown Court she saw the blow. The jury was told that the victim never recovered.')).toEqual([
      ['she saw the blow', 'Ann Holt'],
      ['the victim never recovered', 'Ann Holt'],
    ]);
  });

  it('a prosecutor named without their words opened the case: what the jury was told before a witness spoke is theirs', () => {
    expect(said('The case is being prosecuted by Aisha Rahman. The jury was told that the man fled. Mr Ellis told the court he remembered nothing.')).toEqual([
      ['the man fled', 'Aisha Rahman'],
      ['he remembered nothing', 'Ellis'],
    ]);
    // Heard first, with the prosecutor named after: still the prosecutor's.
    expect(said('The doorman kicked him, the jury heard. Aisha Rahman, prosecuting, showed the footage.')).toEqual([
      ['The doorman kicked him', 'Aisha Rahman'],
    ]);
  });

  it('"The jury at Leeds Crown Court was told that …": a hearing with where it sits', () => {
    expect(said('Prosecutor Ann Roe told the jury the van was stolen. The jury at Leeds Crown Court was told that the driver fled.')).toEqual([
      ['the van was stolen', 'Ann Roe'],
      ['the driver fled', 'Ann Roe'],
    ]);
  });

  it('"The court heard CCTV footage showed …": a clause with its own subject after "heard" is what the hearing heard', () => {
    expect(said('Prosecuting, Simon Duffy said the fire was deliberate. The court heard CCTV footage showed Craig Doherty buying a can of fuel.')).toEqual([
      ['the fire was deliberate', 'Simon Duffy'],
      ['CCTV footage showed Craig Doherty buying a can of fuel', 'Simon Duffy'],
    ]);
    expect(
      said('Counsel for the family, Mary Shaw, told the inquest the ward was short of staff. The inquest heard medical records showed she was seen twice.'),
    ).toEqual([
      ['the ward was short of staff', 'Mary Shaw'],
      ['medical records showed she was seen twice', 'Mary Shaw'],
    ]);
    // Still no speech: "heard evidence from …", "heard a recording of …".
    expect(said('Prosecuting, Simon Duffy said the fire was deliberate. The jury heard a recording of the call he made.')).toHaveLength(1);
  });
});

describe('counsel described by their side', () => {
  const trial =
    'Opening the case, prosecutor Rachel Hume KC said the men had argued for months.\n\n“He did not call an ambulance,” the barrister said.\n\n' +
    'Defending, Simon Farrant KC told jurors to keep an open mind. “You have heard one side,” he said. “My client was frightened.”\n\n';
  it('"the defence barrister" is the one shown defending, not the one last called "the barrister"', () => {
    expect(said(`${trial}The defence barrister said no hammer had been recovered.`).at(-1)).toEqual(['no hammer had been recovered', 'Simon Farrant']);
  });

  it('"the prosecution barrister" is the prosecutor, though defence counsel was "the barrister" just before', () => {
    const story =
      'Prosecuting, Rachel Hume KC said the men had argued for months.\n\nDefending, Simon Farrant KC said his client was frightened. ' +
      '“He thought he would die,” the barrister said.\n\nThe prosecution barrister said the claim was invented.';
    expect(said(story).at(-1)).toEqual(['the claim was invented', 'Rachel Hume']);
  });
});
