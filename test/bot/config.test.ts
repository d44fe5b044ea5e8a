import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';

describe('loadConfig', () => {
  it('when the environment is empty, then every default is an embedded one', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.storageUrl).toBe(`sqlite:${path.resolve('./data/support.db')}`);
    expect(c.publicBaseUrl).toBe('http://localhost:3978');
    expect(c.bot.appId).toBe('');
    expect(c.directLine.turnLeaseMs).toBe(30_000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STORAGE_URL: 'mysql://x' }, 'STORAGE_URL'],
    [{ PUBLIC_BASE_URL: 'not a url' }, 'PUBLIC_BASE_URL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppType'],
    [
      { MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'p' },
      'MicrosoftAppTenantId',
    ],
    [{ MicrosoftAppId: 'abc', MicrosoftAppType: 'Galaxy' }, 'MicrosoftAppType'],
    [
      {
        MicrosoftAppId: 'a',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: 't',
        MicrosoftAppPassword: 'p',
      },
      'MicrosoftAppPassword',
    ],
    [{ NODE_ENV: 'production' }, 'MicrosoftAppId'],
    [{ DIRECTLINE_SECRET: 'short' }, 'DIRECTLINE_SECRET'],
    [{ DIRECTLINE_TURN_LEASE_SECONDS: '0' }, 'DIRECTLINE_TURN_LEASE_SECONDS'],
  ])('when %j is given, then start-up fails naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}:`, 'm'));
  });

  it('when the app type is written in another case, then it is accepted and normalised', () => {
    const c = loadConfig({
      MicrosoftAppId: 'id',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppPassword: 'p',
      MicrosoftAppTenantId: 't',
    });
    expect(c.bot.appType).toBe('SingleTenant');
  });

  it('when allowed origins are listed, then they are split and trimmed', () => {
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://a.example, https://b.example' }).directLine.allowedOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });
});
