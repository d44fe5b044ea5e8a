import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './sdk';
import type { Assistant } from '../knowledge/assistant/types';
import type { Category } from '../knowledge/types';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { DIALOG } from './ids';
import type { DialogDeps } from './ports';
import { present, type CaseCheckOptions, type IntakeOptions } from './present';
import { BUTTONS, decisionMessage } from './replies';
import { awaitAnswer, memoryOf, type MemoryAccessor } from './state';
import { yesNo } from './yesNo';

const PROMPT = 'walkthroughText';
const STEPS = 'walkthroughSteps';

/** Answers to question 3, as buttons; free text goes through the knowledge layer instead. */
const RISK_CHOICES: Array<[string, Category]> = [
  ['Account security', 'security'],
  ['Dispute or chargeback', 'dispute-chargeback'],
  ['Dispatched by Kingston Express', 'dispatch'],
];

const Q1 =
  "Let's check together whether this needs our team. **1 of 3:** Is this about something already in progress, such as a dispute, a return, a refund, a chargeback or a delivery?";
const Q2 =
  '**2 of 3:** Is there new information, or has something gone wrong (an error, or a decision that looks clearly wrong)?';
const Q3 =
  '**3 of 3:** Does it involve account security, money in a dispute or chargeback, or an order Dispatched by Kingston Express?';

/**
 * The three questions of the Help Center guide, with buttons; typed answers work too. A typed
 * description that already says what is wrong is assessed directly instead of asking on.
 */
export class WalkthroughDialog extends CancelAndHelpDialog {
  constructor(
    private readonly assistant: Assistant,
    private readonly deps: DialogDeps,
    private readonly memory: MemoryAccessor,
  ) {
    super(DIALOG.walkthrough);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askActive.bind(this),
        this.afterActive.bind(this),
        this.afterWhich.bind(this),
        this.afterNewInfo.bind(this),
        this.afterRisk.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext, text: string, buttons: string[]): Promise<DialogTurnResult> {
    const view = {
      outcome: 'triage',
      topic: null,
      category: null,
      confidence: 1,
      reason: 'walkthrough-question',
    } as const;
    await awaitAnswer(this.memory, step.context, { kind: 'walkthrough' });
    return step.prompt(PROMPT, { prompt: decisionMessage(text, view, buttons) });
  }

  private askActive(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, Q1, [BUTTONS.yes, BUTTONS.no]);
  }

  private async afterActive(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const answer = yesNo(text);
    if (answer === null) return this.assessTyped(step, text);
    if (!answer) return step.next();
    const labels = this.assistant.processes().map((p) => capitalise(p.label));
    values(step).askedWhich = true;
    return this.ask(step, 'Which process is it?', labels);
  }

  private async afterWhich(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!values(step).askedWhich) return this.ask(step, Q2, [BUTTONS.yes, BUTTONS.no]);
    const text = String(step.result ?? '').toLowerCase();
    const process = this.assistant.processes().find((p) => p.label.toLowerCase() === text);
    const options: CaseCheckOptions = {
      process: process?.id ?? null,
      firstMessage: String(step.result ?? ''),
    };
    if (!process) return this.assessTyped(step, String(step.result ?? ''));
    return step.replaceDialog(DIALOG.caseCheck, options);
  }

  private async afterNewInfo(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const answer = yesNo(text);
    if (answer === null) return this.assessTyped(step, text);
    values(step).newInfo = answer;
    return this.ask(step, Q3, [...RISK_CHOICES.map(([label]) => label), BUTTONS.noneOfThese]);
  }

  private async afterRisk(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const chosen = RISK_CHOICES.find(([label]) => label.toLowerCase() === text.toLowerCase());
    if (chosen) {
      const [, category] = chosen;
      const options: IntakeOptions = {
        category,
        reason: 'walkthrough-answers',
        firstMessage: text,
        view: { outcome: 'escalate', topic: null, category, confidence: 1, reason: 'walkthrough-answers' },
      };
      return step.replaceDialog(DIALOG.intake, options);
    }
    if (text === BUTTONS.noneOfThese || yesNo(text) === false) {
      await step.context.sendActivity(
        values(step).newInfo
          ? "Then this doesn't need a ticket: the Help Center or I can sort it out. Tell me what happened in a sentence and I'll find the right answer."
          : 'Then the quickest route is the Help Center: nothing here needs our team yet. What would you like to know? For example, "how long do refunds take?"',
      );
      return step.endDialog();
    }
    return this.assessTyped(step, text);
  }

  /** A typed answer that is not a yes or no: let the knowledge layer judge it as a message. */
  private async assessTyped(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const data = await memoryOf(this.memory, step.context);
    const assessment = this.assistant.assess(text, { now: this.deps.now(), timeZone: data.timeZone });
    if (assessment.kind === 'triage' || assessment.kind === 'out_of_scope') {
      await step.context.sendActivity("Sorry, I didn't catch that. Let's start the questions again.");
      return step.replaceDialog(STEPS);
    }
    return present(step, assessment, {
      assistant: this.assistant,
      deps: this.deps,
      data,
      memory: this.memory,
      text,
    });
  }
}

interface WalkValues {
  askedWhich?: boolean;
  newInfo?: boolean;
}

const values = (step: WaterfallStepContext): WalkValues => step.values as WalkValues;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
