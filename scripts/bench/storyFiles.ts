/**
 * Story files written from a seed: plain-text news stories of made-up towns and people, as many
 * paragraphs as asked. For load and reindex tests that need a big knowledge folder quickly; the
 * same seed gives the same files on any machine.
 */
import { seededRandom, type Random } from './prng.ts';

const FIRST = ['Ana', 'Tomas', 'Priya', 'Jonas', 'Mei', 'Kofi', 'Elena', 'Rafael', 'Ingrid', 'Samir'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Novak', 'Tanaka', 'Ferreira', 'Brandt'];
const TOWNS = ['Easthaven', 'Kelmsby', 'Port Alder', 'Lowmere', 'Ridgefold', 'Brackwater', 'Sallow Bay'];
const ROLES = ['mayor', 'council member', 'harbor master', 'school principal', 'union leader', 'engineer'];
const SUBJECTS = ['the ferry pier', 'a new library', 'the bus depot', 'the flood wall', 'a solar farm', 'the fish market'];
const VERBS = ['approved', 'rejected', 'delayed', 'funded', 'inspected', 'reopened'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'in March', 'after a long debate', 'late on Friday'];
const QUOTES = [
  'We waited long enough for this',
  'Nobody asked the people who live here',
  'The numbers simply do not add up',
  'This will change the town for a generation',
];

const person = (r: Random) => `${r.pick(FIRST)} ${r.pick(LAST)}`;

function paragraph(r: Random, town: string): string {
  const name = person(r);
  const sentences = [
    `The ${town} council ${r.pick(VERBS)} plans for ${r.pick(SUBJECTS)} ${r.pick(WHEN)}, with ${r.int(3, 11)} votes in favor.`,
    `“${r.pick(QUOTES)},” said ${r.pick(ROLES)} ${name}.`,
    `${name} said the work would cost about $${r.int(2, 90)} million and take ${r.int(2, 30)} months.`,
  ];
  return sentences.slice(0, r.int(2, 3)).join(' ');
}

export interface StoryFile {
  name: string;
  text: string;
}

/** `paragraphs` body paragraphs in files of `perFile` (the last may hold fewer), each a complete story. */
export function storyFiles({
  paragraphs,
  perFile = 100,
  seed = 1,
}: {
  paragraphs: number;
  perFile?: number;
  seed?: number;
}): StoryFile[] {
  const r = seededRandom(seed);
  const files: StoryFile[] = [];
  for (let start = 0, n = 1; start < paragraphs; start += perFile, n++) {
    const town = r.pick(TOWNS);
    const body = Array.from({ length: Math.min(perFile, paragraphs - start) }, () => paragraph(r, town));
    const title = `${town} council weighs ${r.pick(SUBJECTS)} (part ${n})`;
    files.push({
      name: `generated-${String(n).padStart(5, '0')}.txt`,
      text: `Local\n\n${title}\n\n\n${body.join('\n\n')}\n\nSource: ${town} Courier\n`,
    });
  }
  return files;
}
