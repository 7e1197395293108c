/** What `npm run eval` was asked to do. */
export interface EvalArgs {
  verbose: boolean;
  json: boolean;
  /** SQuAD JSON files to merge and score; empty for the default run over our own question sets. */
  squad: string[];
  allInOne: boolean;
  /** Article titles (comma-separated) or a count; all articles when undefined. */
  articles?: string;
  heldout: boolean;
  check: boolean;
  /** With --check: write the measured figures to bench/quality.json instead of failing on a drop. */
  update: boolean;
}

export const USAGE = `usage: npm run eval [-- options]
  (no option)           our own question sets and unanswerables over one knowledge base
  --squad FILE          score a SQuAD v1.1 / v2.0 file (repeatable: files merge by article title and paragraph)
  --all-in-one          with --squad: every article in one knowledge folder (default: one folder per article)
  --articles N|A,B      with --squad: the first N articles, or the named ones
  --heldout             the held-out news stories of test/fixtures/heldout
  --check               the quality gate: exit 1 when a figure falls > 2 points below bench/quality.json
  --check --update      measure and write the figures to bench/quality.json (after a real improvement)
  --verbose, -v         also list the questions answered wrong
  --json                also write the report as JSON under bench/`;

/** Parses the command line; throws with the usage on a bad option. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs | 'help' {
  const args: EvalArgs = {
    verbose: false,
    json: false,
    squad: [],
    allInOne: false,
    heldout: false,
    check: false,
    update: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new Error(`eval: ${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--squad') args.squad.push(value());
    else if (arg === '--all-in-one') args.allInOne = true;
    else if (arg === '--articles') args.articles = value();
    else if (arg === '--heldout') args.heldout = true;
    else if (arg === '--check') args.check = true;
    else if (arg === '--update') args.update = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else throw new Error(`eval: unknown option ${arg}\n${USAGE}`);
  }
  if ((args.allInOne || args.articles !== undefined) && args.squad.length === 0)
    throw new Error(`eval: --all-in-one and --articles go with --squad FILE\n${USAGE}`);
  if (args.update && !args.check) throw new Error(`eval: --update goes with --check\n${USAGE}`);
  return args;
}
