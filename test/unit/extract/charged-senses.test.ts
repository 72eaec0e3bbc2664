// "charged" reports an accusation when an accuser speaks ("charged that …"), not when a prosecutor
// brings a charge ("was charged with assault") or a debate is tense ("a politically charged vote").
// Short examples written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../support/extraction.js';

const intro = 'Tom Pike runs the mill in Velmora. ';

describe('"charged" as a charge brought or a tone', () => {
  it('reports no speech', () => {
    expect(quotesOf(`${intro}The vote remains so politically charged that Ann Holt made it the center of her speech.`)).toEqual([]);
    expect(quotesOf(`${intro}The town freed two men charged with smuggling grain across the border.`)).toEqual([]);
  });

  it('leaves an accusation someone makes, and a charge reported by someone else', () => {
    expect(quotesOf(`${intro}Ann Holt charged that the council had hidden the report.`)).toEqual([
      ['INDIRECT', 'Ann Holt', 'charged', ['the council had hidden the report']],
    ]);
    expect(quotesOf(`${intro}Holt angrily charged that the vote was rigged.`)).toEqual([['INDIRECT', 'Holt', 'charged', ['the vote was rigged']]]);
    expect(quotesOf(`${intro}Three councillors were charged with taking bribes, the police said on Monday.`)).toEqual([
      ['INDIRECT', 'the police', 'said', ['Three councillors were charged with taking bribes']],
    ]);
  });
});
