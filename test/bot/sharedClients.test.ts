import { ClaimsIdentity } from 'botframework-connector';
import { SHARED_CLIENTS_MAX, SharedClientsAuthentication } from '../../bot/wiring/sharedClients';

// The anonymous identity CloudAdapter gives a turn when no app id is configured (local, Direct Line).
const anonymous = () => new ClaimsIdentity([], 'anonymous');
const skill = (caller: string) =>
  new ClaimsIdentity(
    [
      { type: 'aud', value: 'bot-app-id' },
      { type: 'appid', value: caller },
      { type: 'ver', value: '1.0' },
    ],
    true,
  );

describe('SharedClientsAuthentication', () => {
  const auth = () => new SharedClientsAuthentication({ MicrosoftAppType: '' });

  it('gives turns from the same caller and service URL one connector client', async () => {
    const a = auth();
    const first = await a.createConnectorFactory(anonymous()).create('https://channel.example/');
    const second = await a.createConnectorFactory(anonymous()).create('https://channel.example/');
    expect(second).toBe(first);
    expect((first as unknown as { baseUri: string }).baseUri).toBe('https://channel.example/');
  });

  it('shares the client CloudAdapter makes for each incoming activity (the factory authenticateRequest returns)', async () => {
    const a = auth();
    const activity = { type: 'message', serviceUrl: 'https://channel.example/', channelId: 'test' };
    const first = await a.authenticateRequest(activity as never, '');
    const second = await a.authenticateRequest(activity as never, '');
    const one = await first.connectorFactory!.create('https://channel.example/', first.audience);
    expect(await second.connectorFactory!.create('https://channel.example/', second.audience)).toBe(one);
    expect(a.sharedClients.connectors).toBe(1);
  });

  it('never shares a client across service URLs, audiences or callers', async () => {
    const a = auth();
    const base = await a.createConnectorFactory(anonymous()).create('https://one.example/');
    const otherUrl = await a.createConnectorFactory(anonymous()).create('https://two.example/');
    const otherAudience = await a.createConnectorFactory(anonymous()).create('https://one.example/', 'aud-2');
    const otherCaller = await a.createConnectorFactory(skill('caller-a')).create('https://one.example/');
    const thirdCaller = await a.createConnectorFactory(skill('caller-b')).create('https://one.example/');
    const all = new Set([base, otherUrl, otherAudience, otherCaller, thirdCaller]);
    expect(all.size).toBe(5);
    expect((otherUrl as unknown as { baseUri: string }).baseUri).toBe('https://two.example/');
  });

  it('makes one user-token client per caller', async () => {
    const a = auth();
    const first = await a.createUserTokenClient(anonymous());
    expect(await a.createUserTokenClient(anonymous())).toBe(first);
    expect(a.sharedClients.tokenClients).toBe(1);
  });

  it('holds a bounded number of clients: service URLs come from the activity', async () => {
    const a = auth();
    const factory = a.createConnectorFactory(anonymous());
    const oldest = await factory.create('https://u0.example/');
    for (let i = 1; i <= SHARED_CLIENTS_MAX + 10; i++) await factory.create(`https://u${i}.example/`);
    expect(a.sharedClients.connectors).toBe(SHARED_CLIENTS_MAX);
    // The oldest went first, so asking for it again builds a new one.
    expect(await factory.create('https://u0.example/')).not.toBe(oldest);
  });
});
