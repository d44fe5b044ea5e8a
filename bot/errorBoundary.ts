import { ActivityTypes, type ConversationState, type TurnContext } from 'botbuilder';
import type { Logger } from '../adapters/logger';
import { MESSAGES } from '../dialogs/messages';

/**
 * One error boundary per turn: log with the conversation id, send a trace (shown only in the
 * Emulator), apologise in plain words (never the error text) and reset the dialog so the next
 * message starts clean.
 */
export function createErrorBoundary(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const conversationId = context.activity?.conversation?.id;
    logger.error('turn failed', { conversationId, channelId: context.activity?.channelId, err: error });
    try {
      await context.sendActivity({
        type: ActivityTypes.Trace,
        name: 'onTurnError',
        label: 'TurnError',
        valueType: 'https://www.botframework.com/schemas/error',
        value: error.message,
      });
      await context.sendActivity(MESSAGES.apology);
      await conversationState.delete(context);
    } catch (inner) {
      logger.error('error boundary could not reply', { conversationId, err: inner as Error });
    }
  };
}
