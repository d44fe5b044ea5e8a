import type { DialogTurnResult, WaterfallStepContext } from './sdk';
import type { Assistant } from '../knowledge/assistant/types';
import { ticketFields, type ConversationMemory } from '../knowledge/conversation';
import { intakeFieldsSchema } from './intakeParsing';
import type { DialogDeps } from './ports';
import type { IntakeOptions } from './present';
import { decisionMessage } from './replies';

export interface SecurityTicketContext extends IntakeOptions {
  assistant: Assistant;
  deps: DialogDeps;
  memory: ConversationMemory;
}

const AFTER =
  'While you wait, tell me here: when did you first notice it, and has anything been bought, paid out or changed without you? Everything you add goes straight onto your request.';

/**
 * A compromise in progress cannot wait behind a questionnaire: the urgent ticket opens in the
 * first reply, with the safety steps, and what the person adds afterwards is added to it (the
 * relay carries messages to an open ticket). Nothing is asked before the ticket exists.
 */
export async function openSecurityTicket(
  step: WaterfallStepContext,
  c: SecurityTicketContext,
): Promise<DialogTurnResult> {
  const steps = c.assistant
    .safetySteps()
    .map((s, i) => `${i + 1}. ${s}`)
    .join('\n');
  const safety = `Please do this now to protect your account:\n\n${steps}`;
  const label = c.assistant.categoryLabel('security');
  c.memory.whatHappened = c.firstMessage.trim() || label;
  const zone = c.memory.timeZone ?? c.assistant.timeZone;
  // Only what applies to a compromised account: no order number is asked, none is needed.
  // Only what is known of the person (contact, role) carries over: the case under discussion,
  // its start and its order are another matter, and only an id this message named goes on.
  const person = {
    mode: c.memory.mode,
    misses: 0,
    contact: c.memory.contact,
    role: c.memory.role,
    caseId: c.caseId,
  };
  const fields = intakeFieldsSchema.safeParse(ticketFields(person, {}, c.memory.whatHappened, zone));
  if (!c.deps.handoff || !fields.success) {
    await step.context.sendActivity(
      decisionMessage(
        `This is urgent. ${safety}\n\nLive agents are not connected to this assistant right now, so please contact our **${label}** team through the Help Center's contact options straight away.`,
        c.view,
      ),
    );
    return step.endDialog();
  }
  const outcome = await c.deps.handoff.request(step.context, {
    category: 'security',
    reason: c.reason,
    caseId: fields.data.caseId,
    summary: `${label}: ${fields.data.whatHappened}`.slice(0, 280),
    fields: fields.data,
  });
  c.memory.mode = 'queued';
  const opened = outcome.attached
    ? `This is urgent. You already have an open **${label}** request (**${outcome.ticketId}**); I've added this to it.`
    : `This is urgent, so I've opened request **${outcome.ticketId}** with our **${label}** team straight away.`;
  await step.context.sendActivity(
    decisionMessage(`${opened} ${outcome.statusText}\n\n${safety}\n\n${AFTER}`, c.view),
  );
  return step.endDialog();
}
