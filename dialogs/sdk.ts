/**
 * The parts of botbuilder-dialogs the bot uses, each imported from its own file. The package's
 * index loads every prompt, and its number, date-time and choice prompts load Microsoft's
 * recognizers-text (about half a second of the compiled server's start-up, issue 14); the bot
 * uses none of them. They are the same modules the index re-exports, so a class is the same
 * class whichever way a test imports it. Types are free, so they still come from the index.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export type {
  Dialog,
  DialogContext,
  DialogState,
  DialogTurnResult,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
