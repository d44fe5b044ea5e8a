/** The conversation's memory and the pure step that moves it on by one message. */
export {
  freshMemory,
  readMemory,
  memorySchema,
  MODES,
  toldAfter,
  type ConversationMemory,
  type Mode,
  type PendingQuestion,
  type Told,
  type IntakeField,
  type Contact,
} from './memory';
export {
  step,
  CONTEXTS,
  type TurnDecision,
  type TurnContext,
  type StepContext,
  type StepResult,
  type Reading,
} from './step';
export { harvest, roleOf, emailIn } from './harvest';
export { forRole, sellerArticleIn } from './sellerSide';
export { readAgainstPending, isNewQuestion, type PendingReading } from './pending';
export {
  confirmationOf,
  yesNo,
  isCancel,
  surveyScore,
  isStatusFollowUp,
  isFollowUp,
  isCorrection,
  normaliseReply,
} from './words';
export { INTAKE_PLAN, missingFields, ticketFields, type IntakeAnswers, type TicketFields } from './intake';
