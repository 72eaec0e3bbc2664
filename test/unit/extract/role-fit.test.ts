// A role description resolves to a person of a compatible role and party: "the Democratic nominee"
// is not the Republican, "the judge" is the one called "Justice", and a judge is never "the nominee".
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../support/extraction.js';
import { extract } from '../../../src/extract/index.js';
import { holdsRole, roleConflicts } from '../../../src/extract/role-fit.js';

const titles = (...roles: string[]) => ({ roles: new Set(roles), qualifiers: new Set<string>() });

describe('role fit', () => {
  it('roles that name one another', () => {
    expect(holdsRole(titles('justice'), 'judge')).toBe(true);
    expect(holdsRole(titles('attorney'), 'lawyer')).toBe(true);
    expect(holdsRole(titles('senator'), 'judge')).toBe(false);
  });

  it('a description by a kind of role names one titled with a role of that kind', () => {
    expect(holdsRole(titles('senator'), 'lawmaker')).toBe(true);
    expect(holdsRole(titles('assemblywoman'), 'legislator')).toBe(true);
    expect(holdsRole(titles('ambassador'), 'diplomat')).toBe(true);
    expect(holdsRole(titles('owner'), 'lawmaker')).toBe(false);
    expect(holdsRole(titles('lawmaker'), 'senator')).toBe(false);
    const story =
      'Sen. Ann Holt voted against the quay levy on Monday. Tom Pike, a ferry owner from Korvath, said it would sink him. “It taxes the islands,” the lawmaker said.';
    expect(speakersOf(story).slice(-2)).toEqual(['Tom Pike', 'Ann Holt']);
  });

  it('a press secretary is "the spokeswoman"; another secretary is not', () => {
    const press = { roles: new Set(['secretary']), qualifiers: new Set(['press']) };
    expect(holdsRole(press, 'spokeswoman')).toBe(true);
    expect(holdsRole(titles('secretary'), 'spokeswoman')).toBe(false);
    const story = 'Press Secretary Jane Ruddle defended the quay levy. Councillor Ed Park opposed it. “It pays for the pier,” the spokeswoman said.';
    expect(speakersOf(story).at(-1)).toBe('Jane Ruddle');
  });

  it('"the actor" is a film\'s star, never its director', () => {
    expect(holdsRole(titles('star'), 'actor')).toBe(true);
    expect(roleConflicts('the glasgow-born actor', 'actor', titles('director'), undefined)).toBe(true);
    expect(
      speakersOf(
        'The film’s star, Ewan Baird, plays a trawlerman. Director Catriona McLeish said the film took nine years. “Tonight proves them wrong,” she said. Speaking on the red carpet, the Glasgow-born actor said he had spent a month on a boat.',
      ).at(-1),
    ).toBe('Ewan Baird');
  });

  it('another party, or a trade against another role, conflicts', () => {
    expect(roleConflicts('The Democratic nominee', 'nominee', titles('nominee'), new Set(['R']))).toBe(true);
    expect(roleConflicts('The Democratic nominee', 'nominee', titles('nominee'), new Set(['D']))).toBe(false);
    expect(roleConflicts('The nominee', 'nominee', titles('judge'), undefined)).toBe(true);
    expect(roleConflicts('The lawyer', 'lawyer', titles('senator'), undefined)).toBe(true);
    expect(roleConflicts('The president', 'president', titles('senator'), undefined)).toBe(true);
    expect(roleConflicts('The president', 'president', titles('president', 'senator'), undefined)).toBe(false);
    expect(roleConflicts('The senator', 'senator', undefined, undefined)).toBe(false);
    expect(roleConflicts('The governor', 'governor', titles('chief', 'minister'), undefined)).toBe(true);
    expect(roleConflicts('The mayor', 'mayor', titles('governor'), undefined)).toBe(true);
    expect(roleConflicts('The governor', 'governor', titles('governor', 'senator'), undefined)).toBe(false);
  });

  it('"the minister" may be a secretary of a domain, as ministers are titled in Britain, but no other secretary', () => {
    const secretary = (...qualifiers: string[]) => ({ roles: new Set(['secretary']), qualifiers: new Set(qualifiers) });
    expect(roleConflicts('Minister', 'minister', secretary('transport'), undefined)).toBe(false);
    expect(roleConflicts('Minister', 'minister', secretary(), undefined)).toBe(true);
    const story = 'Minister vows to fix potholes\n\nTransport Secretary Louise Haigh has promised to fix a million potholes a year.';
    expect(extract(story).quotes[0]?.speaker.name).toBe('Louise Haigh');
  });

  it('a public role conflicts with a person known only as a private one', () => {
    expect(roleConflicts('The mayor', 'mayor', titles('resident'), undefined)).toBe(true);
    expect(roleConflicts('The senator', 'senator', titles('student'), undefined)).toBe(true);
    expect(roleConflicts('The mother', 'mother', titles('resident'), undefined)).toBe(false);
    expect(roleConflicts('The mayor', 'mayor', titles('resident', 'mayor'), undefined)).toBe(false);
  });

  it('a post given with its domain in common words is not a person titled otherwise: "the city manager"', () => {
    const titled = (role: string, ...qualifiers: string[]) => ({ roles: new Set([role]), qualifiers: new Set(qualifiers) });
    expect(roleConflicts('The city manager', 'manager', titled('councilman'), undefined)).toBe(true);
    expect(roleConflicts('The city manager', 'manager', titled('director', 'finance'), undefined)).toBe(true);
    expect(roleConflicts('The police chief', 'chief', titled('director', 'police'), undefined)).toBe(false);
    expect(roleConflicts('The Arsenal manager', 'manager', titled('boss', 'arsenal'), undefined)).toBe(false);
    expect(roleConflicts('The national team captain', 'captain', titled('striker'), undefined)).toBe(false);
    const story =
      'Councilman Dave Petrakis voted against the budget. "We are asking families to pay more," he said. ' +
      'The city manager said the budget also funds 12 new police officers.';
    // (the first quote is his vote against the budget)
    expect(speakersOf(story)).toEqual(['Dave Petrakis', 'Dave Petrakis', 'The city manager']);
  });

  it('an office or a post conflicts with a person known only as one asked for comment', () => {
    expect(roleConflicts('The chief executive', 'executive', titles('analyst'), undefined)).toBe(true);
    expect(roleConflicts('The hospital director', 'director', titles('economist', 'professor'), undefined)).toBe(true);
    expect(roleConflicts('The economist', 'economist', titles('professor'), undefined)).toBe(false);
  });

  it('a nation in the description conflicts with a person titled only by another', () => {
    const kenyan = { roles: new Set(['minister']), qualifiers: new Set(['kenya']) };
    expect(roleConflicts('The Ethiopian minister', 'minister', kenyan, undefined)).toBe(true);
    expect(roleConflicts('The Kenyan minister', 'minister', kenyan, undefined)).toBe(false);
    expect(roleConflicts('The minister', 'minister', kenyan, undefined)).toBe(false);
    const russian = { roles: new Set(['ambassador']), qualifiers: new Set(['russia']) };
    expect(roleConflicts('The U.S. ambassador', 'ambassador', russian, undefined)).toBe(true);
  });
});

describe('speakers given by a role description', () => {
  it('the minister of one nation is not the one titled by another', () => {
    const story =
      'Kenyan Foreign Minister Musa Odera met his Ethiopian counterpart, Taye Bekele. Odera said the crossing would reopen. ' +
      'Taye said Ethiopia would send more customs officers. The Ethiopian minister also said a joint committee would be set up.';
    expect(speakersOf(story)).toEqual(['Musa Odera', 'Taye Bekele', 'Taye Bekele']);
  });

  it('the description of one party is not the person of the other', () => {
    const story =
      'Republican nominee Tom Hale spoke in Ohio on Monday. Democrat Mark Holt spoke in Iowa. Hale said taxes would fall. The Democratic nominee said the rich must pay more.';
    expect(speakersOf(story)).toEqual(['Tom Hale', 'Mark Holt']);
  });

  it('"the mayor" is nobody the story knew only as a resident, though she spoke last', () => {
    expect(speakersOf('Resident Ann Holt said the water tasted of metal. The mayor said the supply was safe.')).toEqual(['Ann Holt', 'The mayor']);
    expect(speakersOf('Mayor Ann Holt visited the plant. The mayor said the supply was safe.')).toEqual(['Ann Holt']);
  });

  it('"the chief executive" is nobody the story knew only as an analyst, though he spoke last', () => {
    const story = 'Alan Park, an analyst at Vantage, said the outlook was poor. The chief executive said the firm would not cut jobs.';
    expect(speakersOf(story)).toEqual(['Alan Park', 'The chief executive']);
  });

  it('"the judge" is the person called "Justice", not the lawyer who spoke last', () => {
    const story =
      'Justice Frank Moro heard the case on Monday. Holt’s lawyer, Tom Reyes, said the file was private. The judge agreed that the file should stay closed.';
    expect(speakersOf(story)).toEqual(['Tom Reyes', 'Frank Moro']);
  });
});

describe('ranked roles', () => {
  it('a rank written before a role makes another office: the deputy is not the one titled by the role alone', () => {
    expect(roleConflicts('the deputy chair', 'deputy-chair', titles('chair'), undefined)).toBe(true);
    expect(roleConflicts('the chair', 'chair', titles('deputy-chair'), undefined)).toBe(true);
    expect(roleConflicts('the deputy chair', 'deputy-chair', titles('deputy-chair'), undefined)).toBe(false);
    const council =
      'The council’s leader, Philip Glanville, said the attack was criminal. The deputy leader, Councillor Guy Nicholson, spoke later. ' +
      '“We will not reward criminals,” the deputy leader said. “This is a crime,” the leader said.';
    expect(speakersOf(council)).toEqual(['Philip Glanville', 'Guy Nicholson', 'Philip Glanville']);
    const cabinet =
      'Prime Minister Karl Dahl flew to Oslo. Deputy Prime Minister Ann Holt stayed in the capital. “We are ready,” the deputy prime minister said.';
    expect(speakersOf(cabinet)).toEqual(['Ann Holt']);
  });

  it('a name set off after a description may carry a party and a capitalised role', () => {
    const committee =
      'The committee’s chair, Neil Parish, pressed her on the delays. The deputy chair, Labour MP Ruth Jones, said the answer was not good enough.';
    expect(speakersOf(committee)).toEqual(['Ruth Jones']);
  });

  it("a firm's or a school's post nobody was given is someone unnamed, not the last person quoted", () => {
    const cuts =
      'Jobs lost\n\nBrennan Precision said orders had fallen. Union official Karen Mottram said members had been given no warning.\n\n' +
      'The managing director said the firm had done everything it could. “We lost it on price,” he said.';
    expect(speakersOf(cuts)).toEqual(['Brennan Precision', 'Karen Mottram', 'The managing director', 'The managing director']);
    const school = 'Academy\n\nCouncillor Asha Begum said families had not been asked. The headteacher said the change would pay for a new hall.';
    expect(speakersOf(school).at(-1)).toBe('The headteacher');
    // Given the post, in apposition or by a body of several words, the person is found.
    const named =
      'Order won\n\nBrennan Precision’s managing director, Ken Brennan, said the order was the biggest yet. Union official Karen Mottram was there too. ' +
      'The managing director said more staff would be taken on. Greystone Foods’ chief executive, Tom Hadley, said the town needed more. ' +
      'Councillor Ruth Abbott agreed. The chief executive said he would meet the buyer.';
    expect(speakersOf(named)).toEqual(['Ken Brennan', 'Ken Brennan', 'Tom Hadley', 'Tom Hadley']);
    // One director is not another.
    const directors =
      'Warning\n\nFinance director Mark Ellis said the forecast had been cut. Analyst Priya Nair said it was no surprise. The managing director said no jobs would go.';
    expect(speakersOf(directors).at(-1)).toBe('The managing director');
  });

  it('a politician titled only with offices is no one described by another office or a staff post', () => {
    expect(roleConflicts('the campaign manager', 'manager', titles('senator'), undefined)).toBe(true);
    expect(roleConflicts('the aide', 'aide', titles('senator', 'candidate'), undefined)).toBe(true);
    expect(roleConflicts('the senator', 'senator', titles('president'), undefined)).toBe(true);
    expect(roleConflicts('the founder', 'founder', titles('governor', 'nominee'), undefined)).toBe(true);
    // A past office may be another ("the former congressman" now a senator); a minister may be titled a
    // secretary; a press secretary speaks for someone; one known by a trade too may be anyone's.
    expect(roleConflicts('the former congressman', 'congressman', titles('senator'), undefined)).toBe(false);
    expect(roleConflicts('the secretary', 'secretary', titles('minister'), undefined)).toBe(false);
    const press = { roles: new Set(['secretary']), qualifiers: new Set(['press']) };
    expect(roleConflicts('the aide', 'aide', press, undefined)).toBe(false);
    expect(roleConflicts('the aide', 'aide', titles('senator', 'businessman'), undefined)).toBe(false);
    const staff = 'Sen. Ann Holt toured the flooded farms near Tarnby on Monday. “The state will pay for the dykes,” the aide said.';
    expect(speakersOf(staff)).toEqual(['the aide']);
    const invited =
      'Tom Reyes said he would ask the harbour board for a vote. Jo Park, the president of the Harbour Trust, will speak on Thursday. ' +
      '“We are ready for it,” the senator said.';
    expect(speakersOf(invited)).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});
