import {
  ActivityTypes,
  BotAdapter,
  INVOKE_RESPONSE_KEY,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';

/** The serviceUrl of widget conversations; proactive code picks this adapter by it. */
export const DIRECTLINE_SERVICE_URL = 'urn:selfhosted:directline';
/** Web Chat's channel id: botbuilder-dialogs renders choices as suggested actions on it. */
export const DIRECTLINE_CHANNEL_ID = 'webchat';

/** Where outgoing activities go: the Direct Line service stores and streams them. */
export type DeliverActivity = (activity: Partial<Activity>) => Promise<ResourceResponse>;

type Logic = (context: TurnContext) => Promise<void>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs Direct Line turns in process, like the console sample's ConsoleAdapter: no inbound JWT
 * (a browser has none) and no outbound HTTP per reply, as CloudAdapter would need.
 */
export class LocalDirectLineAdapter extends BotAdapter {
  constructor(private readonly deliver: DeliverActivity) {
    super();
  }

  /** Runs one turn for an inbound activity through the middleware and `logic`. */
  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  /** Mirrors CloudAdapterBase.sendActivities: delay sleeps, invokeResponse is kept, trace dropped. */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await sleep(typeof activity.value === 'number' ? activity.value : 1000);
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.InvokeResponse) {
        context.turnState.set(INVOKE_RESPONSE_KEY, activity);
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.Trace || isHiddenEvent(activity)) {
        responses.push({ id: '' });
      } else {
        responses.push(await this.deliver(activity));
      }
    }
    return responses;
  }

  /** Direct Line has no edit; the Azure channel refuses it too. */
  async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported on Direct Line');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported on Direct Line');
  }

  /** Runs `logic` in a proactive turn for a stored reference (agent relay, handoff status). */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.processActivity(activity, logic);
  }

  /** The CloudAdapter-style signature, so proactive code calls both adapters alike. */
  async continueConversationAsync(
    _botAppIdOrClaims: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new Error('continueConversationAsync: logic is required');
    await this.continueConversation(reference, logic);
  }
}

/**
 * `handoff.initiate` passes: the relay sends it only to conversations whose channel is listed in
 * HANDOFF_EVENT_CHANNELS, where a contact centre connected as a Direct Line client watches for it,
 * and the service (DirectLineService.deliverOutgoing) then withholds it from every conversation a
 * browser started with a widget token. Any other `handoff.*` name is the hub's, never the bot's to send.
 */
function isHiddenEvent(activity: Partial<Activity>): boolean {
  return (
    activity.type === ActivityTypes.Event &&
    typeof activity.name === 'string' &&
    activity.name.startsWith('handoff.') &&
    activity.name !== 'handoff.initiate'
  );
}
