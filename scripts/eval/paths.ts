import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the eval finds its stories and questions, and where `--json` writes. Absolute paths. */
export const EVAL_PATHS = {
  root: ROOT,
  /** Every folder is loaded with `loadStories`; the union becomes one knowledge base. */
  storyDirs: [path.join(ROOT, 'knowledge'), path.join(ROOT, 'test/fixtures/stories')],
  questionsDir: path.join(ROOT, 'test/fixtures/questions'),
  jsonReport: path.join(ROOT, 'bench/eval.json'),
  /** Hand-written unanswerables over the same stories, each labelled with its trick. */
  unanswerables: path.join(ROOT, 'data/unanswerable/stories.json'),
  /** News stories and questions nobody tunes on (`--heldout`). */
  heldoutStories: path.join(ROOT, 'test/fixtures/heldout/stories'),
  heldoutQuestions: path.join(ROOT, 'test/fixtures/heldout/questions'),
  heldoutJsonReport: path.join(ROOT, 'bench/eval-heldout.json'),
  /** The SQuAD development copy, outside the repository (see ../shared/squad/SOURCE.md). */
  squadDev: path.join(ROOT, '../shared/squad/squad-1.1-dev-13-articles.json'),
  squadJsonReport: path.join(ROOT, 'bench/eval-squad.json'),
  /** The committed figures the quality gate (`--check`) holds the engine to. */
  quality: path.join(ROOT, 'bench/quality.json'),
} as const;
