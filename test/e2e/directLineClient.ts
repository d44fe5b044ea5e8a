/** A tiny Direct Line client over REST polling, for end-to-end tests (no fakes of our code). */
export interface DlActivity {
  type: string;
  id?: string;
  text?: string;
  name?: string;
  replyToId?: string;
  from: { id: string; name?: string; role?: string };
  value?: unknown;
  suggestedActions?: { actions: Array<{ title: string }> };
}

export class DirectLineTestClient {
  private watermark = '';
  readonly seen: DlActivity[] = [];
  private constructor(
    private readonly base: string,
    readonly token: string,
    readonly conversationId: string,
  ) {}

  /** Gets a widget token and starts the conversation, as Web Chat does. */
  static async start(base: string, localTimezone?: string): Promise<DirectLineTestClient> {
    const t = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST' })).json()) as {
      token: string;
      conversationId: string;
    };
    const res = await fetch(`${base}/v3/directline/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: 'en-GB', ...(localTimezone ? {} : {}) }),
    });
    if (res.status !== 201) throw new Error(`start failed: ${res.status}`);
    return new DirectLineTestClient(base, t.token, t.conversationId);
  }

  /** Posts a message as Web Chat does; resolves with the id the server gave it, once acknowledged. */
  async say(text: string): Promise<string> {
    const res = await fetch(`${this.base}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text,
        from: { id: 'ignored' },
        localTimezone: 'Europe/London',
      }),
    });
    if (res.status !== 200) throw new Error(`post failed: ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** Plays a script: for each step waits for the bot's line, then answers it (when an answer is given). */
  async converse(steps: Array<[expect: RegExp, answer?: string]>): Promise<DlActivity> {
    let last: DlActivity | undefined;
    for (const [expected, answer] of steps) {
      last = await this.waitFor(expected);
      if (answer !== undefined) await this.say(answer);
    }
    return last!;
  }

  /** The ticket id the bot names when it confirms a request ("your request **T-…**"). */
  /**
   * A widget customer who reports a hacked account, which opens the security ticket at once:
   * the common start of the handoff tests. Returns the client and the ticket id.
   */
  static async openSecurityTicket(
    base: string,
  ): Promise<{ customer: DirectLineTestClient; ticketId: string }> {
    const customer = await DirectLineTestClient.start(base);
    await customer.waitFor(/support assistant/);
    await customer.say('Someone hacked my account and changed my payout bank details');
    // A compromise opens its urgent ticket in the first reply: nothing is asked first.
    const done = await customer.waitFor(/opened request \*\*T-/);
    return { customer, ticketId: DirectLineTestClient.ticketIdIn(done.text) };
  }

  static ticketIdIn(text: string | undefined): string {
    const m = /\*\*(T-[A-Z0-9-]+)\*\*/.exec(text ?? '');
    if (!m) throw new Error(`no ticket id in ${JSON.stringify(text)}`);
    return m[1];
  }

  /** Polls until a bot activity after the last one seen matches, and returns it. */
  async waitFor(match: RegExp | ((a: DlActivity) => boolean), timeoutMs = 15_000): Promise<DlActivity> {
    const test =
      typeof match === 'function'
        ? match
        : (a: DlActivity) => a.type === 'message' && match.test(a.text ?? '');
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const res = await fetch(
        `${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`,
        { headers: { Authorization: `Bearer ${this.token}` } },
      );
      const body = (await res.json()) as { activities: DlActivity[]; watermark: string };
      this.watermark = body.watermark;
      for (const a of body.activities) {
        this.seen.push(a);
      }
      const found = this.pending().find((a) => a.from.role === 'bot' && test(a));
      if (found) {
        this.consumed.add(found);
        return found;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(
      `no bot activity matching ${String(match)}; saw: ${JSON.stringify(this.seen.map((a) => a.text ?? a.name))}`,
    );
  }

  private readonly consumed = new Set<DlActivity>();
  private pending(): DlActivity[] {
    const lastConsumed = Math.max(-1, ...[...this.consumed].map((a) => this.seen.indexOf(a)));
    return this.seen.slice(lastConsumed + 1);
  }
}
