import { ActivityHandler, MessageFactory, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from '../dialogs/sdk';
import { MESSAGES } from '../dialogs/messages';

/**
 * botbuilder-dialogs' turnState key for the memory-scope configuration a DialogStateManager
 * builds on the first dialog context of a turn (memory/dialogStateManager.js). Building it runs
 * the SDK's component service collection (about 3 % of the full bot's CPU per turn), and the
 * result depends only on the registered components, so it is kept from the first turn and
 * handed to later ones, as DialogManager does with its `stateConfiguration`. Should the SDK
 * rename the key, nothing is captured and every turn builds its own again.
 */
export const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';
/** turnState keys through which a turn can add its own memory scopes; such turns get no shared configuration. */
const TURN_SCOPE_KEYS = ['memoryScopes', 'pathResolvers'];

/**
 * The turn: greets new members, runs the dialog stack on messages, and saves state once at the
 * end of every turn (also when a middleware or a dialog failed half-way, see onTurnError).
 */
export class SupportBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private dialogStateConfiguration: unknown;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
  ) {
    super();
    // Built once: the set only names the root dialog, and the dialog state it reads is per turn.
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(dialog);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== botId);
      if (joined)
        await context.sendActivity(
          MessageFactory.suggestedActions([...MESSAGES.welcomeButtons], MESSAGES.welcome),
        );
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.runDialog(context);
      await next();
    });
  }

  private async runDialog(context: TurnContext): Promise<void> {
    const shareable = !TURN_SCOPE_KEYS.some((k) => context.turnState.has(k));
    if (shareable && this.dialogStateConfiguration && !context.turnState.has(DIALOG_STATE_CONFIGURATION))
      context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    if (shareable) this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}
