import { ConfigError, loadConfig } from '../../bot/config';

describe('loadConfig: the agent hub', () => {
  it('when nothing is set, then handoff.initiate reaches the channels that carry events, and there is no hub secret', () => {
    expect(loadConfig({}).handoffHub).toEqual({
      eventChannels: ['webchat', 'directline', 'emulator', 'test'],
    });
  });

  it('when HANDOFF_EVENT_CHANNELS lists channels, then only those get the event', () => {
    expect(loadConfig({ HANDOFF_EVENT_CHANNELS: 'webchat, emulator' }).handoffHub.eventChannels).toEqual([
      'webchat',
      'emulator',
    ]);
    expect(loadConfig({ HANDOFF_EVENT_CHANNELS: '' }).handoffHub.eventChannels).toEqual([]);
  });

  it('when HANDOFF_EVENT_CHANNELS holds something that is not a channel id, then start-up names it', () => {
    expect(() => loadConfig({ HANDOFF_EVENT_CHANNELS: 'webchat,Teams!' })).toThrow(/HANDOFF_EVENT_CHANNELS/);
  });

  it('when only HANDOFF_WEBHOOK_SECRET is set (a hub with no webhook), then the hub still has its secret', () => {
    const c = loadConfig({ HANDOFF_WEBHOOK_SECRET: 'a-hub-secret-of-some-length' });
    expect(c.handoffHub.secret).toBe('a-hub-secret-of-some-length');
    expect(c.handoffWebhook).toBeUndefined();
  });

  it('when the hub secret equals DIRECTLINE_SECRET, then start-up refuses it', () => {
    const same = 'the-same-secret-0123456789';
    expect(() => loadConfig({ HANDOFF_WEBHOOK_SECRET: same, DIRECTLINE_SECRET: same })).toThrow(ConfigError);
    expect(() => loadConfig({ HANDOFF_WEBHOOK_SECRET: same, DIRECTLINE_SECRET: same })).toThrow(
      /HANDOFF_WEBHOOK_SECRET: must differ from DIRECTLINE_SECRET/,
    );
  });
});
