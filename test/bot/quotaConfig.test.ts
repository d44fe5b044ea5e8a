/** The quota and proxy settings of bot/config.ts (issue 11): defaults, names in errors, renames. */
import { ConfigError, loadConfig } from '../../bot/config';

const load = (env: Record<string, string>) => loadConfig({ LOG_LEVEL: 'silent', ...env });
const problem = (env: Record<string, string>) => {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

describe('quota settings', () => {
  it('when nothing is set, then the defaults apply and no proxy is trusted', () => {
    const config = load({});
    expect(config.quotas).toEqual({
      conversationsPerAddressPerMinute: 20,
      messagesPerConversationPerMinute: 30,
      messagesPerAddressPerMinute: 120,
      uploadBytesPerConversationPerDay: 50 * 1024 * 1024,
      uploadBytesPerAddressPerDay: 200 * 1024 * 1024,
      agentSignInAttemptsPerMinute: 10,
    });
    expect(config.trustProxy).toEqual([]);
  });

  it('when they are set, then they are read, budgets in MB', () => {
    const config = load({
      DIRECTLINE_MESSAGES_PER_MINUTE: '12',
      DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY: '5',
      TRUST_PROXY: '10.0.0.0/8, loopback',
    });
    expect(config.quotas.messagesPerConversationPerMinute).toBe(12);
    expect(config.quotas.uploadBytesPerConversationPerDay).toBe(5 * 1024 * 1024);
    expect(config.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
  });

  it('when a quota is zero or not a number, then start-up fails naming the variable', () => {
    expect(problem({ DIRECTLINE_MESSAGES_PER_MINUTE: '0' })).toMatch(/DIRECTLINE_MESSAGES_PER_MINUTE/);
    expect(problem({ DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY: 'lots' })).toMatch(
      /DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY/,
    );
  });

  it('when TRUST_PROXY is not a list of addresses, then start-up fails naming it and the entry', () => {
    expect(problem({ TRUST_PROXY: 'my-proxy.internal' })).toMatch(/TRUST_PROXY: "my-proxy.internal" is not/);
  });

  it('when an old RATE_LIMIT_* name is still set, then start-up says which name replaced it', () => {
    expect(problem({ RATE_LIMIT_MESSAGES_PER_MINUTE: '60' })).toMatch(
      /RATE_LIMIT_MESSAGES_PER_MINUTE: renamed to DIRECTLINE_MESSAGES_PER_MINUTE/,
    );
  });
});
