import {
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Assistant } from '../knowledge/assistant/types';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import { intakeFieldsSchema, isSkip, parseContact, readCaseAnswer } from './intakeParsing';
import type { DialogDeps, HandoffRequest } from './ports';
import type { IntakeOptions } from './present';
import { BUTTONS, decisionMessage } from './replies';
import { confirmed, yesNo } from './yesNo';

const PROMPT = 'intakeText';
const STEPS = 'intakeSteps';
/** A first message this long already says what happened; asking again would annoy. */
const DESCRIPTIVE_WORDS = 6;

interface Collected {
  caseId?: string;
  whatHappened?: string;
  when?: string;
  alreadyTried?: string;
  contact?: HandoffRequest['fields']['contact'];
}

/**
 * Collects what an agent needs (case id, what happened, when, what was tried, how to reach the
 * person), confirms it, and only then asks the hub for a ticket.
 */
export class IntakeDialog extends CancelAndHelpDialog {
  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
  ) {
    super(DIALOG.intake);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.introAndCaseId.bind(this),
        this.whatHappened.bind(this),
        this.when.bind(this),
        this.tried.bind(this),
        this.contact.bind(this),
        this.confirm.bind(this),
        this.confirmAgainIfUnclear.bind(this),
        this.submit.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private opts(step: WaterfallStepContext): IntakeOptions {
    return step.options as IntakeOptions;
  }

  private got(step: WaterfallStepContext): Collected {
    const v = step.values as { collected?: Collected };
    v.collected ??= {};
    return v.collected;
  }

  private ask(step: WaterfallStepContext, text: string, buttons: string[] = []): Promise<DialogTurnResult> {
    return step.prompt(PROMPT, { prompt: decisionMessage(text, this.opts(step).view, buttons) });
  }

  private async introAndCaseId(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { category, caseId, firstMessage, view, overdue } = this.opts(step);
    const got = this.got(step);
    const label = this.assistant.categoryLabel(category);
    // Say why: a person who is told to wait one day and escalated the next should see the reason.
    const why = !overdue
      ? ''
      : overdue.due
        ? `Your ${overdue.label} should have had an update by ${overdue.due}, so it's overdue. `
        : `A ${overdue.label} normally takes ${overdue.durationText}, so yours is overdue. `;
    await step.context.sendActivity(
      decisionMessage(
        `${why}This needs a person: I'll connect you with our **${label}** team. A few quick questions first, so they won't need to ask again.`,
        view,
      ),
    );
    if (category === 'security') {
      const steps = this.assistant.safetySteps().map((s, i) => `${i + 1}. ${s}`);
      await step.context.sendActivity(
        `While you wait, please do this now to protect your account:\n\n${steps.join('\n')}`,
      );
    }
    if (wordCount(firstMessage) >= DESCRIPTIVE_WORDS) got.whatHappened = firstMessage;
    const known = caseId ?? this.assistant.parseCaseId(firstMessage) ?? undefined;
    if (known) {
      got.caseId = known;
      return step.next();
    }
    return this.ask(step, 'What is the order or case number? If there is none, say "none".', ['None']);
  }

  private async whatHappened(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const got = this.got(step);
    if (typeof step.result === 'string') {
      const id = this.assistant.parseCaseId(step.result);
      const answer = id ? { caseId: id } : readCaseAnswer(step.result);
      if (answer.caseId) got.caseId = answer.caseId;
      if (answer.description && !got.whatHappened) got.whatHappened = answer.description;
    }
    if (got.whatHappened) return step.next();
    return this.ask(step, 'In a sentence or two, what happened?');
  }

  private async when(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const got = this.got(step);
    if (typeof step.result === 'string') got.whatHappened = step.result.trim();
    return this.ask(step, 'When did it happen or start? (for example "yesterday" or "12 November")', [
      "I'm not sure",
    ]);
  }

  private async tried(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const got = this.got(step);
    const answer = String(step.result ?? '');
    if (!isSkip(answer) && !/not sure/i.test(answer)) got.when = answer.trim();
    return this.ask(step, 'What have you already tried, if anything?', ['Nothing yet']);
  }

  private async contact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const got = this.got(step);
    const answer = String(step.result ?? '');
    if (!isSkip(answer) && !/nothing yet/i.test(answer)) got.alreadyTried = answer.trim();
    return this.ask(
      step,
      'How should our team reach you? Stay in this chat, or type an email address or phone number.',
      ['This chat'],
    );
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const got = this.got(step);
    got.contact = parseContact(String(step.result ?? '')) ?? { method: 'chat' };
    const { category } = this.opts(step);
    const lines = [
      `**Team:** ${this.assistant.categoryLabel(category)}`,
      `**Order or case:** ${got.caseId ?? 'none'}`,
      `**What happened:** ${got.whatHappened ?? ''}`,
      `**When:** ${got.when ?? 'not given'}`,
      `**Already tried:** ${got.alreadyTried ?? 'nothing yet'}`,
      `**Contact:** ${got.contact.method === 'chat' ? 'this chat' : `${got.contact.method} ${got.contact.value}`}`,
    ];
    return this.ask(step, `Here's what I'll send:\n\n${lines.join('\n\n')}\n\nShall I send it to our team?`, [
      BUTTONS.yes,
      BUTTONS.no,
    ]);
  }

  /** An answer that is neither yes nor no ("this chat", a question) is asked once more, not taken as a no. */
  private async confirmAgainIfUnclear(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = String(step.result ?? '');
    if (confirmed(answer) || yesNo(answer) === false) return step.next(answer);
    return this.ask(
      step,
      'Shall I send it to our team? Please answer **Yes** to send it, or **No** to stop.',
      [BUTTONS.yes, BUTTONS.no],
    );
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!confirmed(String(step.result ?? ''))) {
      await step.context.sendActivity("OK, I haven't sent anything. If you change your mind, just tell me.");
      return step.endDialog();
    }
    const got = this.got(step);
    const { category, reason } = this.opts(step);
    const fields = intakeFieldsSchema.safeParse(got);
    if (!fields.success) {
      await step.context.sendActivity(
        `I need a little more before I can send this: ${fields.error.issues[0].message}. Let's try again.`,
      );
      return step.replaceDialog(STEPS, this.opts(step));
    }
    const request: HandoffRequest = {
      category,
      reason,
      caseId: fields.data.caseId,
      summary: `${this.assistant.categoryLabel(category)}: ${fields.data.whatHappened}`.slice(0, 280),
      fields: fields.data,
    };
    if (!this.deps.handoff) {
      await step.context.sendActivity(
        'Thank you. Live agents are not connected to this assistant right now, so please use the contact options in the Help Center with the details above.',
      );
      return step.endDialog();
    }
    const outcome = await this.deps.handoff.request(step.context, request);
    await step.context.sendActivity(
      outcome.attached
        ? `You already have an open request (**${outcome.ticketId}**) for this, so I've added these details to it instead of opening a second one. ${outcome.statusText}`
        : `Done: your request **${outcome.ticketId}** is with our team. ${outcome.statusText}`,
    );
    return step.endDialog();
  }
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
