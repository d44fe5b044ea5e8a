/**
 * Where the full bot's answer turn goes, beside the dialog step the bar reads against: the server
 * CPU of both rows (from the TURNS section) and, measured here in process, what judging the same
 * Help Center questions costs on its own. The judgement has to happen on every turn, so
 * dialog / (dialog + judgement) is the highest turns/s ratio a CPU-bound server could show even if
 * everything else the support logic does cost nothing.
 */
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
  const ceiling = dialog / (dialog + judgement);
  const rows: Cell[][] = [
    ['"echo + state + dialog": server CPU ms/turn', round(dialog), bar(null)],
    ['"full bot, Help Center answers": server CPU ms/turn', round(answers), bar(null)],
    ['  the support logic above the dialog step', round(above), bar(null)],
    ['  of which at least: judging the message (in process, same questions)', round(judgement), bar(null)],
    [
      'highest ratio with that judgement alone: dialog / (dialog + judgement)',
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
      'the rule; every turn needs it. The rest above the dialog step is the conversation memory, nested ' +
      'dialogs, the reply card, the ticket lookup and observing the turn.',
  );
  return {
    dialogCpuMsPerTurn: round(dialog),
    answersCpuMsPerTurn: round(answers),
    aboveDialogMs: round(above),
    judgementCpuMs: round(judgement),
    ceilingWithJudgementAlone: round(ceiling),
    cpuRatio: round(dialog / answers),
  };
}
