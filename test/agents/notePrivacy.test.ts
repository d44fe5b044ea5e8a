/**
 * The whole app, no fakes of our code: a customer on the widget's Direct Line, two agents on the
 * agent API. Internal notes and the reason for a transfer stay with the agents: the customer's
 * conversation (everything the widget can ever replay) never carries them.
 */
import { startApp, type RunningApp } from '../support/appHarness';
import { DirectLineTestClient, type DlActivity } from '../e2e/directLineClient';

const NOTE = 'INTERNAL-NOTE-refund-was-flagged-by-risk';
const REASON = 'TRANSFER-REASON-bob-owns-payout-fraud';

describe('internal notes never reach the customer', () => {
  let running: RunningApp;
  // Monday noon in London: inside support hours.
  const now = () => new Date('2026-11-23T12:00:00Z');
  beforeAll(async () => {
    running = await startApp({ AGENTS: 'alice:alice-secret-123,bob:bob-secret-4567' }, { now });
  });
  afterAll(async () => running.stop());

  const agent = async (name: string, secret: string) => {
    const res = await fetch(`${running.baseUrl}/agent/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, secret }),
    });
    const { token } = (await res.json()) as { token: string };
    return (path: string, body?: unknown) =>
      fetch(`${running.baseUrl}/agent/api${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  };

  it('when agents write a note and transfer with a reason, then the customer sees the transfer line and the replies, and neither the note nor the reason', async () => {
    const { customer, ticketId } = await DirectLineTestClient.openSecurityTicket(running.baseUrl);
    const alice = await agent('alice', 'alice-secret-123');
    const bob = await agent('bob', 'bob-secret-4567');

    expect((await alice(`/tickets/${ticketId}/claim`, {})).status).toBe(200);
    await customer.waitFor(/Alice.*joined/);
    expect((await alice(`/tickets/${ticketId}/notes`, { text: NOTE })).status).toBe(200);
    expect(
      (await alice(`/tickets/${ticketId}/messages`, { text: 'I am looking at your payouts now.' })).status,
    ).toBe(200);
    await customer.waitFor(/looking at your payouts/);
    const transfer = await alice(`/tickets/${ticketId}/transfer`, {
      to: 'agent',
      agentId: 'bob',
      note: REASON,
    });
    expect(transfer.status).toBe(200);
    await customer.waitFor(/You're being transferred to Bob; they can see everything so far\./);
    expect(
      (await bob(`/tickets/${ticketId}/messages`, { text: 'Hi, Bob here; I have your case.' })).status,
    ).toBe(200);
    await customer.waitFor(/Bob here/);

    // Bob, who received it, reads both.
    const detail = (await (await bob(`/tickets/${ticketId}`)).json()) as { messages: { text: string }[] };
    expect(detail.messages.map((m) => m.text)).toEqual(expect.arrayContaining([NOTE, REASON]));

    // Everything the customer's conversation holds, replayed from the start as a reload would.
    const log = (await (
      await fetch(`${running.baseUrl}/v3/directline/conversations/${customer.conversationId}/activities`, {
        headers: { Authorization: `Bearer ${customer.token}` },
      })
    ).json()) as { activities: DlActivity[] };
    const everything = JSON.stringify([log.activities, customer.seen]);
    expect(everything).toContain('Bob here');
    expect(everything).not.toContain(NOTE);
    expect(everything).not.toContain(REASON);
  }, 60_000);
});
