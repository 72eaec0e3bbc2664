// A description of a body or a role resolves only to what can be that: an illness named by its
// discoverer is no company, and a role given in a relative clause rules out another office.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';

describe('descriptions that cannot be an illness or another office', () => {
  it('"the company" is no illness the story named', () => {
    const story =
      'A drug that slows Alzheimer’s disease will be offered to patients from next year. Alzheimer’s affects nearly a million people in Britain. ' +
      '“This is a real step forward,” said Dr Hannah Berg, a neurologist. The company said it would cut 300 jobs to pay for the launch.';
    expect(speakersOf(story)).toEqual(['Hannah Berg', 'The company']);
  });

  it('"the firm" after patients with an illness is the firm, not the illness', () => {
    const story = 'Patients with Parkinson’s will get a new treatment. Parkinson’s affects 150,000 people. The firm said the cuts were needed.';
    expect(speakersOf(story)).toEqual(['The firm']);
  });

  it('"the regional governor" is not the one a relative clause made foreign minister', () => {
    const story =
      'Floods forced thousands from their homes. “We are sending help,” said Petra Novak, who has been foreign minister since 2021. ' +
      'At least 12 people have died, according to the regional governor. “The water is still rising,” the governor told local television.';
    expect(speakersOf(story)).toEqual(['Petra Novak', 'the regional governor', 'the regional governor']);
  });
});

describe('a business word is no body whose name says it has no business', () => {
  it('"The company said" after a developer and a residents\' association is the developer', () => {
    const story =
      'Homes plan goes to appeal\n\nProperty developer Castlegate Homes wants to build 200 homes on the site. The plans are opposed by the ' +
      'Hendon Residents’ Association, which collected 900 objections. The company said the homes were needed. The developer said it would appeal.';
    // (the first holds the intention "to build 200 homes on the site")
    expect(speakersOf(story)).toEqual(['Castlegate Homes', 'Castlegate Homes', 'Castlegate Homes']);
    const second =
      'Quarry row\n\nMining firm Tarmac Quarries plans to dig near the village. The Ramblers’ Society, which owns the footpath, objected. The firm said the path would stay open.';
    expect(speakersOf(second).at(-1)).toBe('Tarmac Quarries');
  });
});

describe('a body described by its members', () => {
  it('"The residents\' group said" is the body whose name holds its residents, not the council named since', () => {
    const story =
      'Flats\n\nCastlegate Homes Ltd wants to build flats on the site. The scheme is opposed by the Hendon Riverside Residents’ Association. ' +
      'Sunderland City Council rejected the plans. The residents’ group said it would fight the appeal.';
    expect(speakersOf(story).at(-1)).toMatch(/^Hendon Riverside Residents/u);
    const strike =
      'Strike\n\nTeachers at Ashdown Academy will strike, the National Union of Teachers said. Kent County Council said schools would stay open. ' +
      'The teachers’ union said talks had failed.';
    expect(speakersOf(strike).at(-1)).toBe('National Union of Teachers');
  });
});

describe('the regulator is the body shown overseeing', () => {
  it('"The regulator said" is the body that fined, not the firm it fined, named since', () => {
    const story =
      'The Environment Agency has fined Anglian Water £2m over sewage spills. The regulator said the firm had failed to manage its works. ' +
      '“We are sorry,” Anglian Water chief executive Mark Thurston said. The regulator said the fine would be paid by shareholders.';
    expect(speakersOf(story)).toEqual(['Environment Agency', 'Mark Thurston', 'Environment Agency']);
  });

  it('"fined £40m by the Financial Conduct Authority": the agent of the fine is the regulator', () => {
    const story =
      'Barclays has been fined £40m by the Financial Conduct Authority over its 2008 fundraising. The regulator said the bank had acted recklessly.';
    expect(speakersOf(story)).toEqual(['Financial Conduct Authority']);
  });
});

describe('a coach of one side is no coach of another', () => {
  it('"the Lions head coach" is not the one the text called the Brumbies coach, however much in view', () => {
    const story =
      'The Lions lost to the Brumbies on Saturday. Andy Farrell, the head coach, said his side had been second best. ' +
      'Brumbies coach Stephen Larkham said his young side had shown they belonged. “We targeted their lineout,” Larkham said. ' +
      '“It looked strong,” he said. “We were second best at the breakdown,” the Lions head coach said.';
    expect(speakersOf(story).at(-1)).toBe('Andy Farrell');
  });

  it('"the Brentford manager" is not the Chelsea head coach who spoke last', () => {
    const story =
      'Chelsea drew with Brentford. Thomas Frank, the manager, said the result was fair. Chelsea manager Enzo Maresca said his side had dominated. ' +
      '“We had 70 per cent of the ball,” Maresca said. “We were resilient,” the Brentford manager said.';
    expect(speakersOf(story).at(-1)).toBe('Thomas Frank');
  });
});
