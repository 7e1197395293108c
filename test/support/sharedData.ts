/**
 * Data outside the repository (../shared: the SQuAD dev copy, the held-out stories), there on the
 * team's machines and CI but not in a fresh clone. Tests that need it are skipped without it, so
 * `npm test` on a fresh clone (the README's first screen) passes; they run wherever it is.
 */
import { existsSync } from 'node:fs';

export const SQUAD_DEV = '../shared/squad/squad-1.1-dev-13-articles.json';
export const SHARED_KNOWLEDGE = '../shared/knowledge';

/** Whether ../shared/squad holds the SQuAD dev copy. */
export const hasSquadDev = existsSync(SQUAD_DEV);
