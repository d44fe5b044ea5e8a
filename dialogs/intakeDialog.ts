import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './sdk';
import type { Assistant } from '../knowledge/assistant/types';
import {
  confirmationOf,
  missingFields,
  ticketFields,
  type ConversationMemory,
  type IntakeAnswers,
  type IntakeField,
} from '../knowledge/conversation';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import { intakeFieldsSchema, isSkip, parseContact, readCaseAnswer } from './intakeParsing';
import { QUESTIONS } from './intakeQuestions';
import { intakeSummary } from './intakeSummary';
import type { DialogDeps, HandoffRequest } from './ports';
import type { IntakeOptions } from './present';
import { BUTTONS, decisionMessage } from './replies';
import { openSecurityTicket } from './securityTicket';
import { awaitAnswer, memoryOf, type MemoryAccessor } from './state';

const PROMPT = 'intakeText';
const STEPS = 'intakeSteps';
const LOOP = 'intakeLoop';
/** A first message this long already says what happened; asking again would annoy. */
const DESCRIPTIVE_WORDS = 6;

/** Intake's place in its loop: the answers so far and whether "Shall I send it?" was asked. */
interface Progress extends IntakeOptions {
  answers?: IntakeAnswers;
  confirmAsked?: boolean;
}

/**
 * Collects what an agent needs, asking only what the conversation has not already said and what
 * applies to the category (knowledge/conversation/intake.ts), confirms it, and only then asks the
 * hub for a ticket. Account security skips all that: its ticket opens at once (securityTicket.ts).
 */
export class IntakeDialog extends CancelAndHelpDialog {
  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
    private readonly memory: MemoryAccessor,
  ) {
    super(DIALOG.intake);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [this.intro.bind(this), this.askNext.bind(this), this.read.bind(this)]),
    );
    this.addDialog(new WaterfallDialog(LOOP, [this.askNext.bind(this), this.read.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private opts(step: WaterfallStepContext): Progress {
    return step.options as Progress;
  }

  private async intro(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { category, caseId, firstMessage, view, overdue } = this.opts(step);
    const memory = await memoryOf(this.memory, step.context);
    if (category === 'security')
      return openSecurityTicket(step, {
        assistant: this.assistant,
        deps: this.deps,
        memory,
        ...this.opts(step),
      });
    if (caseId) memory.caseId ??= caseId;
    // Each escalation describes itself: an earlier one's words are not this one's.
    memory.whatHappened = wordCount(firstMessage) >= DESCRIPTIVE_WORDS ? firstMessage.trim() : undefined;
    const label = this.assistant.categoryLabel(category);
    // Say why: a person who is told to wait one day and escalated the next should see the reason.
    const why = !overdue
      ? ''
      : overdue.due
        ? `Your ${overdue.label} should have had an update by ${overdue.due}, so it's overdue. `
        : `A ${overdue.label} normally takes ${overdue.durationText}, so yours is overdue. `;
    const more = missingFields(category, memory, { answered: [] }).length > 0;
    await step.context.sendActivity(
      decisionMessage(
        `${why}This needs a person: I'll connect you with our **${label}** team.` +
          (more ? " A few quick questions first, so they won't need to ask again." : ''),
        view,
      ),
    );
    return step.next();
  }

  /** Asks the first field still missing, or for the go-ahead when nothing is. */
  private async askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { category, view, answers = { answered: [] }, confirmAsked } = this.opts(step);
    if (category === 'security') return step.endDialog();
    const memory = await memoryOf(this.memory, step.context);
    const field = missingFields(category, memory, answers)[0];
    if (field) {
      (step.values as { asking?: IntakeField }).asking = field;
      await awaitAnswer(this.memory, step.context, { kind: 'intake', field });
      return step.prompt(PROMPT, {
        prompt: decisionMessage(QUESTIONS[field].text, view, QUESTIONS[field].buttons),
      });
    }
    await awaitAnswer(this.memory, step.context, { kind: 'confirm_ticket' });
    const text = confirmAsked
      ? 'Shall I send it to our team? Please answer **Yes** to send it, or **No** to stop.'
      : `Here's what I'll send:\n\n${intakeSummary(this.assistant, category, memory, answers)}\n\nShall I send it to our team?`;
    return step.prompt(PROMPT, { prompt: decisionMessage(text, view, [BUTTONS.yes, BUTTONS.no]) });
  }

  private async read(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const progress = this.opts(step);
    const asking = (step.values as { asking?: IntakeField }).asking;
    if (!asking) {
      const yes = confirmationOf(text);
      if (yes) return this.submit(step);
      // Neither yes nor no ("will it be quick?") is asked once more, never taken as either.
      if (yes === null && !progress.confirmAsked)
        return step.replaceDialog(LOOP, { ...progress, confirmAsked: true });
      await step.context.sendActivity("OK, I haven't sent anything. If you change your mind, just tell me.");
      return step.endDialog();
    }
    const memory = await memoryOf(this.memory, step.context);
    const answers = this.record(asking, text, memory, progress.answers ?? { answered: [] });
    return step.replaceDialog(LOOP, { ...progress, answers });
  }

  /** Keeps an answer: facts go to the conversation's memory, intake's own words to its answers. */
  private record(
    field: IntakeField,
    text: string,
    memory: ConversationMemory,
    before: IntakeAnswers,
  ): IntakeAnswers {
    const answers: IntakeAnswers = { ...before, answered: [...before.answered, field] };
    const t = text.trim();
    switch (field) {
      case 'caseId': {
        const id = this.assistant.parseCaseId(t);
        const read = id ? { caseId: id } : readCaseAnswer(t);
        if (read.caseId) memory.caseId = read.caseId;
        if ('description' in read && read.description) answers.whatHappened ??= read.description;
        break;
      }
      case 'whatHappened':
        answers.whatHappened = t;
        break;
      case 'when': {
        // The memory already holds a date read from this answer; words that are not one are kept as said.
        const date = this.assistant.parseWhen(t, this.deps.now(), memory.timeZone);
        if (date && !memory.startedAt) memory.startedAt = date.toISOString();
        if (!date && !isSkip(t) && !/not sure/i.test(t)) answers.whenSaid = t;
        break;
      }
      case 'alreadyTried':
        if (!isSkip(t) && !/nothing yet/i.test(t)) answers.alreadyTried = t;
        break;
      case 'contact':
        memory.contact = parseContact(t) ?? memory.contact ?? { method: 'chat' };
        break;
    }
    return answers;
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { category, reason, firstMessage, answers = { answered: [] } } = this.opts(step);
    const memory = await memoryOf(this.memory, step.context);
    const zone = memory.timeZone ?? this.assistant.timeZone;
    const fields = intakeFieldsSchema.safeParse(ticketFields(memory, answers, firstMessage, zone));
    if (!fields.success) {
      await step.context.sendActivity(
        `I need a little more before I can send this: ${fields.error.issues[0].message}. Let's try again.`,
      );
      return step.replaceDialog(LOOP, { ...this.opts(step), answers: { answered: [] }, confirmAsked: false });
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
    memory.mode = 'queued';
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
