import { defaultSurveyWordsFile, loadSurveyWords } from '../../../knowledge/conversation/surveyWords';
import {
  checkArticleIds,
  defaultPhrasingsFile,
  loadPhrasings,
} from '../../../knowledge/conversation/phrasings';
import { realKnowledgeBase } from '../../support/understanding';
import { editedCopy } from '../../support/editedCopy';
import {
  confirmationOf,
  isCancel,
  isCorrection,
  isFollowUp,
  isStatusFollowUp,
  surveyScore,
} from '../../../knowledge/conversation';
import { admitsIt, pushesBack } from '../../../knowledge/conversation/words';

describe('surveyScore', () => {
  it.each([
    ['4', 4],
    ['4/5', 4],
    ['4 out of 5', 4],
    ['four out of five', 4],
    ['5 stars', 5],
    ['five stars', 5],
    ["I'd give it 3 out of 5", 3],
    ['8/10', 4],
    ['great', 5],
    ['Great!', 5],
    ['pretty good', 4],
    ['not great', 2],
    ['terrible', 1],
  ])('reads %p as %p', (text, score) => {
    expect(surveyScore(text)).toBe(score);
  });

  it.each(['6', '0 stars', 'where is my order?', 'great, and how do I return it?', ''])(
    'when the reply %p is not a rating, then it is null',
    (text) => {
      expect(surveyScore(text)).toBeNull();
    },
  );
});

describe('confirmationOf', () => {
  it.each(['yes please, quickly', 'go ahead', 'Yes', 'ok send it', 'sure, please do', 'yep thanks'])(
    'when the person says %p, then it is a yes',
    (text) => {
      expect(confirmationOf(text)).toBe(true);
    },
  );
  it.each(['no thanks', 'No', "don't send it", 'not now'])(
    'when the person says %p, then it is a no',
    (text) => {
      expect(confirmationOf(text)).toBe(false);
    },
  );
  it.each(['thanks', 'will it be quick?', 'yes but change the email first', 'this chat'])(
    'when the reply %p is neither, then it is null (asked again, never guessed)',
    (text) => {
      expect(confirmationOf(text)).toBeNull();
    },
  );
});

describe('isCancel', () => {
  it.each(['never mind', 'Actually never mind', 'forget it', 'actually no', 'nvm thanks'])(
    'when the person says %p, then the pending question is cancelled',
    (text) => {
      expect(isCancel(text)).toBe(true);
    },
  );
  it.each(['no', 'how do I cancel my order?', 'none', 'ok'])(
    'when the person says %p, then it is not a cancel',
    (text) => {
      expect(isCancel(text)).toBe(false);
    },
  );
});

describe('follow-ups and corrections', () => {
  it.each([
    'any news?',
    'ok so when will I hear back?',
    'Any update',
    'so when then?',
    "what's happening with it?",
    'fine. what date then',
    "fine. what date did you say i'd hear by?",
  ])('%p asks for the status again', (text) => {
    expect(isStatusFollowUp(text)).toBe(true);
  });
  it('a new question is not a status follow-up', () => {
    expect(isStatusFollowUp('how do I change my address?')).toBe(false);
  });
  it.each([
    'and if I paid with PayPal?',
    'n if its already shipped?',
    'what about to Ireland?',
    "ok and if it's late?",
    'and to France?',
    'and by card?',
  ])('%p follows up the last topic', (text) => {
    expect(isFollowUp(text)).toBe(true);
  });
  it.each([
    'how do I cancel my order?',
    'and how do I cancel my order?',
    'and can I pay by card instead of PayPal?',
  ])('%p is a question of its own, not a follow-up', (text) => {
    expect(isFollowUp(text)).toBe(false);
  });
  it.each([
    'sorry, it was 5 weeks ago, not yesterday',
    'actually it was last month',
    'no wait, it was 6 weeks ago',
    'wait no, it got locked last wednesday',
    'i mixed up the days, it was the 3rd',
    'scratch that, that was my other order. this one I placed on the 15th',
  ])('%p is a correction', (text) => {
    expect(isCorrection(text)).toBe(true);
  });
  it.each([
    'the dispatch email is from 3 March not this tuesday',
    'it went out on the 3rd, not the 13th',
    'approved 25 october rather than yesterday',
    'hang on, I looked again and it was last month',
  ])('%p corrects a date said before (denied beside the new one, or looked at again)', (text) => {
    expect(isCorrection(text)).toBe(true);
  });
  it('a plain date is not a correction, nor is a "not" before something that is no date', () => {
    expect(isCorrection('5 weeks ago')).toBe(false);
    expect(isCorrection('not 1 reply since the 3rd')).toBe(false);
    expect(isCorrection('shipped on monday, not a word since')).toBe(false);
  });
  it.each([
    'i need it by saturday though, its a dress for a wedding',
    "can't u just cancel it urself",
    'Is possible to make more fast?',
    "whats the point of waiting, I can't wait 2 days",
    "I don't want to wait, I want it cancelled now",
    "ok but I really need to get into my shop, I've got orders waiting",
  ])('%p pushes back on a wait', (text) => {
    expect(pushesBack(text)).toBe(true);
  });
  it.each(['do my buyers get it quicker that way', 'how long does it take', 'ok thanks'])(
    '%p does not push back',
    (text) => {
      expect(pushesBack(text)).toBe(false);
    },
  );
});

describe('admitsIt (phrasings.yaml admissions)', () => {
  it.each([
    'well i already gave it to them like 10 min ago',
    'Too late, I clicked the link this morning',
    'i typed it in before i realised',
    "I'd already read it out to the man on the phone",
  ])('%p owns up to what a scam asked', (text) => {
    expect(admitsIt(text)).toBe(true);
  });
  it.each(['i ignored it and deleted the text', 'no i did not reply', 'how do i turn on two step'])(
    '%p owns up to nothing',
    (text) => {
      expect(admitsIt(text)).toBe(false);
    },
  );
});

describe('the survey words file (knowledge/conversation/surveyWords.yaml)', () => {
  it('when typed in words, then "five", "great" and "terrible" are scores', () => {
    expect([surveyScore('five'), surveyScore('Great!'), surveyScore('terrible')]).toEqual([5, 5, 1]);
  });

  it('when a word sits under two scores, then loading names it', () => {
    const file = editedCopy(defaultSurveyWordsFile(), (y) =>
      y.replace('    - bad\n', '    - bad\n    - great\n'),
    );
    expect(() => loadSurveyWords(file)).toThrow(/"great" is also under/);
  });
});

describe('the phrasings file (knowledge/conversation/phrasings.yaml)', () => {
  const copyWith = (edit: (yaml: string) => string) => editedCopy(defaultPhrasingsFile(), edit);

  it('when a phrasing is added to the file, then the parsers read it with no code change', () => {
    const file = copyWith((y) => y.replace('corrections:\n', 'corrections:\n  - on second thought\n'));
    expect(loadPhrasings(file).corrections).toContain('on second thought');
  });

  it('when an entry is written with capitals or punctuation, then loading names its field', () => {
    const file = copyWith((y) => y.replace('corrections:\n', "corrections:\n  - Don't\n"));
    expect(() => loadPhrasings(file)).toThrow(/corrections\.0/);
  });

  it('when a list is missing, then loading names it', () => {
    const file = copyWith((y) => y.replace(/^backReferences:[\s\S]*?\n\n/m, ''));
    expect(() => loadPhrasings(file)).toThrow(/backReferences/);
  });

  it("when a seller's answer names an article that does not exist, then checking names the entry", () => {
    const ids = new Set(realKnowledgeBase().byId.keys());
    expect(() => checkArticleIds(loadPhrasings(), ids)).not.toThrow();
    const file = copyWith((y) =>
      y.replace('shipping-tracking: seller-shipping', 'shipping-tracking: seller-shippin'),
    );
    expect(() => checkArticleIds(loadPhrasings(file), ids, file)).toThrow(
      /sellerAnswers\.shipping-tracking: "seller-shippin" is not an article/,
    );
  });
});
