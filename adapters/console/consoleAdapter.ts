import readline from 'node:readline';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { decideLeave, isLeaveCommand, PROMPT } from './leaving';
import { renderForTerminal, terminalSafe } from './terminalMarkdown';

export interface ConsoleOptions {
  /**
   * What is under way in the conversation (an open ticket, a question the bot waits on), as
   * sentences; asked when the person types quit. Read from the bot's state through `context`.
   */
  inProgress?: (context: TurnContext) => Promise<string[]>;
  /** ANSI bold and italics; by default when the output is a terminal and NO_COLOR is unset. */
  color?: boolean;
}

/**
 * Drives the same bot from a terminal (the console-echo sample's pattern): each line typed is
 * one message activity; replies print as text rendered from Markdown, with suggested actions as
 * a numbered list. `quit` or `exit` leaves (leaving.ts).
 */
export class ConsoleAdapter extends BotAdapter {
  private nextId = 0;
  /** The last buttons shown, so typing their number presses them. */
  private choices: string[] = [];
  private readonly reference: ConversationReference;
  private readonly color: boolean;

  constructor(
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
    private readonly options: ConsoleOptions = {},
  ) {
    super();
    this.color = options.color ?? ((output as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR);
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

  /** Sends a conversationUpdate (the welcome), then one turn per line until quit or the input ends. */
  async listen(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runTurn(
      {
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [this.reference.user!, this.reference.bot!],
      },
      logic,
    );
    const rl = readline.createInterface({ input: this.input, terminal: false });
    this.output.write(PROMPT);
    let warned = false;
    for await (const line of rl) {
      if (isLeaveCommand(line)) {
        const decision = decideLeave(await this.underWay(), warned);
        if (decision.leave) {
          this.output.write('\nGoodbye.\n');
          break;
        }
        this.output.write(`\n${decision.message}\n${PROMPT}`);
        warned = true;
        continue;
      }
      warned = false;
      const picked = /^\d+$/.test(line.trim()) ? this.choices[Number(line.trim()) - 1] : undefined;
      if (line.trim()) await this.runTurn({ type: ActivityTypes.Message, text: picked ?? line }, logic);
      this.output.write(PROMPT);
    }
    rl.close();
  }

  /** What is under way, read through a context of this conversation that runs no turn. */
  private async underWay(): Promise<string[]> {
    if (!this.options.inProgress) return [];
    return this.options.inProgress(new TurnContext(this, this.activity({ type: ActivityTypes.Message })));
  }

  private activity(partial: Partial<Activity>): Activity {
    return TurnContext.applyConversationReference(
      { ...partial, id: String(++this.nextId), timestamp: new Date(), localTimezone: localZone() },
      this.reference,
      true,
    ) as Activity;
  }

  private async runTurn(
    partial: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.runMiddleware(new TurnContext(this, this.activity(partial)), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type === ActivityTypes.Message) {
        if (a.text) this.output.write(`\n${this.render(a.text, a.textFormat)}\n`);
        for (const att of a.attachments ?? []) {
          const c = att.content as { title?: string; text?: string } | undefined;
          if (c?.title || c?.text)
            this.output.write(`\n[${c.title ?? ''}] ${this.render(c.text ?? '', undefined)}\n`);
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

  /** Markdown unless the activity says plain, as Web Chat reads it. */
  private render(text: string, format: string | undefined): string {
    return format === 'plain' ? terminalSafe(text) : renderForTerminal(text, { color: this.color });
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
