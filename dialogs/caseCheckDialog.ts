import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './sdk';
import type { AssessContext, Assistant } from '../knowledge/assistant/types';
import type { CaseFacts } from '../knowledge/types';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import type { DialogDeps } from './ports';
import { present, type CaseCheckOptions } from './present';
import { answerText, decisionMessage } from './replies';
import { awaitAnswer, memoryOf, type MemoryAccessor } from './state';

const PROMPT = 'caseCheckText';
const STEPS = 'caseCheckSteps';
const DONT_KNOW = "I don't know";

/**
 * Which process, since when: looks the case up when the person gives an id, otherwise asks for
 * the id or the start date, then lets the rule say wait (with the due date) or escalate.
 */
export class CaseCheckDialog extends CancelAndHelpDialog {
  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
    private readonly memory: MemoryAccessor,
  ) {
    super(DIALOG.caseCheck);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.lookupOrAsk.bind(this), this.afterAnswer.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private options(step: WaterfallStepContext): CaseCheckOptions {
    return step.options as CaseCheckOptions;
  }

  private async lookupOrAsk(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { caseId, process, article, view } = this.options(step);
    if (article && view) await step.context.sendActivity(decisionMessage(answerText(article), view));
    if (caseId) {
      const facts = await this.find(caseId);
      if (facts) return this.decide(step, { facts });
      await step.context.sendActivity(`I couldn't find a record for **${caseId}**. Please check the number.`);
      (step.values as { missed?: string }).missed = caseId;
    }
    const what = process ? `your ${this.assistant.process(process)?.label ?? 'case'}` : 'this';
    const prompt = decisionMessage(
      `To check whether ${what} is still on schedule: what's the order or case number (for example KX-100234)? Or tell me roughly when it started, like "3 days ago" or "since 10 November".`,
      { outcome: 'clarify', topic: null, category: null, confidence: 0.5, reason: 'case-check-question' },
      [DONT_KNOW],
    );
    await awaitAnswer(this.memory, step.context, { kind: 'case_or_date', process: process ?? null });
    return step.prompt(PROMPT, { prompt });
  }

  private async afterAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const { process } = this.options(step);
    const id = this.assistant.parseCaseId(text);
    if (id) {
      const facts = await this.find(id);
      if (facts) return this.decide(step, { facts, reply: text });
      const again = (step.values as { missed?: string }).missed !== undefined;
      await step.context.sendActivity(
        `I couldn't find a record for **${id}**${again ? ' either' : ''}. Without it, here is what normally happens:`,
      );
      (step.values as { missed?: string }).missed = id;
    }
    const data = await memoryOf(this.memory, step.context);
    const startedAt = this.assistant.parseWhen(text, this.deps.now(), data.timeZone);
    if (startedAt && process) return this.decide(step, { process, startedAt, reply: text });
    if (startedAt) return this.decide(step, { startedAt, reply: text });
    return this.explainTimeline(step, process, (step.values as { missed?: string }).missed === undefined);
  }

  private async decide(
    step: WaterfallStepContext,
    known: Pick<AssessContext, 'facts' | 'process' | 'startedAt' | 'reply'>,
  ): Promise<DialogTurnResult> {
    const data = await memoryOf(this.memory, step.context);
    const { firstMessage, process } = this.options(step);
    const text = firstMessage;
    const assessment = this.assistant.assess(text, {
      now: this.deps.now(),
      timeZone: data.timeZone,
      process: known.process ?? process ?? undefined,
      ...known,
    });
    // Without more to go on, asking again would loop: explain the timeline instead.
    if (assessment.kind === 'check_case') return this.explainTimeline(step, process);
    return present(step, assessment, {
      assistant: this.assistant,
      deps: this.deps,
      data,
      memory: this.memory,
      text,
    });
  }

  private async explainTimeline(
    step: WaterfallStepContext,
    processId: string | null,
    /** "No problem." fits "I don't know"; after a number that was not found it would not. */
    reassure = true,
  ): Promise<DialogTurnResult> {
    const process = processId ? this.assistant.process(processId) : undefined;
    const lead = reassure ? 'No problem. ' : '';
    // A decision like any other: the process's timeline told is an answer from its article, and
    // the reply says so in channelData.triage (DESIGN.md contract 3) for the widget, logs and eval.
    await step.context.sendActivity(
      process
        ? decisionMessage(
            `${lead}A ${process.label} normally takes ${process.durationText}. ${process.next} If it has been longer than that with no update, tell me when it started and I'll connect you with our team.`,
            {
              outcome: 'answer',
              topic: process.articleId,
              category: null,
              confidence: 0.5,
              reason: 'timeline-explained',
            },
          )
        : decisionMessage(
            `${lead}If you tell me which process it is (a dispute, return, refund, chargeback or delivery) and roughly when it started, I can tell you whether it's still on schedule.`,
            {
              outcome: 'clarify',
              topic: null,
              category: null,
              confidence: 0.5,
              reason: 'case-check-unanswered',
            },
          ),
    );
    return step.endDialog();
  }

  private async find(id: string): Promise<CaseFacts | null> {
    return this.deps.cases.find(id).catch(() => null);
  }
}
