/**
 * Where the full bot's answer turn goes, beside the dialog step the bar reads against: the server
 * CPU of both rows (from the TURNS section) and, measured here in process on the same Help Center
 * questions, what judging a message costs and what the assistant's whole turn costs (memory,
 * judging, the reply). The assistant's turn has to happen on every message, so
 * dialog / (dialog + turn) is the highest turns/s ratio a CPU-bound server could show if nothing
 * else the bot does cost anything; the rest of the gap is the SDK, dialogs, state and observing.
 */
import { loadKnowledgeBase } from '../../knowledge/kb/loader';
import { createArticleSearch } from '../../knowledge/search';
import { createAssistant } from '../../knowledge/assistant/createAssistant';
import { freshMemory, type ConversationMemory } from '../../knowledge/conversation/memory';
import { selfCpuMs } from './cpu';
import { ANSWER_MESSAGES } from './messages';
import { findJudge } from './triage';
import { round } from './stats';
import { bar, renderTable, type Cell } from './table';
import { BAR_RATIO } from './turns';

/** Judgements timed (the answer questions over and over, after a warm-up pass). */
const JUDGEMENTS = 4000;

interface RowCpu {
  serverCpuMsPerTurn: number | null;
}

/** In-process CPU ms per judgement of the answer row's questions, or why it could not be measured. */
async function judgementCpuMs(): Promise<number | string> {
  const found = await findJudge();
  if (typeof found === 'string') return found;
  for (const m of ANSWER_MESSAGES) await found.judge(m);
  const from = process.cpuUsage();
  for (let i = 0; i < JUDGEMENTS; i++) await found.judge(ANSWER_MESSAGES[i % ANSWER_MESSAGES.length]);
  return selfCpuMs(from) / JUDGEMENTS;
}

/**
 * In-process CPU ms of the assistant's whole turn on the same questions: reading the message in its
 * conversation (memory, follow-ups, pending questions), judging it and choosing the reply. Ten
 * questions per conversation, as the load sends several to each.
 */
function assistantTurnCpuMs(): { clean: number; swept: number } {
  const kb = loadKnowledgeBase();
  const assistant = createAssistant({
    kb,
    search: createArticleSearch(kb.articles),
    publicBaseUrl: 'http://bench',
  });
  const sweep = new Float64Array((SWEEP_MB * 2 ** 20) / 8);
  let touched = 0;
  /** Runs n turns; with `swept`, the CPU caches are flushed before each turn; returns the turns' own ms. */
  const run = (n: number, swept: boolean) => {
    let memory: ConversationMemory = freshMemory();
    let ms = 0;
    for (let i = 0; i < n; i++) {
      if (i % 10 === 0) memory = freshMemory();
      // One write per cache line: the model's weights and vectors leave the caches, as they do on
      // a server that parses, stores and serialises between two turns.
      if (swept) for (let j = 0; j < sweep.length; j += 8) touched += sweep[j]++;
      // Wall time per turn (one thread, nothing else running): cheaper to read than CPU time.
      const from = performance.now();
      memory = assistant.turn(memory, ANSWER_MESSAGES[i % ANSWER_MESSAGES.length], {
        now: new Date(),
        facts: null,
      }).next;
      ms += performance.now() - from;
    }
    return ms / n;
  };
  run(ANSWER_MESSAGES.length * 10, false);
  const cpuFrom = process.cpuUsage();
  run(JUDGEMENTS, false);
  const clean = selfCpuMs(cpuFrom) / JUDGEMENTS;
  const swept = run(SWEPT_TURNS, true);
  if (touched < 0) throw new Error('unreachable: keeps the sweep from being optimised away');
  return { clean, swept };
}

/** The buffer swept between turns, MB (larger than any CPU cache here), and how many swept turns. */
const SWEEP_MB = 64;
const SWEPT_TURNS = 1000;

/** Prints the TURN BUDGET table from the TURNS section's JSON; returns its own JSON. */
export async function turnBudgetSection(
  turns: { echoWithStateAndDialog?: RowCpu | null; answers?: RowCpu | null } | undefined,
  print: (s: string) => void,
): Promise<unknown> {
  const dialog = turns?.echoWithStateAndDialog?.serverCpuMsPerTurn ?? null;
  const answers = turns?.answers?.serverCpuMsPerTurn ?? null;
  const judgement = await judgementCpuMs();
  if (dialog === null || answers === null || typeof judgement === 'string') {
    const why = typeof judgement === 'string' ? judgement : 'the TURNS section has no CPU figures';
    print(`\nTURN BUDGET: not available (${why})`);
    return { unavailable: why };
  }
  const above = answers - dialog;
  const { clean: wholeTurn, swept } = assistantTurnCpuMs();
  const ceiling = dialog / (dialog + wholeTurn);

  const rows: Cell[][] = [
    ['"echo + state + dialog": server CPU ms/turn', round(dialog), bar(null)],
    ['"full bot, Help Center answers": server CPU ms/turn', round(answers), bar(null)],
    ['  the support logic above the dialog step', round(above), bar(null)],
    ['  of which: judging the message (in process, same questions)', round(judgement), bar(null)],
    [
      "  of which: the assistant's whole turn (memory, judging, reply; in process)",
      round(wholeTurn),
      bar(null),
    ],
    [
      `  the same turn with the CPU caches swept before it (${SWEEP_MB} MB, as on a busy server)`,
      round(swept),
      bar(null),
    ],
    ['  the rest: SDK, dialogs, state, relay, observing, HTTP', round(above - wholeTurn), bar(null)],
    [
      "highest ratio if only the assistant's turn cost: dialog / (dialog + turn)",
      round(ceiling),
      bar(ceiling >= BAR_RATIO),
    ],
    [
      'ratio the CPU figures give: dialog / full bot',
      round(dialog / answers),
      bar(dialog / answers >= BAR_RATIO),
    ],
  ];
  print(
    renderTable(
      `TURN BUDGET (answer path; bar: ${BAR_RATIO}; judging = knowledge/triage judge(text), ${JUDGEMENTS} times)`,
      ['measure', 'ms or ratio', 'bar'],
      rows,
    ),
  );
  print(
    'Judging reads the message (normalising, ids and dates, the intent model, article search) and applies ' +
      "the rule; the assistant's turn adds the conversation (memory, follow-ups) and the reply. Swept, the " +
      "same turn reads the model's weights and vectors from memory instead of the CPU's caches, as it does " +
      'between other work on a loaded server: the in-process figure is its floor, the swept one nearer the ' +
      'load. What is ' +
      'left is spread thin: nested component dialogs, the larger conversation state read, validated and written, the ' +
      'ticket lookup, the log line, decision record and metrics, and the garbage all of it makes.',
  );
  return {
    dialogCpuMsPerTurn: round(dialog),
    answersCpuMsPerTurn: round(answers),
    aboveDialogMs: round(above),
    judgementCpuMs: round(judgement),
    assistantTurnCpuMs: round(wholeTurn),
    assistantTurnSweptCpuMs: round(swept),
    ceilingWithAssistantTurnAlone: round(ceiling),
    cpuRatio: round(dialog / answers),
  };
}
