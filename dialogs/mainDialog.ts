import { ActivityTypes } from 'botbuilder';
import {
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from './sdk';
import { smallTalkOf } from '../knowledge/assistant/smallTalk';
import type { Assistant } from '../knowledge/assistant/types';
import type { ConversationMemory, PendingQuestion } from '../knowledge/conversation';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import { handoverQuestion } from './intakeQuestions';
import { interruptionOf } from './interruptions';
import { MESSAGES } from './messages';
import type { DialogDeps } from './ports';
import { present } from './present';
import { BUTTONS, decisionMessage } from './replies';
import { MISSES_BEFORE_WALKTHROUGH, memoryOf, type MemoryAccessor } from './state';
import { forgetTurn, turnOutcome, type TurnParts } from './turn';
import { yesNo } from './yesNo';

const ROUTE = 'mainRoute';

/**
 * The router: every new message starts here. The knowledge layer reads the message in its
 * conversation (Assistant.turn); this settles feedback and buttons and hands the assessment to
 * `present`. While a flow waits on a question, a cancel or a new question is caught here first,
 * before the flow's prompt sees it (Bot Framework's interruption pattern).
 */
export class MainDialog extends CancelAndHelpDialog {
  private readonly parts: TurnParts;

  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
    private readonly memory: MemoryAccessor,
    children: Dialog[],
  ) {
    super(DIALOG.main);
    this.parts = { assistant, deps, memory };
    for (const child of children) this.addDialog(child);
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const { context } = inner;
    if (context.activity.type !== ActivityTypes.Message || !(context.activity.text ?? '').trim())
      return super.onContinueDialog(inner);
    const outcome = await turnOutcome(this.parts, context);
    if (outcome.kind === 'cancel') {
      await context.sendActivity(MESSAGES.cancelled);
      return inner.cancelAllDialogs(true);
    }
    if (outcome.kind === 'vent') {
      // A feeling vented instead of the intake's answer: acknowledged, and the flow keeps waiting on
      // the same question (its prompt is still the active dialog), so the case is not lost.
      await context.sendActivity(ventMessage(outcome.pending, outcome.reason));
      return { status: DialogTurnStatus.waiting };
    }
    if (outcome.kind === 'assessed') {
      // A new question instead of an answer: the flow's question is dropped, the message routed.
      // Only this dialog's own flows are cancelled: cancelling its parents too would end the router
      // itself, and whatever flow the new question starts (a second escalation's intake) would be
      // gone by the next turn, its answer read as a message of its own.
      await inner.cancelAllDialogs(false);
      return inner.beginDialog(ROUTE);
    }
    return super.onContinueDialog(inner);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const text = (context.activity.text ?? '').trim();
    if (!text) {
      // A photo or document with no words (the widget's upload): acknowledge it and ask what it
      // is about, instead of silence. Other empty messages (a postBack with a value) stay silent.
      if ((context.activity.attachments ?? []).some((a) => typeof a.contentUrl === 'string')) {
        (await memoryOf(this.memory, context)).misses = 0;
        const view = {
          outcome: 'clarify' as const,
          topic: null,
          category: null,
          confidence: 0,
          reason: 'attachment-only',
        };
        await context.sendActivity(
          decisionMessage(MESSAGES.attachmentOnly, view, [...MESSAGES.welcomeButtons]),
        );
      }
      return step.endDialog();
    }

    let outcome = await turnOutcome(this.parts, context);
    const command = interruptionOf(text);
    if (outcome.kind === 'cancel' || command) {
      await context.sendActivity(
        command === 'help'
          ? MESSAGES.help
          : command === 'start_over'
            ? MESSAGES.startOver
            : MESSAGES.cancelled,
      );
      return step.endDialog();
    }
    if (outcome.kind === 'vent') {
      // The flow that asked is gone (a restart, an error reset): the feeling is still acknowledged.
      await context.sendActivity(ventMessage(outcome.pending, outcome.reason));
      return step.endDialog();
    }
    if (outcome.kind === 'pending_answer') {
      if (outcome.pending.kind === 'feedback')
        return this.recordFeedback(step, await memoryOf(this.memory, context), outcome.pending, text);
      // The flow that asked is gone (a restart, an error reset): read the message on its own.
      forgetTurn(context);
      outcome = await turnOutcome(this.parts, context);
    }
    const current = await memoryOf(this.memory, context);

    if (text === BUTTONS.walkThrough || text === BUTTONS.talkToPerson)
      return step.beginDialog(DIALOG.walkthrough, { firstMessage: text });
    if (text === BUTTONS.somethingElse) {
      current.misses = 0;
      await context.sendActivity('Sure, what would you like to know?');
      return step.endDialog();
    }

    const talk = smallTalkOf(text);
    if (talk) {
      current.misses = 0;
      const view = {
        outcome: 'out_of_scope' as const,
        topic: null,
        category: null,
        confidence: 1,
        reason: `small-talk-${talk}`,
      };
      const buttons = talk === 'goodbye' ? [] : [...MESSAGES.welcomeButtons];
      await context.sendActivity(decisionMessage(MESSAGES[talk], view, buttons));
      return step.endDialog();
    }
    if (outcome.kind !== 'assessed') return step.endDialog();
    return present(step, outcome.assessment, {
      assistant: this.assistant,
      deps: this.deps,
      data: current,
      memory: this.memory,
      text,
      repeated: outcome.repeats,
    });
  }

  private async recordFeedback(
    step: WaterfallStepContext,
    data: ConversationMemory,
    feedback: Extract<PendingQuestion, { kind: 'feedback' }>,
    text: string,
  ): Promise<DialogTurnResult> {
    const helpful = yesNo(text) ?? false;
    await this.deps.feedback.feedback({
      conversationId: step.context.activity.conversation.id,
      articleId: feedback.articleId,
      helpful,
      query: feedback.query,
      at: this.deps.now(),
    });
    if (helpful) {
      data.misses = 0;
      await step.context.sendActivity(MESSAGES.glad);
      return step.endDialog();
    }
    data.misses += 1;
    const view = {
      outcome: 'clarify' as const,
      topic: feedback.articleId,
      category: null,
      confidence: 0,
      reason: 'answer-not-helpful',
    };
    await step.context.sendActivity(
      decisionMessage(
        data.misses >= MISSES_BEFORE_WALKTHROUGH ? MESSAGES.missesOffer : MESSAGES.sorryNotHelpful,
        view,
        [BUTTONS.walkThrough, BUTTONS.somethingElse],
      ),
    );
    return step.endDialog();
  }
}

/** What is said, and as which outcome, for each thing said instead of the handover's answer. */
const INSTEAD_OF_ANSWER = {
  'feeling-during-handover': { outcome: 'calm', said: MESSAGES.ventDuringHandover },
  'status-during-handover': { outcome: 'calm', said: MESSAGES.statusDuringHandover },
  'aside-during-handover': { outcome: 'out_of_scope', said: MESSAGES.asideDuringHandover },
} as const;

/**
 * The reply to a feeling vented, a status asked or a question not ours asked aside while a case
 * is handed over (DESIGN.md's calm: acknowledge, say what happens next, no second ticket), asking
 * the question still waiting, if its flow is there.
 */
function ventMessage(pending: PendingQuestion, reason: keyof typeof INSTEAD_OF_ANSWER) {
  const question = handoverQuestion(pending);
  const { outcome, said } = INSTEAD_OF_ANSWER[reason];
  const view = { outcome, topic: null, category: null, confidence: 1, reason };
  const text = question
    ? `${said}

${question.text}`
    : said;
  return decisionMessage(text, view, question?.buttons ?? []);
}
