/** Configuration of issue 13: the metrics token and the retention of tickets and analytics. */
import { ConfigError, loadConfig } from '../../bot/config';

describe('loadConfig: metrics and retention', () => {
  it('when nothing is set, then tickets and analytics are kept as long as conversation state, and /metrics has no token', () => {
    const c = loadConfig({});
    expect(c.ticketRetentionDays).toBe(90);
    expect(c.analyticsRetentionDays).toBe(90);
    expect(c.metricsToken).toBeUndefined();
  });

  it('when only the state retention is set, then tickets and analytics follow it', () => {
    const c = loadConfig({ STATE_RETENTION_DAYS: '30' });
    expect([c.ticketRetentionDays, c.analyticsRetentionDays]).toEqual([30, 30]);
  });

  it('when each retention is set, then each is used', () => {
    const c = loadConfig({ TICKET_RETENTION_DAYS: '365', ANALYTICS_RETENTION_DAYS: '180' });
    expect([c.stateRetentionDays, c.ticketRetentionDays, c.analyticsRetentionDays]).toEqual([90, 365, 180]);
  });

  it.each([
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ TICKET_RETENTION_DAYS: '0' }, 'TICKET_RETENTION_DAYS'],
    [{ ANALYTICS_RETENTION_DAYS: 'forever' }, 'ANALYTICS_RETENTION_DAYS'],
  ])('when %j is set, then start-up stops naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`Invalid configuration: ${name}:`));
  });

  it('when the token is long enough, then it is kept as given', () => {
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(32) }).metricsToken).toBe('x'.repeat(32));
  });
});
