/**
 * Promises the product can keep, over /api/messages: "Our agents are away" only off hours or
 * with nobody signed in, the queue with its position otherwise; a call back is promised only
 * with a number and a time, and every time is written in the person's zone, in words.
 */
import { messageActivity, postActivity, startApp, type RunningApp } from '../support/appHarness';

const SECRET = 'correct-horse-battery-staple';
const HACKED = 'Someone hacked my account and changed my payout bank details';

/** One turn; the replies' texts and the last reply's suggested actions. */
async function turn(running: RunningApp, conversation: string, text: string, localTimezone?: string) {
  const { status, body } = await postActivity(
    running.baseUrl,
    messageActivity(text, {
      conversation: { id: conversation },
      from: { id: `person-${conversation}` },
      ...(localTimezone ? { localTimezone } : {}),
    }),
  );
  expect(status).toBe(200);
  const activities = body.activities ?? [];
  const last = activities.at(-1) as { suggestedActions?: { actions: Array<{ title: string }> } } | undefined;
  return {
    text: activities.map((a) => String(a.text ?? '')).join('\n'),
    buttons: (last?.suggestedActions?.actions ?? []).map((a) => a.title),
  };
}

describe('handoff promises over /api/messages', () => {
  describe('on Saturday night in London, for a person in New York', () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startApp({}, { now: () => new Date('2026-12-05T22:00:00Z') });
    });
    afterAll(async () => running.stop());

    it('when the person asks for a call back, then the bot asks the number and a time before promising, in their time', async () => {
      const tz = 'America/New_York';
      const opened = await turn(running, 'ny', HACKED, tz);
      expect(opened.text).toContain(
        'Our agents are away right now and back on Monday 7 December, 03:00 your time',
      );
      const ticketId = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(opened.text)![1];

      const asked = await turn(running, 'ny', 'callback', tz);
      expect(asked.text).toMatch(/What number should we call/);
      expect(asked.text).not.toMatch(/will call you/);

      expect((await turn(running, 'ny', 'whenever', tz)).text).toMatch(/doesn't look like a phone number/);

      const times = await turn(running, 'ny', '+1 212 555 0100', tz);
      expect(times.text).toMatch(/We'll call you on \+1 212 555 0100/);
      expect(times.text).not.toMatch(/Booked/);
      expect(times.buttons).toEqual([
        'Monday 7 December, 03:00 your time',
        'Monday 7 December, 05:00 your time',
        'Monday 7 December, 07:00 your time',
      ]);

      const booked = await turn(running, 'ny', times.buttons[0], tz);
      expect(booked.text).toContain(
        `Booked: an agent will call you on +1 212 555 0100 on Monday 7 December, 03:00 your time, about request ${ticketId}`,
      );
      const ticket = await running.app.handoff.store.get(ticketId);
      expect(ticket).toMatchObject({
        status: 'pending',
        followUp: { method: 'callback', phone: '+1 212 555 0100', at: '2026-12-07T08:00:00.000Z' },
      });
      expect(ticket?.followUp?.asking).toBeUndefined();
      const lines = (await running.app.handoff.store.listMessages(ticketId)).map((m) => m.text);
      expect(lines).toContain(
        'Customer asks for a call back on +1 212 555 0100 at Monday 7 December, 08:00 London time.',
      );
    });

    it('when the person says "never mind" to the call back, then nothing is promised, and "email" is noted instead', async () => {
      const opened = await turn(running, 'drop', HACKED, 'Europe/Paris');
      const ticketId = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(opened.text)![1];
      expect((await turn(running, 'drop', 'callback', 'Europe/Paris')).text).toMatch(/What number/);
      expect((await turn(running, 'drop', 'never mind', 'Europe/Paris')).text).toMatch(/no call back/);
      expect((await running.app.handoff.store.get(ticketId))?.followUp).toBeUndefined();
      // An ordinary message afterwards goes to the request again, not to the dropped question.
      expect((await turn(running, 'drop', 'it happened an hour ago', 'Europe/Paris')).text).toMatch(
        new RegExp(`added that to request ${ticketId}`),
      );
      expect((await turn(running, 'drop', 'email', 'Europe/Paris')).text).toMatch(/follow up by email/);
      expect((await running.app.handoff.store.get(ticketId))?.followUp).toEqual({ method: 'email' });
    });

    it("when the person's zone is unknown, then times name the agents' city instead of saying 'your time'", async () => {
      const opened = await turn(running, 'no-zone', HACKED);
      expect(opened.text).toContain('back on Monday 7 December, 08:00 London time');
      expect(opened.text).not.toContain('your time');
    });
  });

  describe('on Monday noon in London', () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startApp(
        { AGENTS: `alice:${SECRET}` },
        { now: () => new Date('2026-11-23T12:00:00Z') },
      );
    });
    afterAll(async () => running.stop());

    it('when nobody is signed in, then the person hears that, not that agents are away', async () => {
      const opened = await turn(running, 'nobody', HACKED, 'Europe/London');
      expect(opened.text).toMatch(/No agent is signed in at the moment/);
      expect(opened.text).not.toMatch(/agents are away/);
    });

    it('when an agent is signed in, then the person hears their place in the queue, and nothing about being away', async () => {
      const login = await fetch(`${running.baseUrl}/agent/api/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'alice', secret: SECRET }),
      });
      expect(login.status).toBe(200);
      const opened = await turn(running, 'queued', HACKED, 'Europe/London');
      expect(opened.text).toMatch(/You're number 2 in the queue/);
      expect(opened.text).not.toMatch(/agents are away|No agent is signed in/);
    });
  });
});
