import { formatCalibration } from './calibration.ts';
import { renderTable } from './report.ts';
import { RIGHT_F1, type SpanReport, type SpanSummary } from './squadSummary.ts';

const f = (value: number): string => value.toFixed(1);

/** Left-aligned first column, right-aligned numbers, two spaces apart (the own-sets report's layout). */
export const table = (rows: readonly (readonly string[])[]): string => renderTable(rows).lines.join('\n');

/** The metrics compared across systems: label, and how to read it from a summary. */
const SYSTEM_ROWS: [string, (s: SpanSummary) => string][] = [
  ['overall EM', (s) => f(s.em)],
  ['overall F1', (s) => f(s.f1)],
  ['HasAns EM', (s) => (s.hasAns ? f(s.hasAnsEm) : '–')],
  ['HasAns F1', (s) => (s.hasAns ? f(s.hasAnsF1) : '–')],
  ['HasAns contains %', (s) => (s.hasAns ? f(s.contains) : '–')],
  ['HasAns cite@1 %', (s) => (s.hasAns ? f(s.cite1) : '–')],
  ['HasAns refused %', (s) => (s.hasAns ? f(s.refusedHasAns) : '–')],
  ['NoAns refused % (= NoAns F1)', (s) => (s.noAns ? f(s.refusedNoAns) : '–')],
  ['NoAns answered citing trick ¶ %', (s) => (s.noAns ? f(s.answeredNoAnsCitingIt) : '–')],
  [
    'mean answer tokens (gold)',
    (s) => (s.hasAns ? `${f(s.meanAnswerTokens)} (${f(s.meanGoldTokens)})` : '–'),
  ],
];

const GROUP_HEAD = [
  '',
  'n',
  'ans',
  'unans',
  'EM',
  'F1',
  'HasAns F1',
  'contains%',
  'cite@1%',
  'refused ans%',
  'refused unans%',
];
const groupRow = (label: string, s: SpanSummary): string[] => [
  label,
  String(s.n),
  String(s.hasAns),
  String(s.noAns),
  f(s.em),
  f(s.f1),
  s.hasAns ? f(s.hasAnsF1) : '–',
  s.hasAns ? f(s.contains) : '–',
  s.hasAns ? f(s.cite1) : '–',
  s.hasAns ? f(s.refusedHasAns) : '–',
  s.noAns ? f(s.refusedNoAns) : '–',
];

const groupTable = (title: string, groups: readonly [string, SpanSummary][], all: SpanSummary): string =>
  `${title} (lede)\n` +
  table([GROUP_HEAD, ...groups.map(([label, s]) => groupRow(label, s)), groupRow('all', all)]);

/** The printed report of one run: systems side by side, then lede per question word, article and trick. */
export function formatSpanReport(report: SpanReport): string {
  const systems = table([
    ['', 'lede', 'naive baseline', 'refuse everything'],
    ...SYSTEM_ROWS.map(([label, read]) => [
      label,
      read(report.lede),
      read(report.baseline),
      read(report.refuseAll),
    ]),
  ]);
  const parts = [
    `${report.title}: ${report.lede.n} questions (${report.lede.hasAns} answerable, ${report.lede.noAns} unanswerable)`,
    systems,
    '',
    groupTable('By question word', report.byWord, report.lede),
    '',
    groupTable('By article', report.byArticle, report.lede),
  ];
  if (report.byTrick.length) {
    parts.push('', 'Unanswerables by trick (lede)');
    parts.push(
      table([
        ['trick', 'n', 'refused%'],
        ...report.byTrick.map(([trick, s]) => [trick, String(s.n), f(s.refusedNoAns)]),
      ]),
    );
  }
  parts.push(
    '',
    formatCalibration(report.calibration, `token F1 ≥ ${RIGHT_F1}`),
    '',
    `time per question (lede): p50 ${report.ms.p50.toFixed(2)} ms, p99 ${report.ms.p99.toFixed(2)} ms, mean ${report.ms.mean.toFixed(2)} ms`,
    'EM / F1: official SQuAD scoring (normalised: lower case, no punctuation, no a/an/the), maximum over the gold answers; ' +
      'a refused unanswerable scores 100, a refused answerable 0. contains: the answer holds a gold answer as whole tokens. ' +
      'cite@1: the first citation is the gold paragraph.',
  );
  if (report.errors) parts.push(`lede threw on ${report.errors} question(s) (scored as refusals)`);
  return parts.join('\n');
}
