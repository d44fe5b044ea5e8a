/** The pino-backed logger: the JSON line's shape, levels, child fields, errors and masked personal data. */
import { createLogger } from '../../adapters/logger';

function capture() {
  const lines: string[] = [];
  return {
    lines,
    sink: { write: (l: string) => lines.push(l) },
    parsed: () => lines.map((l) => JSON.parse(l)),
  };
}

describe('createLogger', () => {
  it('when a line is logged, then it is one JSON object with the level name, an ISO time, the fields and the message', () => {
    const c = capture();
    createLogger('info', c.sink).info('turn', { conversation: 'c1', ms: 4 });
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0].endsWith('\n')).toBe(true);
    const [line] = c.parsed();
    expect(line).toMatchObject({ level: 'info', msg: 'turn', conversation: 'c1', ms: 4 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('when a line is below the level, then nothing is written', () => {
    const c = capture();
    const log = createLogger('warn', c.sink);
    log.info('quiet');
    log.debug('quieter');
    log.error('loud');
    expect(c.parsed().map((l) => l.msg)).toEqual(['loud']);
  });

  it('when a child logger logs, then its fields are on the line', () => {
    const c = capture();
    createLogger('info', c.sink).child({ component: 'storage' }).warn('slow', { ms: 9 });
    expect(c.parsed()[0]).toMatchObject({ level: 'warn', component: 'storage', msg: 'slow', ms: 9 });
  });

  it('when an error is logged under err, then its message and stack are on the line', () => {
    const c = capture();
    createLogger('info', c.sink).error('failed', { err: new Error('boom') });
    expect(c.parsed()[0].err).toMatchObject({ message: 'boom', stack: expect.stringContaining('boom') });
  });

  it('when fields or the message hold personal data, then it is masked and ids, amounts and dates are kept', () => {
    const c = capture();
    createLogger('info', c.sink)
      .child({ contact: 'jane@example.com' })
      .info('reply to jane@example.com', {
        text: 'call +44 7700 900123 about KX-123456, £25.99 on 2026-10-05',
        nested: { card: '4111 1111 1111 1111', list: ['12 Baker Street'] },
      });
    const raw = c.lines[0];
    expect(raw).not.toMatch(/jane@|7700|4111|Baker/);
    expect(c.parsed()[0]).toMatchObject({
      contact: '[email]',
      msg: 'reply to [email]',
      text: 'call [phone] about KX-123456, £25.99 on 2026-10-05',
      nested: { card: '[card]', list: ['[address]'] },
    });
  });

  it('when the level is silent, then nothing is written at any level', () => {
    const c = capture();
    const log = createLogger('silent', c.sink);
    log.error('no');
    log.child({ a: 1 }).warn('no');
    expect(c.lines).toEqual([]);
  });
});
