/** The dashboard's tables and CSV: what the exports write, masked and safe to open in a spreadsheet. */
import { buildDashboard } from '../../../knowledge/insights/dashboard';
import { dashboardTables, shareText } from '../../../knowledge/insights/dashboardTables';
import { toCsv } from '../../../knowledge/insights/csv';

const empty = buildDashboard({
  since: '2026-11-01T00:00:00.000Z',
  until: '2026-11-23T00:00:00.000Z',
  now: '2026-11-23T00:00:00.000Z',
  channel: null,
  decisions: [],
  tickets: [],
  votes: [
    {
      conversationId: 'c',
      articleId: 'refund-processing-times',
      helpful: false,
      text: 'mail me at a@b.com',
      at: '2026-11-10T00:00:00.000Z',
    },
  ],
  unanswered: [],
});

describe('toCsv', () => {
  it('when cells hold commas, quotes, line breaks and formulas, then they are quoted and formulas kept as text', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['=SUM(A1)', null],
          ['line\nbreak', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),\r\n"line\nbreak",3\r\n');
  });
});

describe('dashboardTables', () => {
  it('when customers wrote personal data in questions, then the tables mask it', () => {
    const tables = dashboardTables(empty, [
      {
        key: 'call me',
        ids: [1],
        count: 2,
        firstSeen: '2026-11-10T00:00:00.000Z',
        lastSeen: '2026-11-11T00:00:00.000Z',
        examples: ['call me on 07700 900123 about KX-123456'],
        proposedArticles: [{ id: 'contact-support', count: 1 }],
      },
    ]);
    expect(tables.unanswered.rows).toEqual([
      ['call me on [phone] about KX-123456', 2, '2026-11-11T00:00:00.000Z', 'contact-support'],
    ]);
    expect(tables.articles.rows[0][5]).toBe('mail me at [email]');
    expect(toCsv(tables.unanswered.headers, tables.unanswered.rows)).not.toContain('07700');
  });

  it('when nothing was judged, then the share reads as a dash, not 0 %', () => {
    expect(shareText(empty.conversations.share)).toBe('—');
    expect(shareText(0.625)).toBe('62.5 %');
  });
});
