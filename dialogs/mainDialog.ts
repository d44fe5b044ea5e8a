import type { StatePropertyAccessor } from 'botbuilder';
import {
  WaterfallDialog,
  type Dialog,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { Assistant } from '../knowledge/assistant/types';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import { interruptionOf } from './interruptions';
import { MESSAGES } from './messages';
import type { DialogDeps } from './ports';
import { present } from './present';
import { BUTTONS, decisionMessage } from './replies';
import { freshConversationData, MISSES_BEFORE_WALKTHROUGH, type ConversationData } from './state';
import { yesNo } from './yesNo';
import { smallTalkOf } from '../knowledge/assistant/smallTalk';

const ROUTE = 'mainRoute';

/**
 * The router: every new message starts here. It settles pending feedback and buttons, asks the
 * knowledge layer for an assessment (with the case record when the person named one) and hands
 * it to `present`.
 */
export class MainDialog extends CancelAndHelpDialog {
  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    children: Dialog[],
  ) {
    super(DIALOG.main);
    for (const child of children) this.addDialog(child);
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const text = (context.activity.text ?? '').trim();
    const data = await this.conversationData.get(context, freshConversationData());
    if (context.activity.localTimezone) data.timeZone = context.activity.localTimezone;

    const command = interruptionOf(text);
    if (command) {
      data.awaitingFeedback = undefined;
      await context.sendActivity(
        command === 'help' ? MESSAGES.help : command === 'cancel' ? MESSAGES.cancelled : MESSAGES.startOver,
      );
      return step.endDialog();
    }
    if (!text) {
      // A photo or document with no words (the widget's upload): acknowledge it and ask what it
      // is about, instead of silence. Other empty messages (a postBack with a value) stay silent.
      if ((context.activity.attachments ?? []).some((a) => typeof a.contentUrl === 'string')) {
        data.misses = 0;
        const view = { outcome: 'clarify' as const, topic: null, category: null, confidence: 0 };
        await context.sendActivity(
          decisionMessage(MESSAGES.attachmentOnly, view, [...MESSAGES.welcomeButtons]),
        );
      }
      return step.endDialog();
    }

    const feedback = data.awaitingFeedback;
    data.awaitingFeedback = undefined;
    const helpful = feedback ? yesNo(text) : null;
    if (feedback && helpful !== null) return this.recordFeedback(step, data, feedback, helpful);

    if (text === BUTTONS.walkThrough || text === BUTTONS.talkToPerson)
      return step.beginDialog(DIALOG.walkthrough, { firstMessage: text });
    if (text === BUTTONS.somethingElse) {
      data.misses = 0;
      await context.sendActivity('Sure, what would you like to know?');
      return step.endDialog();
    }

    const talk = smallTalkOf(text);
    if (talk) {
      data.misses = 0;
      const view = { outcome: 'out_of_scope' as const, topic: null, category: null, confidence: 1 };
      const buttons = talk === 'goodbye' ? [] : [...MESSAGES.welcomeButtons];
      await context.sendActivity(decisionMessage(MESSAGES[talk], view, buttons));
      return step.endDialog();
    }

    const now = this.deps.now();
    const caseId = this.assistant.parseCaseId(text);
    const facts = caseId ? await this.deps.cases.find(caseId).catch(() => null) : null;
    const assessment = this.assistant.assess(text, { now, timeZone: data.timeZone, facts });
    return present(step, assessment, { assistant: this.assistant, deps: this.deps, data, text });
  }

  private async recordFeedback(
    step: WaterfallStepContext,
    data: ConversationData,
    feedback: NonNullable<ConversationData['awaitingFeedback']>,
    helpful: boolean,
  ): Promise<DialogTurnResult> {
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
    const view = { outcome: 'clarify' as const, topic: feedback.articleId, category: null, confidence: 0 };
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
