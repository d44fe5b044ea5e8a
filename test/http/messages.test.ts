import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

describe('POST /api/messages (expectReplies, anonymous local mode)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running.stop());

  it('when asked how long refunds take, then it answers from refund-processing-times with channelData.triage', async () => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity('how long do refunds take?'),
    );
    expect(status).toBe(200);
    const triaged = body.activities!.find((a) => (a.channelData as { triage?: unknown })?.triage);
    expect((triaged!.channelData as { triage: unknown }).triage).toMatchObject({
      outcome: 'answer',
      topic: 'refund-processing-times',
    });
    expect(String(triaged!.text)).toContain('/help/refund-processing-times');
  });

  it('when a conversation starts, then the welcome comes back', async () => {
    const { status, body } = await postActivity(
      running.baseUrl,
      messageActivity(undefined, {
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user-9' }],
        conversation: { id: 'conv-welcome' },
      }),
    );
    expect(status).toBe(200);
    expect(String(body.activities![0].text)).toMatch(/Kingston Express support assistant/);
  });

  it.each([
    ['malformed JSON', '{"type": "message", ', { 'Content-Type': 'application/json' }, 400],
    ['no type', { text: 'hi' }, { 'Content-Type': 'application/json' }, 400],
    ['a non-string text', messageActivity(42), { 'Content-Type': 'application/json' }, 400],
    ['a 1 MB text', messageActivity('x'.repeat(1024 * 1024)), { 'Content-Type': 'application/json' }, 413],
    ['a wrong content type', 'type=message', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
    ['an array body', [1, 2], { 'Content-Type': 'application/json' }, 400],
  ])(
    'when the body has %s, then it gets a clear 4xx and the server goes on serving',
    async (_name, body, headers, code) => {
      const bad = await postActivity(running.baseUrl, body, headers as Record<string, string>);
      expect(bad.status).toBe(code);
      expect(bad.body.error?.message ?? (bad.body as { message?: string }).message).toBeTruthy();
      const good = await postActivity(running.baseUrl, messageActivity('how long does delivery take?'));
      expect(good.status).toBe(200);
    },
  );

  it('when a 10,001-character text arrives within the body limit, then it is refused naming the field', async () => {
    const { status, body } = await postActivity(running.baseUrl, messageActivity('y'.repeat(10_001)));
    expect(status).toBe(400);
    expect(body.error!.message).toMatch(/^invalid activity: text:/);
  });

  it('serves /healthz, /readyz and Help Center pages', async () => {
    expect((await fetch(`${running.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${running.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { knowledge: 'ok', storage: 'ok' } });
    const page = await fetch(`${running.baseUrl}/help/refund-processing-times`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<h1[^>]*>.*[Rr]efund/);
    expect((await fetch(`${running.baseUrl}/help/no-such-article`)).status).toBe(404);
  });
});
