import readline from 'node:readline';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/**
 * Drives the same bot from a terminal (the console-echo sample's pattern): each line typed is
 * one message activity; replies print as text, with suggested actions as a numbered list.
 */
export class ConsoleAdapter extends BotAdapter {
  private nextId = 0;
  /** The last buttons shown, so typing their number presses them. */
  private choices: string[] = [];
  private readonly reference: ConversationReference;

  constructor(
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
  ) {
    super();
    this.reference = {
      channelId: 'console',
      user: { id: 'console-user', name: 'You' },
      bot: { id: 'support-bot', name: 'Kingston Express Support' },
      conversation: {
        id: `console-${process.pid}`,
        isGroup: false,
        name: 'console',
        conversationType: 'personal',
      },
      serviceUrl: 'urn:console',
    };
  }

  /** Sends a conversationUpdate (the welcome), then one turn per line until input ends. */
  async listen(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runTurn(
      {
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [this.reference.user!, this.reference.bot!],
      },
      logic,
    );
    const rl = readline.createInterface({ input: this.input, terminal: false });
    this.output.write('> ');
    for await (const line of rl) {
      const picked = /^\d+$/.test(line.trim()) ? this.choices[Number(line.trim()) - 1] : undefined;
      if (line.trim()) await this.runTurn({ type: ActivityTypes.Message, text: picked ?? line }, logic);
      this.output.write('> ');
    }
  }

  private async runTurn(
    partial: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { ...partial, id: String(++this.nextId), timestamp: new Date(), localTimezone: localZone() },
      this.reference,
      true,
    ) as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type === ActivityTypes.Message) {
        if (a.text) this.output.write(`\n${a.text}\n`);
        for (const att of a.attachments ?? []) {
          const c = att.content as { title?: string; text?: string } | undefined;
          if (c?.title || c?.text) this.output.write(`\n[${c.title ?? ''}] ${c.text ?? ''}\n`);
        }
        if (a.suggestedActions)
          this.choices = a.suggestedActions.actions.map((act) => String(act.value ?? act.title));
        a.suggestedActions?.actions.forEach((act, i) => this.output.write(`  ${i + 1}. ${act.title}\n`));
      } else if (a.type === 'delay') {
        await new Promise((r) => setTimeout(r, typeof a.value === 'number' ? a.value : 1000));
      }
    }
    return activities.map(() => ({ id: String(++this.nextId) }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported by the console');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported by the console');
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity as Activity), logic);
  }
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
