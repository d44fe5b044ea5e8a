/**
 * Every number the rule decides with, in one place (STYLE.md §4: don't guess). Model scores are
 * the intent model's probabilities; see README "How the bot understands" for how they were chosen
 * (cross-validation on the training data, never the evaluation sets).
 */
export const THRESHOLDS = {
  /** An escalation category (dispatch, disputes and chargebacks, stalled) needs at least this score. */
  ESCALATE_MIN: 0.5,
  /** "Stalled" with no time said ("my refund still hasn't arrived") escalates only this sure; below it the bot asks since when. */
  STALLED_WITHOUT_TIME_MIN: 0.85,
  /** Account security needs less: a missed compromise costs far more than a needless ticket. */
  SECURITY_MIN: 0.25,
  /** Without the guard, a security score below this yields to another escalation the model ranks first. */
  SECURITY_YIELDS_BELOW: 0.4,
  /**
   * Inside a case the conversation already knows, a security score without the guard's words
   * needs this much: "mine was approved on 25 March and I still haven't seen a penny" after a
   * refunds answer is about that refund (security 0.45 read alone), not a compromise. The same
   * bar holds for a few words leaning on the conversation ("placed tues": security 0.29).
   */
  SECURITY_IN_KNOWN_CASE_MIN: 0.5,
  /**
   * A start the person dates and waiting words, with none of the guard's words ("mine was approved
   * on the 3rd and there's still nothing on my card"), is someone inside a process: only a model
   * this sure makes it a compromise.
   */
  SECURITY_DATED_WAIT_MIN: 0.9,
  /**
   * An alert explained as the person's own doing (inGeneral.yaml's ownDoing: "someone logged in
   * from a new device, it was me on my new laptop") is a compromise only this sure, whatever words
   * woke the guard.
   */
  SECURITY_OWN_DOING_MIN: 0.7,
  /** …and less again when the security guard's words are in the message. */
  SECURITY_GUARDED_MIN: 0.12,
  /**
   * A topic that is something to do (cancel, change the address) asked while a process runs is
   * answered at or above this score; below it, the running process's timeline decides.
   */
  ACTION_OVER_PROCESS_MIN: 0.7,
  /** A Help Center topic is answered at or above this score… */
  ANSWER_MIN: 0.25,
  /** …when it leads the next topic that is not its neighbour by this much; else "did you mean". */
  AMBIGUITY_MARGIN: 0.05,
  /** Topics together below this: not a Help Center question (out of scope or unclear). */
  TOPICS_MIN: 0.25,
  /** At or above this out-of-scope score the security guard does not lower the bar (another company's account). */
  OUT_OF_SCOPE_SURE: 0.5,
  /** Out of scope is said only at or above this score; below it the bot asks instead. */
  OUT_OF_SCOPE_MIN: 0.3,
  /** Calm, human, help and small talk are acted on at or above this score. */
  OTHER_MIN: 0.4,
  /** Retrieval may confirm a model topic at or above this confidence. */
  RETRIEVAL_AGREES_MIN: 0.3,
  /**
   * Right after an answer, a few words the model reads as not ours stay on that answer when
   * retrieval finds its article first at least this surely ("is amex ok" after payment methods)…
   */
  RETRIEVAL_FOLLOW_UP_MIN: 0.8,
  /** …or finds it first while the model gives it at least this ("does amex work": 0.08). */
  RETRIEVAL_FOLLOW_UP_MODEL_MIN: 0.05,
  /** How many candidates a "did you mean" offers. */
  CLARIFY_CANDIDATES: 3,
  /**
   * A notice the rule escalates (policy.yaml's noticeEscalates: a chargeback notification) is news
   * for this many days after it came; later the person is inside the review, timed like any process.
   */
  NOTICE_FRESH_DAYS: 7,
} as const;

/** Confidence reported for decisions that do not come straight from a model score. */
export const CONFIDENCE = {
  timeline: 0.88,
  approximateTimeline: 0.75,
  promisedDate: 0.85,
  caseRecord: 0.9,
  /** Another company's own account named, nothing of ours (knowledge/nlu/elsewhereAccounts.ts). */
  elsewhereAccount: 0.8,
} as const;
