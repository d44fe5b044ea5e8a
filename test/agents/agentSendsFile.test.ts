/**
 * An agent sends the customer a file from the console's API: stored like the customer's own
 * files (checked type, signed link), relayed to the widget as an attachment, kept in the transcript.
 */
import { startApp, type RunningApp } from '../support/appHarness';
import { DirectLineTestClient } from '../e2e/directLineClient';
import { FILES } from '../directline/files';

const SECRET = 'correct-horse-battery-staple';

describe('an agent sends a file to the customer', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(
      { AGENTS: `alice:${SECRET},bob:${SECRET}` },
      { now: () => new Date('2026-11-23T12:00:00Z') },
    );
  });
  afterAll(async () => running.stop());

  const signIn = async (name: string) => {
    const res = await fetch(`${running.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, secret: SECRET }),
    });
    return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
  };
  const sendFile = (
    auth: Record<string, string>,
    ticketId: string,
    bytes: Buffer,
    name: string,
    text?: string,
  ) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'image/png' }), name);
    if (text) form.append('text', text);
    return fetch(`${running.baseUrl}/agent/api/tickets/${ticketId}/files`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
  };

  it('when the holder sends a picture, then the customer gets it as an attachment that opens, and the transcript keeps it', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    const alice = await signIn('alice');
    const bob = await signIn('bob');
    expect(
      (
        await fetch(`${running.baseUrl}/agent/api/tickets/${ticketId}/claim`, {
          method: 'POST',
          headers: alice,
        })
      ).status,
    ).toBe(200);

    // Only the holder may send.
    expect((await sendFile(bob, ticketId, FILES.png, 'steps.png')).status).toBe(409);
    // A file that is not a picture or a PDF is refused, whatever it claims to be.
    const html = await sendFile(alice, ticketId, FILES.html, 'steps.png');
    expect(html.status).toBe(415);

    const res = await sendFile(alice, ticketId, FILES.png, 'steps.png', 'Here are the steps');
    expect(res.status).toBe(200);
    const line = await customer.waitFor((a) => a.type === 'message' && a.text === 'Here are the steps');
    const attachments = (
      line as unknown as { attachments: Array<{ contentType: string; contentUrl: string; name: string }> }
    ).attachments;
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ contentType: 'image/png', name: 'steps.png' });
    expect(attachments[0].contentUrl).toMatch(/\/v3\/directline\/attachments\/[^?]+\?e=\d+&s=/);
    expect(line.from).toMatchObject({ name: 'Alice', role: 'bot' });

    const file = await fetch(attachments[0].contentUrl.replace(/^https?:\/\/[^/]+/, running.baseUrl));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(FILES.png);

    const messages = await running.app.handoff.store.listMessages(ticketId);
    expect(messages.at(-1)).toMatchObject({
      from: 'agent',
      agentId: 'alice',
      text: 'Here are the steps',
      attachments: [{ contentType: 'image/png', name: 'steps.png' }],
    });
  }, 30_000);

  it('without a sign-in, then 401', async () => {
    const form = new FormData();
    form.append('file', new Blob([FILES.png], { type: 'image/png' }), 'x.png');
    const res = await fetch(`${running.baseUrl}/agent/api/tickets/T-NOPE/files`, {
      method: 'POST',
      body: form,
    });
    expect(res.status).toBe(401);
  });
});
