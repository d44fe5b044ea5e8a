import { decideLeave, describeInProgress, isLeaveCommand, PROMPT } from '../../adapters/console/leaving';

describe('leaving the terminal chat', () => {
  it.each(['quit', 'exit', ' QUIT ', 'Exit.', '/quit', 'quit!'])(
    'when %j is typed, then it asks to leave',
    (line) => {
      expect(isLeaveCommand(line)).toBe(true);
    },
  );

  it.each(['quite', 'I want to quit my job', 'exit the order', 'q', ''])(
    'when %j is typed, then it is a message for the bot',
    (line) => {
      expect(isLeaveCommand(line)).toBe(false);
    },
  );

  it('when the prompt is shown, then it says how to leave', () => {
    expect(PROMPT).toBe('(quit to leave) > ');
  });

  it('when nothing is under way, then quit leaves at once', () => {
    expect(decideLeave([], false)).toEqual({ leave: true });
  });

  it('when something is under way, then the first quit names it and says how to leave anyway', () => {
    const decision = decideLeave(
      ['Ticket T-1 (Disputes and chargebacks) is waiting for a support agent.'],
      false,
    );

    expect(decision).toEqual({
      leave: false,
      message:
        'Before you go:\n  - Ticket T-1 (Disputes and chargebacks) is waiting for a support agent.\nType quit again (or press Ctrl+D) to leave anyway; anything else carries on here.',
    });
  });

  it('when quit comes again right after the warning, then it leaves', () => {
    expect(decideLeave(['Ticket T-1 is waiting.'], true)).toEqual({ leave: true });
  });
});

describe('describeInProgress', () => {
  it('when a ticket waits and another is with an agent, then each is named with its team', () => {
    expect(
      describeInProgress({
        tickets: [
          { ticketId: 'T-1', status: 'pending', team: 'Disputes and chargebacks' },
          { ticketId: 'T-2', status: 'assigned', team: 'Account security', agentName: 'Alice' },
        ],
      }),
    ).toEqual([
      'Ticket T-1 (Disputes and chargebacks) is waiting for a support agent.',
      'Alice is talking with you about ticket T-2 (Account security).',
    ]);
  });

  it('when the bot waits on an intake field, then the field is named in words', () => {
    expect(describeInProgress({ tickets: [], question: { kind: 'intake', field: 'when' } })).toEqual([
      'I am collecting the details for our team and asked for when it started.',
    ]);
  });

  it.each([
    ['case_or_date', /order or case number, or when it started/],
    ['confirm_ticket', /ready and I asked whether to send it/],
    ['walkthrough', /three questions/],
  ])('when the bot waits on %s, then it says so', (kind, text) => {
    expect(describeInProgress({ tickets: [], question: { kind } })).toEqual([expect.stringMatching(text)]);
  });

  it('when the only question is "did this answer your question?", then nothing is under way', () => {
    expect(describeInProgress({ tickets: [], question: { kind: 'feedback' } })).toEqual([]);
  });
});
