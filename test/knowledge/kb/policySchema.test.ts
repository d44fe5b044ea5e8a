import { KnowledgeError } from '../../../knowledge/kb/errors';
import { formatDuration } from '../../../knowledge/kb/placeholders';
import { loadPolicy } from '../../../knowledge/kb/policySchema';
import { makePolicyFile, REAL_POLICY } from './helpers';

function policyError(edit: (y: string) => string): KnowledgeError {
  try {
    loadPolicy(makePolicyFile(edit));
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected loadPolicy to throw');
}

describe('loadPolicy', () => {
  it('when reading the shipped policy, then timelines, categories and hours are typed', () => {
    const policy = loadPolicy(REAL_POLICY);

    expect(policy.timelines['refund-processing'].duration).toEqual({ amount: 7, unit: 'business_days' });
    expect(policy.categories.security.rank).toBe(4);
    expect(policy.supportHours.open).toBe('08:00');
  });

  it('when a duration amount is negative, then the error names the file and the field path', () => {
    const err = policyError((y) =>
      y.replace('{ amount: 7, unit: business_days }', '{ amount: -7, unit: business_days }'),
    );

    expect(err.message).toContain(
      'policy.yaml: timelines.refund-processing.duration.amount: expected a positive number',
    );
    expect(err.field).toBe('timelines.refund-processing.duration.amount');
  });

  it('when a duration unit is unknown, then the allowed units are listed', () => {
    const err = policyError((y) =>
      y.replace('{ amount: 7, unit: business_days }', '{ amount: 7, unit: weeks }'),
    );

    expect(err.message).toContain(
      'timelines.refund-processing.duration.unit: expected one of business_days, calendar_days, hours',
    );
  });

  it('when a category is missing, then its path is named', () => {
    const err = policyError((y) => y.replace(/\n {2}stalled:\n(?: {4}.*\n)+/, '\n'));

    expect(err.message).toContain('categories.stalled');
  });

  it('when support hours are not HH:MM, then the field is named', () => {
    const err = policyError((y) => y.replace("open: '08:00'", "open: '8am'"));

    expect(err.message).toContain('supportHours.open: expected a time HH:MM');
  });

  it('when the file is not YAML, then the error names the file', () => {
    const err = policyError(() => 'calendar: [unclosed');

    expect(err.message).toMatch(/policy\.yaml: cannot read policy/);
  });
});

describe('formatDuration', () => {
  it('when the amount is one, then the unit is singular', () => {
    expect(formatDuration({ amount: 1, unit: 'business_days' })).toBe('1 business day');
    expect(formatDuration({ amount: 48, unit: 'hours' })).toBe('48 hours');
    expect(formatDuration({ amount: 75, unit: 'calendar_days' })).toBe('75 days');
  });
});
