import {
  createQuestionKey,
  groupUnanswered,
  MAX_EXAMPLES,
  MAX_PROPOSED_ARTICLES,
} from '../../knowledge/insights';
import { question, SYNONYMS } from './fixtures';

const key = createQuestionKey(SYNONYMS);

describe('groupUnanswered', () => {
  it('when questions say the same thing, then they form one group with count, first and last seen', () => {
    const a = question('Where is my parcel?', '2026-11-02T10:00:00Z');
    const b = question('where is my PACKAGE', '2026-11-05T10:00:00Z');
    const c = question('Do you sell parrots?', '2026-11-03T10:00:00Z');

    const groups = groupUnanswered([a, b, c], key);

    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      key: key('where is my parcel'),
      count: 2,
      ids: [b.id, a.id],
      firstSeen: '2026-11-02T10:00:00.000Z',
      lastSeen: '2026-11-05T10:00:00.000Z',
      examples: ['where is my PACKAGE', 'Where is my parcel?'],
    });
    expect(groups[1]).toMatchObject({ count: 1, ids: [c.id], examples: ['Do you sell parrots?'] });
  });

  it('when a group has many wordings, then it keeps at most three distinct ones, newest first', () => {
    const texts = [
      'where is my parcel',
      'Where is my parcel',
      'parcel where?',
      'where my parcel',
      'my parcel where',
    ];
    const questions = texts.map((t, i) => question(t, `2026-11-0${i + 1}T10:00:00Z`));

    const [group] = groupUnanswered(questions, key);

    expect(group.count).toBe(5);
    expect(group.examples).toHaveLength(MAX_EXAMPLES);
    // Newest first; "Where is my parcel" and "where is my parcel" are one wording.
    expect(group.examples).toEqual(['my parcel where', 'where my parcel', 'parcel where?']);
  });

  it('when the search proposed articles, then the group lists the most often proposed first, each counted once per question', () => {
    const questions = [
      question('refund how long', '2026-11-01T10:00:00Z', ['refund-processing-times', 'returns-refunds']),
      question('how long for a refund', '2026-11-02T10:00:00Z', ['returns-refunds', 'returns-refunds']),
      question('refund: how long?', '2026-11-03T10:00:00Z', ['returns-refunds', 'cancel-order']),
      question('refund, how long', '2026-11-04T10:00:00Z', ['disputes', 'chargebacks']),
    ];

    const [group] = groupUnanswered(questions, key);

    expect(group.proposedArticles).toHaveLength(MAX_PROPOSED_ARTICLES);
    expect(group.proposedArticles).toEqual([
      { id: 'returns-refunds', count: 3 },
      // Equal counts: by id, so the list is the same whatever order the rows came in.
      { id: 'cancel-order', count: 1 },
      { id: 'chargebacks', count: 1 },
    ]);
  });

  it('when groups have equal counts, then the most recently asked comes first; more questions beat recency', () => {
    const questions = [
      question('do you sell parrots', '2026-11-01T10:00:00Z'),
      question('Parrots: do you sell them?', '2026-11-02T10:00:00Z'),
      question('where is my parcel', '2026-11-03T10:00:00Z'),
      question('is there a gift card', '2026-11-09T10:00:00Z'),
    ];

    const groups = groupUnanswered(questions, key);

    expect(groups.map((g) => [g.examples[0], g.count])).toEqual([
      ['Parrots: do you sell them?', 2],
      ['is there a gift card', 1],
      ['where is my parcel', 1],
    ]);
  });

  it('when the same questions arrive in another order, then the groups are the same', () => {
    const questions = [
      question('where is my parcel', '2026-11-03T10:00:00Z', ['order-status']),
      question('gift card?', '2026-11-03T10:00:00Z'),
      question('parcel where', '2026-11-01T10:00:00Z', ['shipping-tracking']),
    ];
    expect(groupUnanswered([...questions].reverse(), key)).toEqual(groupUnanswered(questions, key));
  });

  it('when there are no questions, then there are no groups', () => {
    expect(groupUnanswered([], key)).toEqual([]);
  });
});
