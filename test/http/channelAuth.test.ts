import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

describe('POST /api/messages with an app id configured (Azure Bot Service channels)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    });
  });
  afterAll(async () => running.stop());

  it.each([
    ['no Authorization header', {}],
    ['a forged bearer token', { Authorization: 'Bearer abc.def.ghi' }],
  ])('when a request has %s, then it gets 401 and the bot never runs', async (_name, auth) => {
    const { status } = await postActivity(running.baseUrl, messageActivity('tell me a joke about pirates'), {
      'Content-Type': 'application/json',
      ...auth,
    });
    expect(status).toBe(401);
    // An out-of-scope question is recorded in the unanswered inbox whenever the bot runs.
    expect(await running.app.storage.unanswered.list(10)).toEqual([]);
  });
});
