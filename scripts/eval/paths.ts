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
} as const;
