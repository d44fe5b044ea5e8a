/**
 * The one satisfaction question after an agent closed the ticket (handoff.md §6): the next
 * message may answer it, in figures, words or by button. Anything else lets the question lapse
 * and goes to the bot as an ordinary message.
 */
import type { TurnContext } from 'botbuilder';
import { surveyScore } from '../../knowledge/conversation';
import type { Ticket } from '../../handoff/types';
import type { RelayDeps } from './relayDeps';

/** A satisfaction score 1–5 in figures or words ("4 out of 5", "5 stars", "great"); null otherwise. */
export const csatScore = surveyScore;

/** True when the ticket waits for its survey answer. */
export function awaitsSurvey(latest: Ticket): boolean {
  return latest.status === 'resolved' && latest.csatAsked === true && !latest.csatClosed;
}

/** Records the answer when this message is one; true when the turn is answered here. */
export async function answerSurvey(deps: RelayDeps, context: TurnContext, latest: Ticket): Promise<boolean> {
  if (!awaitsSurvey(latest)) return false;
  const score = csatScore(context.activity.text);
  await deps.service.recordCsat(latest, score);
  if (score === null) return false; // not an answer: the question lapses and the bot carries on
  await context.sendActivity(deps.service.words.say('surveyThanks', { score }));
  return true;
}
