import { QUESTION_KINDS } from './questionSets.ts';
import { kindLabel, tally, tallyBy, type QuestionResult, type Tally } from './runEval.ts';

/** One system's results, under the name the report shows. */
export interface SystemRun {
  name: string;
  results: QuestionResult[];
}

const ratio = (count: number, of: number): string => (of ? `${count}/${of}` : '–');
const percent = (value: number): string => `${value.toFixed(1)}%`;
const signed = (points: number): string => `${points >= 0 ? '+' : ''}${points.toFixed(1)}`;

/** Pads cells into columns: the first left-aligned, the others right-aligned like numbers. */
export function renderTable(rows: readonly (readonly string[])[]): { lines: string[]; starts: number[] } {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length))) ?? [];
  const starts = widths.map((_, col) => widths.slice(0, col).reduce((sum, w) => sum + w + 2, 0));
  const lines = rows.map((row) =>
    row
      .map((cell, col) => {
        const pad = ' '.repeat((widths[col] ?? 0) - [...cell].length);
        return col === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
  return { lines, starts };
}

const systemCells = (t: Tally | undefined): string[] =>
  t
    ? [
        ratio(t.answeredRight, t.answerable),
        ratio(t.citedRight, t.answerable),
        ratio(t.refusedRight, t.unanswerable),
        percent(t.percentRight),
      ]
    : ['–', '–', '–', '–'];

/**
 * One table: a row per group with n, then answered / cited / refused right and % right for the
 * system under test and for the baseline, then the difference in percentage points.
 */
function groupTable(
  title: string,
  names: [string, string],
  groups: [Map<string, Tally>, Map<string, Tally>],
  all: [Tally, Tally],
): string {
  const [system, baseline] = groups;
  const head2 = [
    '',
    'n',
    'ans',
    'unans',
    'answered',
    'cited',
    'refused',
    'right',
    'answered',
    'cited',
    'refused',
    'right',
    'Δ pts',
  ];
  const row = (label: string, t: Tally, b: Tally | undefined): string[] => [
    label,
    String(t.n),
    String(t.answerable),
    String(t.unanswerable),
    ...systemCells(t),
    ...systemCells(b),
    b ? signed(t.percentRight - b.percentRight) : '–',
  ];
  const rows = [...system].map(([label, t]) => row(label, t, baseline.get(label)));
  const { lines, starts } = renderTable([head2, ...rows, row('all', all[0], all[1])]);
  // The title, then each system's name over the first column of its block.
  const head1 = [title, ...names].reduce((line, label, i) => {
    const at = i === 0 ? 0 : (starts[i === 1 ? 4 : 8] ?? line.length) + 1;
    return line.padEnd(at) + label + ' ';
  }, '');
  const rule = '-'.repeat(Math.max(...lines.map((line) => line.length)));
  return [head1.trimEnd(), lines[0], rule, ...lines.slice(1, -1), rule, lines.at(-1)].join('\n');
}

/** The printed report: per story and per kind, the system and the baseline side by side. */
export function formatReport(system: SystemRun, baseline: SystemRun): string {
  const all: [Tally, Tally] = [tally(system.results), tally(baseline.results)];
  const names: [string, string] = [system.name, baseline.name];
  const byStory = (run: SystemRun) => tallyBy(run.results, (r) => r.story);
  const byKind = (run: SystemRun) => tallyBy(run.results, kindLabel, QUESTION_KINDS);
  const legend =
    `columns: answered = answerable questions answered right (facts + first citation), cited = first citation right, ` +
    `refused = unanswerable questions refused, right = (answered + refused) / n; ` +
    `left block ${system.name}, right block ${baseline.name}; Δ pts = ${system.name} − ${baseline.name}`;
  const errors = system.results.filter((r) => r.error !== undefined).length;
  return [
    groupTable('By story', names, [byStory(system), byStory(baseline)], all),
    '',
    groupTable('By kind', names, [byKind(system), byKind(baseline)], all),
    '',
    legend,
    ...(errors ? [`${system.name} threw on ${errors} question(s); run with --verbose to see them`] : []),
    '',
    `${system.name}: ${percent(all[0].percentRight)} right   ${baseline.name}: ${percent(all[1].percentRight)} right   Δ ${signed(all[0].percentRight - all[1].percentRight)} pts`,
  ].join('\n');
}

/** One line per wrong question: what was asked, what came back, and why it is wrong. */
export function formatWrongAnswers(run: SystemRun): string {
  const wrong = run.results.filter((r) => !r.score.right);
  if (!wrong.length) return `${run.name}: every question right`;
  const lines = wrong.map((r) => {
    const said =
      r.error !== undefined ? `threw: ${r.error}` : r.answer === null ? 'null' : JSON.stringify(r.answer);
    const cited = r.cited ? ` [${r.cited.story} ¶${r.cited.paragraph}]` : '';
    return [
      `✗ ${r.story} #${r.number} (${r.kind ?? 'no kind'}, ${r.answerable ? 'answerable' : 'unanswerable'}) ${r.q}`,
      `    answered: ${said}${cited}`,
      `    why: ${r.score.problems.join('; ')}`,
    ].join('\n');
  });
  return [`${run.name}: ${wrong.length} of ${run.results.length} wrong`, ...lines].join('\n');
}
