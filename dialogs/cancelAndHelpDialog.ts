import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from './sdk';
import { MESSAGES } from './messages';
import { interruptionOf } from './interruptions';

/**
 * Base for every flow: help, cancel and start over work at any step (cancelAndHelpDialog.ts in
 * the core bot sample). Help answers and resumes the step; cancel and start over end the stack.
 */
export class CancelAndHelpDialog extends ComponentDialog {
  async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const result = await this.interrupt(inner);
    return result ?? super.onContinueDialog(inner);
  }

  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    if (inner.context.activity.type !== ActivityTypes.Message) return undefined;
    switch (interruptionOf(inner.context.activity.text)) {
      case 'help':
        await inner.context.sendActivity(MESSAGES.help);
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await inner.context.sendActivity(MESSAGES.cancelled);
        return inner.cancelAllDialogs(true);
      case 'start_over':
        await inner.context.sendActivity(MESSAGES.startOver);
        return inner.cancelAllDialogs(true);
      default:
        return undefined;
    }
  }
}
