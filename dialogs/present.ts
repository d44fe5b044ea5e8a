import type { DialogContext, DialogTurnResult } from './sdk';
import type { ArticleRef, Assessment, Assistant } from '../knowledge/assistant/types';
import { toldAfter, type Told } from '../knowledge/conversation';
import { DIALOG } from './ids';
import { MESSAGES } from './messages';
import { answerWithFeedback, decisionMessage, didYouMean, outOfScope, BUTTONS } from './replies';
import { MISSES_BEFORE_WALKTHROUGH, type ConversationData, type MemoryAccessor } from './state';
import type { DialogDeps } from './ports';

/** Everything a flow needs to act out an assessment. */
export interface PresentContext {
  assistant: Assistant;
  deps: DialogDeps;
  /** This turn's memory (memoryOf); flows note in it what they learn and ask. */
  data: ConversationData;
  memory: MemoryAccessor;
  /** The message the assessment is about. */
  text: string;
  /** The assessment repeats the status the person was already given ("any news?"). */
  repeated?: boolean;
}

/** The options intake starts with. */
export interface IntakeOptions {
  category: NonNullable<Assessment['view']['category']>;
  reason: string;
  caseId?: string;
  firstMessage: string;
  view: Assessment['view'];
  /** Past its timeline: what is overdue, its normal timeline, and its due date when the start is known. */
  overdue?: { label: string; durationText: string; due?: string };
}

/** The options the case check starts with. */
export interface CaseCheckOptions {
  process: string | null;
  /** The general answer to give before asking, when there is one. */
  article?: ArticleRef;
  caseId?: string;
  firstMessage: string;
  view?: Assessment['view'];
}

/**
 * Acts out one assessment: sends the reply, or replaces the calling step with the flow it calls for
 * (so that flow's end is the caller's end). The decision was made
 * in knowledge/; this only chooses words and buttons.
 */
export async function present(
  dc: DialogContext,
  a: Assessment,
  p: PresentContext,
): Promise<DialogTurnResult> {
  const send = (activity: Parameters<typeof dc.context.sendActivity>[0]) => dc.context.sendActivity(activity);
  const tz = p.data.timeZone;
  remember(p.data, a, p.deps.now());
  switch (a.kind) {
    case 'answer':
      p.data.misses = 0;
      p.data.pending = { kind: 'feedback', articleId: a.article.id, query: p.text };
      await send(answerWithFeedback(a.article, a.view));
      return dc.endDialog();
    case 'clarify':
      // Not sure enough to answer: the lead's inbox gets it, with the articles offered instead.
      await p.deps.feedback.unanswered({
        conversationId: dc.context.activity.conversation.id,
        text: p.text,
        candidates: a.candidates.map((c) => c.id),
        at: p.deps.now(),
      });
      p.data.misses += 1;
      if (p.data.misses >= MISSES_BEFORE_WALKTHROUGH) return offerWalkthrough(dc, a);
      await send(didYouMean(a.candidates, a.view));
      return dc.endDialog();
    case 'out_of_scope':
      await p.deps.feedback.unanswered({
        conversationId: dc.context.activity.conversation.id,
        text: p.text,
        candidates: [],
        at: p.deps.now(),
      });
      await send(outOfScope(p.assistant, a.view));
      return dc.endDialog();
    case 'triage':
      return dc.replaceDialog(DIALOG.walkthrough, { firstMessage: p.text });
    case 'wait':
      await send(
        decisionMessage(
          (p.repeated ? MESSAGES.repeatedStatus + '\n\n' : '') + waitText(a, p.assistant, tz),
          a.view,
        ),
      );
      return dc.endDialog();
    case 'calm':
      await send(decisionMessage(calmText(a, p.assistant, tz), a.view));
      return dc.endDialog();
    case 'check_case':
      return dc.replaceDialog(DIALOG.caseCheck, {
        process: a.process?.id ?? null,
        caseId: a.caseId,
        article: a.article,
        firstMessage: p.text,
        view: a.view,
      } satisfies CaseCheckOptions);
    case 'escalate':
      return dc.replaceDialog(DIALOG.intake, {
        category: a.category,
        reason: a.reason,
        caseId: a.caseId,
        firstMessage: p.text,
        view: a.view,
        overdue:
          a.reason.endsWith('past-timeline') && a.process
            ? {
                label: a.process.label,
                durationText: a.process.durationText,
                due: a.due ? p.assistant.formatDate(a.due, tz) : undefined,
              }
            : undefined,
      } satisfies IntakeOptions);
  }
}

/**
 * Notes what the person is told, whichever flow told it, so a follow-up ("any news?", "and by
 * PayPal?") can be read against it on the next turn.
 */
function remember(data: ConversationData, a: Assessment, now: Date): void {
  const topic = a.view.topic ?? undefined;
  const told: Told = {
    outcome: a.kind,
    reason: a.reason,
    at: now.toISOString(),
    ...(topic ? { articleId: topic } : {}),
    ...((a.kind === 'wait' || a.kind === 'calm') && a.due ? { due: a.due.toISOString() } : {}),
    ...('process' in a && a.process ? { process: a.process.id } : {}),
    ...(a.kind === 'escalate' ? { category: a.category } : {}),
  };
  data.last = toldAfter(data.last, told);
  if (topic) data.lastTopic = topic;
  if (data.last.due) data.lastStatus = data.last;
  if ((a.kind === 'wait' || a.kind === 'calm') && a.process) data.process = a.process.id;
}

async function offerWalkthrough(dc: DialogContext, a: Assessment): Promise<DialogTurnResult> {
  await dc.context.sendActivity(
    decisionMessage(MESSAGES.missesOffer, { ...a.view, outcome: 'triage' }, [
      BUTTONS.walkThrough,
      BUTTONS.somethingElse,
    ]),
  );
  return dc.endDialog();
}

function waitText(a: Extract<Assessment, { kind: 'wait' }>, assistant: Assistant, tz?: string): string {
  const due = assistant.formatDate(a.due, tz);
  return (
    `Your ${a.process.label} is still within its normal timeline of ${a.process.durationText}, so there's nothing to chase yet: ` +
    `no update doesn't mean no progress. **An update is due by ${due}.** ${a.process.next}\n\n` +
    `Contacting support now would not speed it up. If you've heard nothing by ${due}, come back and I'll connect you with our team.`
  );
}

function calmText(a: Extract<Assessment, { kind: 'calm' }>, assistant: Assistant, tz?: string): string {
  const ack = "I understand this is frustrating, and I'm sorry it's taking longer than you'd like.";
  if (a.openCase)
    return `${ack} Your case is already with our **${assistant.categoryLabel(a.openCase)}** team, and a person will take it from there; a new request wouldn't make it faster. If something has changed, tell me what and I'll add it to your case.`;
  if (a.process && a.due) {
    return `${ack} Your ${a.process.label} is still on track: an update is due by ${assistant.formatDate(a.due, tz)}. ${a.process.next} A new ticket wouldn't make it faster, but if something has changed or gone wrong, tell me what and I'll look again.`;
  }
  return `${ack} Tell me what's happening: the order or case number, and what has changed or gone wrong. If it needs a person, I'll connect you; if it's still within its normal timeline, I'll tell you exactly when to expect an update.`;
}
