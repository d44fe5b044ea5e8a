import { interruptionOf } from '../../dialogs/interruptions';
import { isSkip, parseContact, readCaseAnswer } from '../../dialogs/intakeParsing';
import { confirmed, yesNo } from '../../dialogs/yesNo';
import { safetyStepsFrom } from '../../knowledge/assistant/safetySteps';

describe('interruptionOf', () => {
  it.each([
    ['help', 'help'],
    ['Cancel', 'cancel'],
    ['start over', 'start_over'],
    ['Start over!', 'start_over'],
  ])('when the person types %p, then it is the %s command', (text, kind) => {
    expect(interruptionOf(text)).toBe(kind);
  });

  it('when a sentence merely contains a command word, then it is not a command', () => {
    expect(interruptionOf('how do I cancel my order?')).toBeNull();
    expect(interruptionOf('I need help with a refund')).toBeNull();
  });
});

describe('yesNo', () => {
  it.each([
    ['Yes', true],
    ['yeah it did', true],
    ['No', false],
    ['not really', false],
    ['what about shipping?', null],
  ])('reads %p as %p', (text, expected) => {
    expect(yesNo(text)).toBe(expected);
  });
});

describe('parseContact', () => {
  it('when an email is given, then it is the email method', () => {
    expect(parseContact('mail me at pat@example.com please')).toEqual({
      method: 'email',
      value: 'pat@example.com',
    });
  });
  it('when a phone number is given, then it is the phone method, digits only', () => {
    expect(parseContact('+44 20 7946 0958')).toEqual({ method: 'phone', value: '+442079460958' });
  });
  it('when the person chooses this chat, then it is chat', () => {
    expect(parseContact('This chat')).toEqual({ method: 'chat' });
  });
  it('when nothing recognisable is given, then it is null', () => {
    expect(parseContact('whatever')).toBeNull();
  });
  it('recognises skips', () => {
    expect(isSkip('none')).toBe(true);
    expect(isSkip('KX-100234')).toBe(false);
  });
});

describe('safetyStepsFrom', () => {
  it('when the article has a "Do this now" list, then its steps come back without emphasis', () => {
    const md =
      'Intro\n\n## Do this now\n\n1. **Change your password** now.\n2. Sign out.\n\n## Next\n\n1. Not this';
    expect(safetyStepsFrom(md)).toEqual(['Change your password now.', 'Sign out.']);
  });
  it('when there is no such heading, then there are no steps', () => {
    expect(safetyStepsFrom('## Other\n1. x')).toEqual([]);
  });
});

describe('confirmed', () => {
  it.each(['Yes', 'yes please', 'send it', 'OK'])(
    'when the person says %p, then the ticket may be sent',
    (t) => {
      expect(confirmed(t)).toBe(true);
    },
  );
  it.each(['thanks, that helped', 'no', 'maybe', 'yes but the date is wrong'])(
    'when the person says %p, then nothing is sent',
    (t) => {
      expect(confirmed(t)).toBe(false);
    },
  );
});

describe('readCaseAnswer', () => {
  it('takes a single token with a digit as the number', () => {
    expect(readCaseAnswer('A12345')).toEqual({ caseId: 'A12345' });
    expect(readCaseAnswer(' #88812 ')).toEqual({ caseId: '88812' });
  });
  it('does not take a word or a skip as a number', () => {
    expect(readCaseAnswer('yes')).toEqual({});
    expect(readCaseAnswer('none')).toEqual({});
    expect(readCaseAnswer('jacket')).toEqual({});
  });
  it('keeps a sentence as what happened', () => {
    expect(readCaseAnswer('I never got an order number by email')).toEqual({
      description: 'I never got an order number by email',
    });
    expect(readCaseAnswer('not to hand')).toEqual({});
  });
});
