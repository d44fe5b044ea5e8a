/**
 * Traffic for the benchmark, written for it (never taken from the eval data): first messages a
 * marketplace support desk sees, from plain questions to out-of-scope chatter.
 */
import { seededRandom } from '../../knowledge/seededRandom';

/** ~30 varied support messages: refunds, delivery, tracking, sellers, security, out of scope. */
export const SUPPORT_MESSAGES: readonly string[] = [
  'how long does a refund take to reach my card',
  'I returned the jacket last week, when will I see my money back?',
  'where is my parcel? it said out for delivery yesterday',
  'my tracking number has not updated in four days',
  'can I change the delivery address on an order I placed this morning',
  'I want to cancel my order before it ships',
  'the package arrived but the mug inside was smashed',
  'what payment methods do you take, can I pay with paypal',
  'when do sellers get paid out after a sale',
  'how do I send back an item that does not fit',
  'someone logged into my account and changed my email',
  'I got a chargeback notice from my bank for order KX-100482',
  'the buyer opened a dispute but I have proof of delivery',
  'my order was dispatched by Kingston Express and the count is wrong',
  'what does the status "awaiting shipment" mean',
  'how many days does standard delivery usually take',
  'refund still not here after two weeks, this is ridiculous',
  'can I get a refund if the seller never shipped',
  'how do I reset my password',
  'how do I update my phone number on my account',
  'the courier says delivered but nothing came',
  'do you ship to Canada',
  'I need to talk to a real person',
  'what is the weather like in london today',
  'recommend me a good pizza place',
  'hi',
  'thanks, that helped',
  'my dispute has been under review for ages with no reply',
  'as a seller how do I print a shipping label',
  'is there a fee for returning an item',
];

/**
 * The Help Center answer path alone: questions an article answers, each judged `answer`, so no
 * conversation ever opens a ticket or starts an intake (the mixed traffic above does both).
 */
export const ANSWER_MESSAGES: readonly string[] = [
  'how long does a refund take to reach my card',
  'what does the status "awaiting shipment" mean',
  'how many days does standard delivery usually take',
  'what payment methods do you take',
  'when do sellers get paid out after a sale',
  'how do I send back an item that does not fit',
  'how do I update my phone number on my account',
  'where do I find the tracking number for my order',
  'can I change the delivery address on an order I placed this morning',
  'how do I cancel an order before it ships',
  'as a seller how do I print a shipping label',
  'is there a fee for returning an item',
  'how do I turn on two-step verification',
  'how does a chargeback work',
  'what is Dispatched by Kingston Express',
  'how do I open a dispute with a seller',
];

/** The same deterministic PRNG the synthetic articles use, so generated messages repeat run to run. */
export const rng = seededRandom;

const OPENERS = ['', 'hi, ', 'hello there. ', 'quick question: ', 'please help, ', 'ugh. ', 'good morning, '];
const BODIES = [
  'where is my order {id}',
  'my refund for {id} has not arrived',
  'how long do refunds take',
  'I want to return the shoes I bought',
  'the parcel came damaged',
  'tracking for {id} has been stuck since {when}',
  'can I cancel {id}',
  'I need to change my delivery address',
  'someone changed my password and I cannot log in',
  'my bank sent me a chargeback letter about {id}',
  'the dispute on {id} was closed but the decision is wrong',
  'Kingston Express dispatched my stock and two units are missing',
  'when is my payout coming',
  'which cards can I pay with',
  'how do I delete my account',
  'my case {id} is still open after {when}',
  'I keep asking the same thing and nobody answers',
  'what time is it in tokyo',
  'tell me a joke',
  'order status says processing, what does that mean',
];
const CLOSERS = ['', '', ' thanks', '!!', ' asap please', '?', ' - really annoyed now'];
const WHENS = ['monday', 'last week', '3 days ago', '10 November', 'two weeks', 'yesterday'];

/** `n` varied first messages, deterministic for a seed. */
export function firstMessages(n: number, seed = 7): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `KX-${100000 + Math.floor(r() * 900000)}`;
    const body = pick(BODIES).replace('{id}', id).replace('{when}', pick(WHENS));
    out.push(`${pick(OPENERS)}${body}${pick(CLOSERS)}`);
  }
  return out;
}
