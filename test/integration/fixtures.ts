// Small articles written for the API tests: several outlets and dates, shared and separate people.
export const ARTICLES = [
  {
    publication: 'Harbor Times',
    publishedAt: '2024-03-01T09:00:00.000Z',
    text: `Port strike ends after talks

Mayor Lisa Grant said on Monday that the port strike had ended after two days of talks.

“The harbor is open again and the ships are moving,” Grant said.

Union leader Omar Haddad said the workers would vote on the new contract next week.`,
  },
  {
    publication: 'Harbor Times',
    publishedAt: '2024-03-05T09:00:00.000Z',
    text: `Union votes on contract

Omar Haddad said the union members had approved the contract by a wide margin.

Lisa Grant welcomed the vote and said the port would hire two hundred new workers.`,
  },
  {
    publication: 'Valley Courier',
    publishedAt: '2024-04-10T09:00:00.000Z',
    text: `Floods hit the valley

Heavy rain flooded the river towns of the valley on Sunday.

Governor Peter Hall warned that more rain would fall in the mountains this week.

“We are moving families to higher ground tonight,” Hall said.`,
  },
  {
    publication: 'Valley Courier',
    publishedAt: '2024-04-12T09:00:00.000Z',
    text: `Two Clintons speak on trade

Bill Clinton said the trade deal would help farmers in the valley.

Hillary Clinton argued that the deal needed stronger labor protections.`,
  },
];
