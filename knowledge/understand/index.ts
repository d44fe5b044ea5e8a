/** Understanding a message: category, process, dates, new info, emotion, ids, topics. */
export { understand, type UnderstandOptions } from './understand';
export type { CategorySignal, ProcessMention, TopicSignal, Understanding } from './types';
export type { Emotion } from './emotion';
export type { MentionedIds } from './ids';
export type { StartMention } from './dates';
export { normalise } from './normalise';
