/** The real understanding (trained model, process table) for tests, built once per test file. */
import { loadKnowledgeBase, type KnowledgeBase } from '../../knowledge/kb/loader';
import { understandFor } from '../../knowledge/nlu/loadModel';
import type { Understand } from '../../knowledge/understand';

let kb: KnowledgeBase | undefined;

export function realKnowledgeBase(): KnowledgeBase {
  kb ??= loadKnowledgeBase();
  return kb;
}

export function realUnderstand(): Understand {
  return understandFor(realKnowledgeBase());
}
