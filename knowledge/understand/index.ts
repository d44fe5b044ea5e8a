/** Understanding a message: the model's intents, the process named, dates, ids, emotion. */
export { createUnderstand, type Understand, type UnderstandOptions } from './understand';
export type { ProcessMention, Understanding } from './types';
export type { Emotion } from './emotion';
export type { MentionedIds } from './ids';
export type { StartMention } from './dates';
export { normalise } from './normalise';
