import { ActionTypes, ActivityTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { ArticleRef, Assistant, DecisionView } from '../knowledge/assistant/types';

/** Button labels the dialogs also recognise when typed. */
export const BUTTONS = {
  yes: 'Yes',
  no: 'No',
  walkThrough: 'Walk me through it',
  somethingElse: 'Ask something else',
  noneOfThese: 'None of these',
  talkToPerson: 'Talk to a person',
} as const;

const imBack = (title: string, value = title): CardAction => ({ type: ActionTypes.ImBack, title, value });

/** A message carrying a triage decision: `channelData.triage` is set (DESIGN.md contract 3). */
export function decisionMessage(text: string, view: DecisionView, buttons: string[] = []): Partial<Activity> {
  const activity: Partial<Activity> = buttons.length
    ? MessageFactory.suggestedActions(
        buttons.map((b) => imBack(b)),
        text,
      )
    : MessageFactory.text(text);
  activity.channelData = { triage: { ...view } };
  activity.textFormat = 'markdown';
  return activity;
}

/** The short answer, the article's title and link. */
export function answerText(article: ArticleRef): string {
  return `**${article.title}**\n\n${article.summary}\n\n[Read the full article: ${article.title}](${article.url})`;
}

/** The feedback question every answer ends with; the lead's dashboard counts the replies. */
const FEEDBACK_QUESTION = 'Did this answer your question?';

/**
 * An answer and "did this answer your question?" in one message, its Yes / No as the message's
 * buttons: one activity per answer instead of two (one reply to read, one send through the
 * adapter, the relay and the transcript), and the question stays beside what it asks about.
 */
export function answerWithFeedback(article: ArticleRef, view: DecisionView): Partial<Activity> {
  return decisionMessage(`${answerText(article)}\n\n${FEEDBACK_QUESTION}`, view, [BUTTONS.yes, BUTTONS.no]);
}

export function didYouMean(candidates: ArticleRef[], view: DecisionView): Partial<Activity> {
  return decisionMessage("I'm not sure I understood. Did you mean one of these?", view, [
    ...candidates.map((c) => c.title),
    BUTTONS.noneOfThese,
  ]);
}

export function outOfScope(assistant: Assistant, view: DecisionView): Partial<Activity> {
  const topics = assistant.starterTopics();
  return decisionMessage(
    "Sorry, that's outside what I can help with here. I'm the Kingston Express support assistant: I can explain orders, delivery, returns and refunds, payments, seller payouts and account settings, check whether a case is still on track, and connect you with our team when it needs a person.",
    view,
    topics.slice(0, 4).map((t) => t.title),
  );
}

export function typing(): Partial<Activity> {
  return { type: ActivityTypes.Typing };
}
